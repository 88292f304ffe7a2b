import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { SECOND_FACTOR_WINDOW_MINUTES, secondFactorWait } from '../../../domain/second-factor/second-factor.js';
import { failuresSinceLastSuccess, recordAttempt } from './repository.js';
import { tooManySecondFactorAttempts } from './problems.js';

/**
 * The throttle on second-step codes and passkeys (domain/second-factor has the rule): refuses
 * while too many tries failed, and records each failure (its own write, so it stays although the
 * request fails) with an audit row.
 */
export async function ensureSecondFactorTryAllowed(db: Kysely<DB>, ctx: AuditContext, actor: Actor, ip: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - SECOND_FACTOR_WINDOW_MINUTES * 60_000);
  const wait = secondFactorWait(await failuresSinceLastSuccess(db, actor.userId, since), now);
  if (wait === 0) return;
  await writeAudit(db, ctx, { action: 'second-factor.verify', objectType: 'user', objectId: actor.userId, result: 'denied', detail: { reason: 'throttled' } });
  throw tooManySecondFactorAttempts(wait);
}

export async function recordSecondFactorFailure(
  db: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  ip: string,
  detail: { step: 'verify' | 'enrol'; method: 'totp' | 'passkey' | 'recovery'; reason: string },
): Promise<void> {
  await recordAttempt(db, actor.userId, ip, false);
  await writeAudit(db, ctx, {
    action: detail.step === 'verify' ? 'second-factor.verify' : 'second-factor.enrol',
    objectType: 'user',
    objectId: actor.userId,
    result: 'failure',
    detail: { method: detail.method, reason: detail.reason },
  });
}

export const recordSecondFactorSuccess = (db: Kysely<DB>, actor: Actor, ip: string) => recordAttempt(db, actor.userId, ip, true);
