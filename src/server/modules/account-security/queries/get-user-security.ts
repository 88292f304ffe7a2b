import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { SESSION_IDLE_MINUTES } from '../../../plugins/authentication.js';
import { USER_SECURITY_ACTIONS, type UserSecurity } from '../../../../contract/account-security.js';
import { canAccountSecurity } from '../policy.js';
import { countRecoveryCodesLeft, findTotp, listActiveSessions, listPasskeys } from '../repository.js';
import { loadPoolUser } from '../load-pool-user.js';

/** What an administrator sees of an account's second factor and sessions (counts only, never a secret). */
export async function getUserSecurity(db: Kysely<DB>, actor: Actor, userId: string): Promise<UserSecurity> {
  const user = await loadPoolUser(db, actor, userId);
  const totp = await findTotp(db, userId);
  const passkeys = await listPasskeys(db, userId);
  const sessions = await listActiveSessions(db, userId, new Date(Date.now() - SESSION_IDLE_MINUTES * 60_000));
  return {
    userId,
    totp: totp?.confirmed_at != null,
    passkeys: passkeys.length,
    recoveryCodesLeft: await countRecoveryCodesLeft(db, userId),
    activeSessions: sessions.length,
    required: user.required === true,
    allowedActions: allowedActions(canAccountSecurity, actor, user, USER_SECURITY_ACTIONS),
  };
}
