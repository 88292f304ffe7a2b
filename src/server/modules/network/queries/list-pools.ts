import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { NETWORK_ACTIONS, type PlatformPoolList } from '../../../../contract/network.js';
import { canNetwork } from '../policy.js';
import { listPools } from '../repository.js';
import { presentPlatformPool } from '../present-pools.js';

/** Every pool of the installation, for the platform administrator (no personal data: names of pools and municipalities, counts). */
export async function getPlatformPools(db: Kysely<DB>, actor: Actor): Promise<PlatformPoolList> {
  ensureCan(canNetwork, actor, 'list-pools', {}, 'collection');
  const rows = await listPools(db);
  return { items: rows.map(presentPlatformPool), allowedActions: allowedActions(canNetwork, actor, {}, NETWORK_ACTIONS).filter((a) => a === 'create-pool') };
}
