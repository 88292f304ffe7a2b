import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { UserListQuery } from '../../../../contract/users.js';
import { canUsers } from '../policy.js';
import { listUsers as selectUserPage } from '../repository.js';
import { presentUser } from '../present-user.js';

/** A page of the pool's accounts for an administrator; the list is recorded in the audit log. */
export async function listUsers(db: Kysely<DB>, ctx: AuditContext, actor: Actor, query: UserListQuery) {
  ensureCan(canUsers, actor, 'list', { poolId: actor.poolId }, 'collection');
  const { page = 1, pageSize = 25, q, role, active } = query;
  const { rows, total } = await selectUserPage(db, actor.poolId, { q, role, active }, { page, pageSize });
  await writeAudit(db, ctx, {
    action: 'user.list',
    objectType: 'pool',
    objectId: actor.poolId,
    purpose: 'accountbeheer',
    detail: { page, q: q ?? null, count: rows.length },
  });
  // Accounts are bounded by the people of the pool (a few thousand at most): counted exactly.
  return { items: rows.map(presentUser), page, pageSize, total, totalCapped: false };
}
