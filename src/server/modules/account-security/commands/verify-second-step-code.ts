// policy: own session (the pending session's owner takes its own second step; the code is the check)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { SecondStepCode } from '../../../../contract/account-security.js';
import { findTotp, useRecoveryCode, useTotpStep } from '../repository.js';
import { checkTotpCode, decryptTotpSecret, hashRecoveryCode } from '../secrets.js';
import { noSecondStepNeeded, recoveryCodeInvalid, totpCodeExpired, totpCodeInvalid, totpCodeReused } from '../problems.js';
import { ensureSecondFactorTryAllowed, recordSecondFactorFailure } from '../throttle.js';
import { passSecondStep, type RememberedDevice } from './pass-second-step.js';

/**
 * The second step with a code from the authenticator app (each time step once) or a recovery
 * code (each once). A wrong, expired or reused code changes nothing but the throttle's count and
 * the audit log; the session stays pending.
 */
export async function verifySecondStepCode(
  db: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  input: SecondStepCode & { ip: string; userAgent: string | undefined; serverSecret: string },
): Promise<RememberedDevice | null> {
  if (actor.secondFactorPending !== 'verify' || !actor.sessionId) throw noSecondStepNeeded();
  await ensureSecondFactorTryAllowed(db, ctx, actor, input.ip);
  const fail = async (reason: string, problem: Error): Promise<never> => {
    await recordSecondFactorFailure(db, ctx, actor, input.ip, { step: 'verify', method: input.method, reason });
    throw problem;
  };
  const step = { kind: input.method, ip: input.ip, rememberDevice: input.rememberDevice === true, userAgent: input.userAgent };

  if (input.method === 'recovery') {
    const outcome = await db.transaction().execute(async (trx) => {
      if (!(await useRecoveryCode(trx, actor.userId, hashRecoveryCode(input.code)))) return 'wrong' as const;
      return { device: await passSecondStep(trx, ctx, actor, step) };
    });
    if (outcome === 'wrong') return fail('wrong', recoveryCodeInvalid());
    return outcome.device;
  }

  const totp = await findTotp(db, actor.userId);
  const secret = totp?.confirmed_at ? decryptTotpSecret(totp.secret_encrypted, input.serverSecret) : null;
  const check = secret ? await checkTotpCode(secret, input.code) : ({ kind: 'invalid' } as const);
  if (check.kind === 'expired') return fail('expired', totpCodeExpired());
  if (check.kind === 'invalid') return fail('wrong', totpCodeInvalid());
  const outcome = await db.transaction().execute(async (trx) => {
    if (!(await useTotpStep(trx, actor.userId, check.step, false))) return 'reused' as const;
    return { device: await passSecondStep(trx, ctx, actor, step) };
  });
  if (outcome === 'reused') return fail('reused', totpCodeReused());
  return outcome.device;
}
