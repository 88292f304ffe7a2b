// policy: own session (the pending session's owner takes its own second step; the passkey is the check)
import type { Kysely } from 'kysely';
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { SecondStepPasskey } from '../../../../contract/account-security.js';
import { consumeSessionChallenge, findPasskeyByCredential, sessionChallenge, usePasskey } from '../repository.js';
import { noSecondStepNeeded, passkeyChallengeUnusable, passkeyInvalid } from '../problems.js';
import { ensureSecondFactorTryAllowed, recordSecondFactorFailure } from '../throttle.js';
import { unpackChallenge, type RelyingParty } from '../webauthn.js';
import { passSecondStep, type RememberedDevice } from './pass-second-step.js';

/**
 * The second step with a passkey: the session's challenge is taken first (so the same assertion
 * sent again finds none: 409), then the signature, origin and RP ID are checked and the
 * authenticator's counter must move on (a cloned key or a replay does not). Failures change
 * nothing but the throttle's count and the audit log.
 */
export async function verifyPasskeySignIn(
  db: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  rp: RelyingParty,
  input: SecondStepPasskey & { ip: string; userAgent: string | undefined },
): Promise<RememberedDevice | null> {
  if (actor.secondFactorPending !== 'verify' || !actor.sessionId) throw noSecondStepNeeded();
  await ensureSecondFactorTryAllowed(db, ctx, actor, input.ip);
  const fail = async (reason: string, problem: Error): Promise<never> => {
    await recordSecondFactorFailure(db, ctx, actor, input.ip, { step: 'verify', method: 'passkey', reason });
    throw problem;
  };
  const stored = await sessionChallenge(db, actor.sessionId);
  const challenge = unpackChallenge(stored, 'authenticate');
  if (!challenge || !stored || !(await consumeSessionChallenge(db, actor.sessionId, stored))) return fail('challenge-unusable', passkeyChallengeUnusable());
  const passkey = await findPasskeyByCredential(db, actor.userId, input.response.id);
  if (!passkey) return fail('unknown-credential', passkeyInvalid());
  let result;
  try {
    result = await verifyAuthenticationResponse({
      response: input.response as unknown as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: passkey.credential_id, publicKey: new Uint8Array(passkey.public_key), counter: Number(passkey.counter), transports: passkey.transports as never[] },
      requireUserVerification: false,
    });
  } catch {
    result = null;
  }
  if (!result?.verified) return fail('signature', passkeyInvalid());
  const step = { kind: 'passkey' as const, ip: input.ip, rememberDevice: input.rememberDevice === true, userAgent: input.userAgent };
  const outcome = await db.transaction().execute(async (trx) => {
    if (!(await usePasskey(trx, passkey.id, Number(passkey.counter), result.authenticationInfo.newCounter))) return 'replayed' as const;
    return { device: await passSecondStep(trx, ctx, actor, step) };
  });
  if (outcome === 'replayed') return fail('counter', passkeyInvalid());
  return outcome.device;
}
