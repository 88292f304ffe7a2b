import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import type { AftercareTaskList } from '../../../../contract/outcomes.js';
import { POOL, canOutcome } from '../policy.js';
import { openAftercareTasks } from '../repository.js';

/** Open aftercare, earliest due date first: a mediator's own cases, a coordinator's whole pool. */
export async function listAftercareTasks(db: Kysely<DB>, actor: Actor): Promise<AftercareTaskList> {
  ensureCan(canOutcome, actor, 'list-aftercare-tasks', POOL, 'collection');
  const poolWide = canOutcome(actor, 'list-pool-aftercare-tasks', POOL);
  const rows = await openAftercareTasks(db, actor.poolId, poolWide ? null : actor.userId);
  const today = todayInAmsterdam();
  return {
    items: rows.map((r) => ({
      caseId: r.id,
      caseNumber: r.number,
      status: r.status,
      concludedOn: r.concluded_on,
      dueOn: r.aftercare_due_on as string,
      due: (r.aftercare_due_on as string) <= today,
      leadMediatorName: r.lead_mediator_name,
    })),
    allowedActions: allowedActions(canOutcome, actor, POOL, ['list-pool-aftercare-tasks']),
  };
}
