import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { EnrolmentResult } from '../../../../contract/account-security.js';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { findTotp, markSessionPassed, useTotpStep } from '../repository.js';
import { checkTotpCode, decryptTotpSecret } from '../secrets.js';
import { totpCodeExpired, totpCodeInvalid, totpCodeReused } from '../problems.js';
import { ensureSecondFactorTryAllowed, recordSecondFactorFailure, recordSecondFactorSuccess } from '../throttle.js';
import { issueRecoveryCodesIfNone } from './issue-recovery-codes.js';

/**
 * Confirms the authenticator app with a first code: the app counts from now, the code's time step
 * is used, a session that had to enrol has passed the second step, and the first factor brings
 * recovery codes (shown this once). A wrong, expired or reused code changes nothing but the
 * throttle's count and the audit log (their own writes, so they stay although the request fails).
 */
export async function confirmTotpEnrolment(
  db: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  input: { code: string; ip: string; serverSecret: string },
): Promise<EnrolmentResult> {
  const { object } = await loadOwnAccount(db, actor);
  ensureCan(canAccountSecurity, actor, 'read-own', object);
  const totp = await findTotp(db, actor.userId);
  if (!totp || totp.confirmed_at) throw conflict('Begin eerst opnieuw met het instellen van een authenticator-app.');
  await ensureSecondFactorTryAllowed(db, ctx, actor, input.ip);
  const secret = decryptTotpSecret(totp.secret_encrypted, input.serverSecret);
  const check = secret ? await checkTotpCode(secret, input.code) : ({ kind: 'invalid' } as const);
  if (check.kind !== 'valid') {
    await recordSecondFactorFailure(db, ctx, actor, input.ip, { step: 'enrol', method: 'totp', reason: check.kind });
    throw check.kind === 'expired' ? totpCodeExpired() : totpCodeInvalid();
  }
  return db.transaction().execute(async (trx) => {
    if (!(await useTotpStep(trx, actor.userId, check.step, true))) throw totpCodeReused();
    const recoveryCodes = await issueRecoveryCodesIfNone(trx, actor.userId);
    if (actor.sessionId) await markSessionPassed(trx, actor.sessionId, 'totp');
    await recordSecondFactorSuccess(trx, actor, input.ip);
    await writeAudit(trx, ctx, { action: 'second-factor.totp.enrol', objectType: 'user', objectId: actor.userId });
    return { recoveryCodes };
  });
}
