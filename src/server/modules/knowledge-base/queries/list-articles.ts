import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { pageFields } from '../../../db/paging.js';
import { KNOWLEDGE_ACTIONS, type ArticleList, type ArticleListInput } from '../../../../contract/knowledge-base.js';
import { searchText } from '../../../../domain/community/search-text.js';
import { canKnowledge, readerScope } from '../policy.js';
import { poolObject } from '../load-article.js';
import { markdownText } from '../render-markdown.js';
import { searchArticles, tagCounts } from '../repository.js';

const EXCERPT_LENGTH = 220;
const excerpt = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …` : text);

/**
 * The knowledge base's list and search. Search words go to websearch_to_tsquery in the Dutch
 * configuration, so "bemiddelingen" finds "bemiddeling" and operators are plain words; a text
 * of only operators or stop words searches nothing and lists everything.
 */
export async function listArticles(db: Kysely<DB>, actor: Actor, input: ArticleListInput): Promise<ArticleList> {
  const object = await poolObject(db, actor);
  ensureCan(canKnowledge, actor, 'list', object, 'collection');
  const scope = readerScope(actor);
  const paging = { page: input.page ?? 1, pageSize: input.pageSize ?? 25 };
  const tag = input.tag?.trim().toLowerCase() || undefined;
  const { rows, counted } = await searchArticles(db, { poolId: actor.poolId, scope, words: searchText(input.q), tag, kind: input.kind }, paging);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      tags: r.tags,
      excerpt: excerpt(markdownText(r.headline ?? r.body_markdown.slice(0, 2000))),
      version: r.version,
      forContacts: r.for_contacts,
      forFinance: r.for_finance,
      updatedAt: r.updated_at.toISOString(),
    })),
    ...pageFields(paging, counted),
    tags: await tagCounts(db, actor.poolId, scope),
    allowedActions: allowedActions(canKnowledge, actor, object, KNOWLEDGE_ACTIONS.filter((a) => a === 'create' || a === 'manage-editors')),
  };
}
