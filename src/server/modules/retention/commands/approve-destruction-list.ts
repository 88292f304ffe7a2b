import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { DestructionApproval } from '../../../../contract/retention.js';
import { canRetention } from '../policy.js';
import { approveList, listItems, lockList, markItemDestroyed } from '../repository/lists.js';
import { caseStillDestroyable, destroyCaseDocuments, destroyCaseFile, destroyHourNotes, destroyMail, destroySurveyComment } from '../repository/destroy.js';
import { stateConflict } from '../state-conflict.js';

/**
 * A coordinator approves the version of the list they reviewed, and the destruction is carried
 * out in the same transaction: every item not taken off the list, each as its kind says (ADR
 * 0018). A case reopened since the proposal is skipped and stays unmarked on the record. The
 * list, with who approved it and when, and each item's moment of destruction, is the record.
 */
export async function approveDestructionList(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, listId: string, input: DestructionApproval) {
  const list = await lockList(trx, actor.poolId, listId);
  if (!list) throw notFound();
  ensureCan(canRetention, actor, 'read', { poolId: list.pool_id });
  if (list.status !== 'proposed' || list.version !== input.version) throw stateConflict(list, input.version);
  ensureCan(canRetention, actor, 'approve', { poolId: list.pool_id, status: list.status }, 'collection');
  if (!(await approveList(trx, list.id, input.version, { userId: actor.userId, label: actor.name }))) throw stateConflict(list, input.version);

  const done: Record<string, number> = {};
  let skipped = 0;
  for (const item of await listItems(trx, list.id)) {
    if (item.excluded) continue;
    let destroyed = true;
    switch (item.kind) {
      case 'case_file':
      case 'documents':
      case 'hour_notes':
        if (!(await caseStillDestroyable(trx, list.pool_id, item.object_id))) {
          destroyed = false;
          break;
        }
        if (item.kind === 'case_file') await destroyCaseFile(trx, list.pool_id, item.object_id, list.id);
        else if (item.kind === 'documents') await destroyCaseDocuments(trx, item.object_id);
        else await destroyHourNotes(trx, item.object_id);
        break;
      case 'survey_answers':
        destroyed = await destroySurveyComment(trx, list.pool_id, item.object_id);
        break;
      case 'mail_log':
        destroyed = await destroyMail(trx, list.pool_id, item.object_id);
        break;
    }
    if (destroyed) {
      await markItemDestroyed(trx, item.id);
      done[item.kind] = (done[item.kind] ?? 0) + 1;
    } else skipped += 1;
  }
  await writeAudit(trx, ctx, { action: 'retention.list.approve', objectType: 'destruction-list', objectId: list.id, detail: { version: input.version, destroyed: done, skipped } });
  return { id: list.id };
}
