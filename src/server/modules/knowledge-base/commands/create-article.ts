import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { CreateArticleInput } from '../../../../contract/knowledge-base.js';
import { normaliseTags } from '../../../../domain/community/search-text.js';
import { canKnowledge } from '../policy.js';
import { poolObject } from '../load-article.js';
import { assertSafeMarkdown } from '../render-markdown.js';
import { insertArticle, type ArticleValues } from '../repository.js';

/** The values of a version, tidied and checked: a title with letters, no image or script in the Markdown. */
export function articleValues(input: Omit<CreateArticleInput, 'forContacts' | 'forFinance'> & { forContacts?: boolean | undefined; forFinance?: boolean | undefined }): ArticleValues {
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (!title) throw invalidField('title', 'required', 'Geef het artikel een titel.');
  if (!input.bodyMarkdown.trim()) throw invalidField('bodyMarkdown', 'required', 'Schrijf de tekst van het artikel.');
  assertSafeMarkdown(input.bodyMarkdown);
  return {
    kind: input.kind,
    title,
    body_markdown: input.bodyMarkdown,
    tags: normaliseTags(input.tags ?? []),
    for_contacts: input.forContacts ?? false,
    for_finance: input.forFinance ?? false,
  };
}

/** A coordinator or editor writes a new article (version 1). */
export async function createArticle(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: CreateArticleInput): Promise<string> {
  ensureCan(canKnowledge, actor, 'create', await poolObject(trx, actor), 'collection');
  const values = articleValues(input);
  const id = await insertArticle(trx, actor.poolId, actor.userId, values);
  await writeAudit(trx, ctx, { action: 'knowledge.article.create', objectType: 'knowledge-article', objectId: id, detail: { kind: values.kind, title: values.title, version: 1 } });
  return id;
}
