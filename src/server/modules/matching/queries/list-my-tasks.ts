import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { PROPOSAL_ACTIONS, type TaskList } from '../../../../contract/matching.js';
import { canMatching, ensureMatching, POOL } from '../policy.js';
import { waitingTasks } from '../repository/proposals.js';

/** The proposals waiting for this mediator's answer (mediator); each carries what they may do with it. */
export async function listMyTasks(db: Kysely<DB>, actor: Actor): Promise<TaskList> {
  ensureMatching(actor, 'viewTasks', POOL);
  const rows = await waitingTasks(db, actor.poolId, actor.userId);
  return {
    items: rows.map((r) => ({
      proposalId: r.id,
      caseId: r.case_id,
      caseNumber: r.number,
      caseType: r.case_type,
      requestingMunicipality: { id: r.municipality_id, name: r.municipality_name },
      role: r.role,
      proposedAt: r.proposed_at.toISOString(),
      proposedBy: r.proposed_by,
      // A waiting task is the actor's own unanswered row of an open proposal (no current mediators yet).
      allowedActions: allowedActions(
        canMatching,
        actor,
        { kind: 'proposal', poolId: r.pool_id, status: r.status, caseStatus: r.case_status, mediators: [{ userId: actor.userId, answer: null }], caseMediatorUserIds: [] },
        PROPOSAL_ACTIONS,
      ),
    })),
  };
}
