import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { isRole } from '../../../domain/roles.js';
import { mustUseSecondFactor } from '../../../domain/second-factor/second-factor.js';
import { notFound } from '../../http/problem.js';
import { findUser } from '../users/index.js';
import { canAccountSecurity, type AccountSecurityObject } from './policy.js';
import { poolRequiresSecondFactor } from './repository.js';

/** An account of the actor's pool as an administrator sees it (another pool's, or not an administrator: 404). */
export async function loadPoolUser(db: Kysely<DB>, actor: Actor, userId: string): Promise<AccountSecurityObject & { email: string }> {
  const user = await findUser(db, actor.poolId, userId);
  if (!user) throw notFound();
  const object = {
    userId: user.id,
    poolId: actor.poolId,
    email: user.email,
    required: mustUseSecondFactor(user.roles.filter(isRole), await poolRequiresSecondFactor(db, actor.poolId)),
  };
  ensureCan(canAccountSecurity, actor, 'read-user', object);
  return object;
}
