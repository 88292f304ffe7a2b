import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import type { OwnMediatorProfile } from '../../../../contract/mediators.js';
import { canMediator } from '../policy.js';
import { findOwnMediator, openWork, statusHistory, targetOf } from '../repository/profiles.js';
import { presentMediatorDetail } from '../present-mediator.js';
import { upkeepSummary } from '../upkeep-summary.js';

/** The signed-in mediator's own registry profile with their load and upkeep state; 404 when not in the register. */
export async function getOwnMediatorProfile(db: Kysely<DB>, actor: Actor): Promise<OwnMediatorProfile> {
  const row = await findOwnMediator(db, actor.poolId, actor.userId);
  if (!row) throw notFound();
  ensureCan(canMediator, actor, 'read-own', targetOf(row, actor.poolId));
  // Not audited: the mediator reads their own particulars, as with GET /mediators/{id} of
  // oneself (auditPersonalRead logs only reads of someone else's).
  const [history, work, upkeep] = await Promise.all([statusHistory(db, actor.poolId, row.id), openWork(db, actor.poolId, row.id), upkeepSummary(db, actor.poolId, row)]);
  return { ...presentMediatorDetail(row, actor, history), ...work, upkeep: { state: upkeep.state, reasons: upkeep.reasons } };
}
