import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCanRead } from '../../../auth/policy.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { notFound } from '../../../http/problem.js';
import { canUsers } from '../policy.js';
import { findUser } from '../repository.js';
import { presentUser } from '../present-user.js';

/** One account of the pool for an administrator; the read is recorded with its purpose. */
export async function getUser(db: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string) {
  const user = await findUser(db, actor.poolId, userId);
  if (!user) throw notFound();
  await ensureCanRead(db, ctx, canUsers, actor, 'read', { poolId: actor.poolId }, { objectType: 'user', objectId: user.id, purpose: 'accountbeheer' });
  return presentUser(user);
}
