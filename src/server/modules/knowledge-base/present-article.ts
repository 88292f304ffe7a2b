import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { KNOWLEDGE_ACTIONS, type Article } from '../../../contract/knowledge-base.js';
import { canKnowledge, type KnowledgePolicyObject } from './policy.js';
import { renderMarkdown } from './render-markdown.js';
import type { ArticleRow } from './repository.js';

const PER_ARTICLE = KNOWLEDGE_ACTIONS.filter((a) => a === 'update' || a === 'read-versions');

export function presentArticle(actor: Actor, row: ArticleRow, object: KnowledgePolicyObject): Article {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    tags: row.tags,
    bodyMarkdown: row.body_markdown,
    bodyHtml: renderMarkdown(row.body_markdown),
    version: row.version,
    forContacts: row.for_contacts,
    forFinance: row.for_finance,
    createdBy: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at.toISOString(),
    allowedActions: allowedActions(canKnowledge, actor, object, PER_ARTICLE),
  };
}
