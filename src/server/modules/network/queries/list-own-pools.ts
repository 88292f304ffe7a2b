import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { NETWORK_ACTIONS, type MyPools } from '../../../../contract/network.js';
import { isRole } from '../../../../domain/roles.js';
import { canNetwork } from '../policy.js';
import { listOwnPools } from '../repository.js';

/** The pools of the signed-in account with its roles in each, the chosen one marked (for the pool switcher). */
export async function getOwnPools(db: Kysely<DB>, actor: Actor): Promise<MyPools> {
  ensureCan(canNetwork, actor, 'list-own-pools', {}, 'collection');
  const rows = await listOwnPools(db, actor.userId);
  return {
    items: rows.map((p) => ({ id: p.id, name: p.name, colour: p.colour, roles: p.roles.filter(isRole), current: p.id === actor.poolId })),
    platformAdmin: actor.platformAdmin === true,
    allowedActions: allowedActions(canNetwork, actor, { ownPools: rows.length }, NETWORK_ACTIONS),
  };
}
