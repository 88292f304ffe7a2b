import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { ensureMatching, POOL } from '../policy.js';
import { waitingTasks } from '../repository/proposals.js';
import { countWaitingTasks, waitingProposals } from '../repository/work.js';

/**
 * The pool's open proposals, longest waiting first, each with whom it waits for (the start page of
 * a coordinator). The pool-wide view of matching is the coordinator's: the same answer as the
 * batch suggestion's.
 */
export async function poolProposalWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureMatching(actor, 'batchSuggest', POOL);
  const { rows, counted } = await waitingProposals(db, actor.poolId, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'proposal' as const,
      caseId: r.case_id,
      title: r.number,
      detail: r.title,
      state: r.mediator_to_answer ? 'mediator' : 'parties',
      at: r.proposed_at.toISOString(),
      atKind: 'since' as const,
    })),
  };
}

/** The proposals waiting for this mediator's answer, longest waiting first (the mediator's start page). */
export async function myTaskWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureMatching(actor, 'viewTasks', POOL);
  const counted = await countWaitingTasks(db, actor.poolId, actor.userId);
  // A mediator has a handful of open proposals at most; the tasks list reads them all as well.
  const rows = (await waitingTasks(db, actor.poolId, actor.userId)).slice(0, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'task' as const,
      caseId: r.case_id,
      title: r.number,
      detail: r.municipality_name,
      state: r.role,
      at: r.proposed_at.toISOString(),
      atKind: 'since' as const,
    })),
  };
}
