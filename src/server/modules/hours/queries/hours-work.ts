import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { canHours, poolHours } from '../policy.js';
import { approvalQueueHead, countApprovalQueue, rejectedEntriesOf } from '../repository.js';

/** The start page's approval queue (coordinator): how many entries wait, and the oldest few. */
export async function approvalWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureCan(canHours, actor, 'review', poolHours(actor.poolId), 'collection');
  const counted = await countApprovalQueue(db, actor.poolId);
  const rows = await approvalQueueHead(db, actor.poolId, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'hour' as const,
      caseId: r.case_id,
      title: r.number,
      detail: r.mediator_name,
      state: r.activity,
      at: r.created_at.toISOString(),
      atKind: 'since' as const,
    })),
  };
}

/** The start page's hours to correct (mediator): their own rejected entries, newest work date first. */
export async function rejectedHoursWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureCan(canHours, actor, 'read-own', poolHours(actor.poolId), 'collection');
  const { rows, counted } = await rejectedEntriesOf(db, actor.poolId, actor.userId, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'hour' as const,
      caseId: r.case_id,
      title: r.number,
      detail: r.reject_reason,
      state: 'rejected',
      at: r.work_date,
      atKind: 'on' as const,
    })),
  };
}
