import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { UpdateArticleInput } from '../../../../contract/knowledge-base.js';
import { canKnowledge } from '../policy.js';
import { loadArticleForActor } from '../load-article.js';
import { updateArticle } from '../repository.js';
import { articleValues } from './create-article.js';

/**
 * Saves a new version. The editor sends the version they started from; when someone else saved
 * in between, nothing is written and the answer is 409 (their text is not overwritten).
 */
export async function updateArticleVersion(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, articleId: string, input: UpdateArticleInput): Promise<void> {
  const { row, object } = await loadArticleForActor(trx, actor, articleId, { forUpdate: true });
  ensureCan(canKnowledge, actor, 'update', object, 'collection');
  const values = articleValues(input);
  const note = input.changeNote?.trim() || null;
  if (input.version !== row.version || !(await updateArticle(trx, actor.poolId, row.id, input.version, actor.userId, values, note))) {
    throw conflict(`Iemand anders heeft dit artikel intussen opgeslagen (nu versie ${row.version}). Open het opnieuw en breng uw wijziging daarin aan.`, 'stale-version');
  }
  await writeAudit(trx, ctx, { action: 'knowledge.article.update', objectType: 'knowledge-article', objectId: row.id, detail: { version: input.version + 1, title: values.title, forContacts: values.for_contacts, forFinance: values.for_finance } });
}
