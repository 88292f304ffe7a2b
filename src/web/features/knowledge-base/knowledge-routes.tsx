import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { KnowledgeListPage } from './knowledge-list-page.js';
import { ArticlePage } from './article-page.js';
import { EditArticlePage, NewArticlePage } from './article-editor-page.js';
import { ArticleVersionsPage } from './article-versions-page.js';
import { EditorsPage } from './editors-page.js';

/**
 * The knowledge base's pages (app/routes.tsx, route-paths.ts). The area 'knowledge.read' opens
 * them (contacts and finance too: they see the articles marked for them); writing is offered by
 * the answers' allowedActions, choosing editors by the area 'knowledge.editors'.
 */
export const knowledgeRoutes: RouteObject[] = [
  { path: '/community/kennisbank', element: <RequireAction action="knowledge.read"><KnowledgeListPage /></RequireAction> },
  { path: '/community/kennisbank/nieuw', element: <RequireAction action="knowledge.read"><NewArticlePage /></RequireAction> },
  { path: '/community/kennisbank/redacteuren', element: <RequireAction action="knowledge.editors"><EditorsPage /></RequireAction> },
  { path: '/community/kennisbank/:articleId', element: <RequireAction action="knowledge.read"><ArticlePage /></RequireAction> },
  { path: '/community/kennisbank/:articleId/bewerken', element: <RequireAction action="knowledge.read"><EditArticlePage /></RequireAction> },
  { path: '/community/kennisbank/:articleId/versies', element: <RequireAction action="knowledge.read"><ArticleVersionsPage /></RequireAction> },
];
