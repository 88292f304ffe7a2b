import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canAccountSecurity } from '../policy.js';
import { deleteSessionsOf } from '../repository.js';
import { loadPoolUser } from '../load-pool-user.js';

/** An administrator ends every session of an account of the pool (audited); the person signs in again. */
export async function endAllSessions(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string): Promise<{ current: boolean }> {
  const user = await loadPoolUser(trx, actor, userId);
  ensureCan(canAccountSecurity, actor, 'end-all-sessions', user, 'collection');
  const sessions = await deleteSessionsOf(trx, userId);
  await writeAudit(trx, ctx, { action: 'sign-in.session.end-all', objectType: 'user', objectId: userId, detail: { sessions } });
  return { current: userId === actor.userId };
}
