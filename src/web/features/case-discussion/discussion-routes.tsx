import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { ThreadsPage } from './threads-page.js';
import { NewThreadPage } from './new-thread-page.js';
import { ThreadPage } from './thread-page.js';

/** The case discussion's pages (app/routes.tsx, route-paths.ts), opened by the area 'discussion.read' (mediators and coordinators). */
export const discussionRoutes: RouteObject[] = [
  { path: '/community/casuistiek', element: <RequireAction action="discussion.read"><ThreadsPage /></RequireAction> },
  { path: '/community/casuistiek/nieuw', element: <RequireAction action="discussion.read"><NewThreadPage /></RequireAction> },
  { path: '/community/casuistiek/:threadId', element: <RequireAction action="discussion.read"><ThreadPage /></RequireAction> },
];
