import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { COMMUNITY_ACTIONS, type GroupList } from '../../../../contract/community.js';
import { canCommunity } from '../policy.js';

/** The pool's intervision groups for a coordinator; a mediator's own groups (member or facilitator). */
export async function listGroups(_db: Kysely<DB>, actor: Actor): Promise<GroupList> {
  const pool = { kind: 'pool' as const, poolId: actor.poolId };
  ensureCan(canCommunity, actor, 'read', pool, 'collection');
  return { items: [], allowedActions: allowedActions(canCommunity, actor, pool, COMMUNITY_ACTIONS) };
}
