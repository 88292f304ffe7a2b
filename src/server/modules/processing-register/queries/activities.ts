import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { PROCESSING_REGISTER_ACTIONS, type ProcessingActivity, type ProcessingActivityList } from '../../../../contract/processing-register.js';
import { STANDARD_ACTIVITY_CODES, isStandardActivityCode } from '../../../../domain/processing/activities.js';
import { canProcessingRegister } from '../policy.js';
import { selectPoolActivities, selectPoolActivity } from '../repository.js';
import { presentActivity } from '../present-activity.js';

/** The pool's register: every standard activity (in its wording) and then the pool's own. */
export async function listActivities(db: Kysely<DB>, actor: Actor): Promise<ProcessingActivityList> {
  ensureCan(canProcessingRegister, actor, 'list', { poolId: actor.poolId }, 'collection');
  const rows = await selectPoolActivities(db, actor.poolId);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const own = rows.filter((r) => !isStandardActivityCode(r.code));
  return {
    items: [...STANDARD_ACTIVITY_CODES.map((code) => presentActivity(actor, code, byCode.get(code))), ...own.map((r) => presentActivity(actor, r.code, r))],
    allowedActions: allowedActions(canProcessingRegister, actor, { poolId: actor.poolId }, PROCESSING_REGISTER_ACTIONS),
  };
}

export async function getActivity(db: Kysely<DB>, actor: Actor, code: string): Promise<ProcessingActivity> {
  ensureCan(canProcessingRegister, actor, 'list', { poolId: actor.poolId });
  const row = await selectPoolActivity(db, actor.poolId, code);
  if (!row && !isStandardActivityCode(code)) throw notFound();
  return presentActivity(actor, code, row);
}
