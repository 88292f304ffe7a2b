import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canAccountSecurity } from '../policy.js';
import { deletePasskeys, deleteRecoveryCodes, deleteRememberedDevices, deleteSessionsOf, deleteTotp } from '../repository.js';
import { loadPoolUser } from '../load-pool-user.js';

/**
 * An administrator resets another account's second factor (a lost phone, no recovery codes left):
 * the app, the passkeys, the recovery codes and the remembered devices go, and so do the account's
 * sessions. At the next sign-in the person enrols again (when the pool requires it). Audited;
 * never one's own (403).
 */
export async function resetSecondFactor(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string): Promise<void> {
  const user = await loadPoolUser(trx, actor, userId);
  ensureCan(canAccountSecurity, actor, 'reset-second-factor', user, 'collection');
  const totp = await deleteTotp(trx, userId);
  const passkeys = await deletePasskeys(trx, userId);
  await deleteRecoveryCodes(trx, userId);
  await deleteRememberedDevices(trx, userId);
  const sessions = await deleteSessionsOf(trx, userId);
  await writeAudit(trx, ctx, { action: 'second-factor.reset', objectType: 'user', objectId: userId, detail: { totp, passkeys, sessions } });
}
