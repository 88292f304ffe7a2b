import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { SecondFactorKind } from '../../../auth/sessions.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { REMEMBER_DEVICE_DAYS } from '../../../../domain/second-factor/second-factor.js';
import { insertRememberedDevice, markSessionPassed } from '../repository.js';
import { recordSecondFactorSuccess } from '../throttle.js';

// policy: the session's own second step; the gate lets only the pending session itself reach it (x-second-factor-step) and the code or passkey is the proof.
export interface RememberedDevice {
  token: string;
  expiresAt: Date;
}

/** The session passed the second step: recorded, audited, and the device remembered when asked. */
export async function passSecondStep(
  trx: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  step: { kind: Extract<SecondFactorKind, 'totp' | 'passkey' | 'recovery'>; ip: string; rememberDevice: boolean; userAgent: string | undefined },
): Promise<RememberedDevice | null> {
  await markSessionPassed(trx, actor.sessionId!, step.kind);
  await recordSecondFactorSuccess(trx, actor, step.ip);
  let device: RememberedDevice | null = null;
  if (step.rememberDevice) {
    device = { token: randomToken(), expiresAt: new Date(Date.now() + REMEMBER_DEVICE_DAYS * 86_400_000) };
    await insertRememberedDevice(trx, { id: sha256(device.token), userId: actor.userId, expiresAt: device.expiresAt, userAgent: step.userAgent?.slice(0, 300) ?? null });
  }
  await writeAudit(trx, ctx, {
    action: 'second-factor.verify',
    objectType: 'user',
    objectId: actor.userId,
    detail: { method: step.kind, rememberDevice: step.rememberDevice },
  });
  return device;
}
