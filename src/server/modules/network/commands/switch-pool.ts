import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { ProblemError } from '../../../http/problem.js';
import type { PoolSwitched } from '../../../../contract/network.js';
import { canNetwork } from '../policy.js';
import { isActiveMember, poolNameOf, setSessionPool } from '../repository.js';

const notAMember = () =>
  new ProblemError(404, 'not-a-member', 'Pool niet gevonden.', 'U bent geen lid van deze pool, of de pool bestaat niet. Er is niets gewijzigd.');

/**
 * The session chooses another of the account's pools: from the next request on, the pool, roles
 * and municipality are those of that membership. A pool the account is not in: 404, nothing changed
 * (the same answer as for a pool that does not exist, so nobody learns which pools exist).
 */
export async function switchPool(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, poolId: string): Promise<PoolSwitched> {
  ensureCan(canNetwork, actor, 'switch-pool', {}, 'collection');
  if (!(await isActiveMember(trx, actor.userId, poolId))) throw notAMember();
  if (!actor.sessionId || !(await setSessionPool(trx, actor.sessionId, actor.userId, poolId))) throw notAMember();
  if (poolId !== actor.poolId) {
    // Recorded in both pools' logs: where the person left and where they arrived.
    await writeAudit(trx, ctx, { action: 'pool.switch', objectType: 'pool', objectId: poolId, detail: { from: actor.poolId, to: poolId } });
    await writeAudit(trx, { ...ctx, poolId }, { action: 'pool.switch', objectType: 'pool', objectId: poolId, detail: { from: actor.poolId, to: poolId } });
  }
  return { poolId, name: await poolNameOf(trx, poolId) };
}
