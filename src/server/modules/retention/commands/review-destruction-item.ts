import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { DestructionItemReview } from '../../../../contract/retention.js';
import { canRetention } from '../policy.js';
import { findItem, lockList, reviewItem } from '../repository/lists.js';
import { stateConflict } from '../state-conflict.js';

/** Takes one item off a proposed list (with a reason) or puts it back; the list's version moves. */
export async function reviewDestructionItem(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, listId: string, itemId: string, input: DestructionItemReview): Promise<void> {
  const list = await lockList(trx, actor.poolId, listId);
  if (!list) throw notFound();
  ensureCan(canRetention, actor, 'read', { poolId: list.pool_id });
  const item = await findItem(trx, list.id, itemId);
  if (!item) throw notFound();
  if (list.status !== 'proposed') throw stateConflict(list);
  ensureCan(canRetention, actor, 'review', { poolId: list.pool_id, status: list.status }, 'collection');
  const reason = input.reason?.trim() ?? '';
  if (input.excluded && reason === '') throw invalidField('reason', 'required', 'Geef aan waarom dit niet vernietigd wordt.');
  if (list.version !== input.version || !(await reviewItem(trx, list.id, item.id, input.version, input.excluded, input.excluded ? reason : null))) throw stateConflict(list, input.version);
  await writeAudit(trx, ctx, { action: input.excluded ? 'retention.item.exclude' : 'retention.item.include', objectType: 'destruction-list', objectId: list.id, detail: { itemId: item.id, kind: item.kind, label: item.label } });
}
