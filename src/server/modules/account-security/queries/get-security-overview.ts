import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { secondFactorStanding } from '../../../auth/second-factor.js';
import { OWN_SECURITY_ACTIONS, type SecurityOverview } from '../../../../contract/account-security.js';
import { REMEMBER_DEVICE_DAYS } from '../../../../domain/second-factor/second-factor.js';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { countRecoveryCodesLeft } from '../repository.js';
import { presentPasskey } from '../present.js';

/** One's own second factor: the app, the passkeys, how many recovery codes are left, and what one may do. */
export async function getSecurityOverview(db: Kysely<DB>, actor: Actor): Promise<SecurityOverview> {
  const { object, totp, passkeys } = await loadOwnAccount(db, actor);
  ensureCan(canAccountSecurity, actor, 'read-own', object);
  const secondFactor = await secondFactorStanding(db, { ...actor, passed: actor.via === 'token' || actor.secondFactorPassed === true });
  const removable = canAccountSecurity(actor, 'remove-passkey', object);
  return {
    secondFactor,
    totp: { enrolled: object.totp === true, confirmedAt: totp?.confirmed_at?.toISOString() ?? null },
    passkeys: passkeys.map((p) => presentPasskey(p, removable ? ['remove-passkey'] : [])),
    recoveryCodesLeft: await countRecoveryCodesLeft(db, actor.userId),
    rememberDeviceDays: REMEMBER_DEVICE_DAYS,
    allowedActions: allowedActions(canAccountSecurity, actor, object, OWN_SECURITY_ACTIONS),
  };
}
