import type { Policy } from '../../auth/policy.js';
import { hasRole } from '../../auth/actor.js';
import type { AccountSecurityAction } from '../../../contract/account-security.js';

export type { AccountSecurityAction };

/**
 * The account at stake, and what it has: its pool, whether it must use a second factor, its
 * authenticator app and its number of passkeys (when known).
 */
export interface AccountSecurityObject {
  userId: string;
  poolId: string;
  required?: boolean;
  totp?: boolean;
  passkeys?: number;
}

const OWN: readonly AccountSecurityAction[] = ['read-own', 'enrol-totp', 'remove-totp', 'add-passkey', 'remove-passkey', 'regenerate-recovery-codes', 'end-session'];

/**
 * Everyone manages their own second factor and sessions, and nobody else's. Someone who must use
 * a second factor cannot remove their last one (an administrator's reset can, audited). An
 * administrator reads another account's second factor and sessions in the pool, ends all of its
 * sessions, and resets its second factor — never their own (that would be a way around it).
 */
export const canAccountSecurity: Policy<AccountSecurityAction, AccountSecurityObject> = (actor, action, o) => {
  if (OWN.includes(action)) {
    if (o.userId !== actor.userId) return false;
    const factors = (o.totp ? 1 : 0) + (o.passkeys ?? 0);
    switch (action) {
      case 'enrol-totp':
        return o.totp !== true;
      case 'remove-totp':
        return o.totp === true && (!o.required || factors > 1);
      case 'remove-passkey':
        return (o.passkeys ?? 1) > 0 && (!o.required || factors > 1);
      case 'regenerate-recovery-codes':
        return o.totp === undefined || factors > 0;
      default:
        return true;
    }
  }
  if (!hasRole(actor, 'admin') || o.poolId !== actor.poolId) return false;
  return action === 'reset-second-factor' ? o.userId !== actor.userId : true;
};
