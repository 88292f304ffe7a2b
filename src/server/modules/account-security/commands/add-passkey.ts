import type { Kysely } from 'kysely';
import { verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PasskeyAdded, PasskeyRegistration } from '../../../../contract/account-security.js';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { consumeSessionChallenge, insertPasskey, markSessionPassed, sessionChallenge } from '../repository.js';
import { browserSessionOnly, passkeyChallengeUnusable, passkeyInvalid } from '../problems.js';
import { unpackChallenge, type RelyingParty } from '../webauthn.js';
import { issueRecoveryCodesIfNone } from './issue-recovery-codes.js';
import { presentPasskey } from '../present.js';

/**
 * Adds a passkey from the browser's answer to this session's challenge (used once: taken before
 * the answer is checked, so a second send of the same answer finds none). A session that had to
 * enrol has passed the second step; the first factor brings recovery codes.
 */
export async function addPasskey(db: Kysely<DB>, ctx: AuditContext, actor: Actor, rp: RelyingParty, input: PasskeyRegistration): Promise<PasskeyAdded> {
  const { object } = await loadOwnAccount(db, actor);
  ensureCan(canAccountSecurity, actor, 'add-passkey', object);
  if (!actor.sessionId) throw browserSessionOnly();
  const stored = await sessionChallenge(db, actor.sessionId);
  const challenge = unpackChallenge(stored, 'register');
  if (!challenge || !stored || !(await consumeSessionChallenge(db, actor.sessionId, stored))) throw passkeyChallengeUnusable();
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response as unknown as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch {
    verified = null;
  }
  if (!verified?.verified || !verified.registrationInfo) {
    await writeAudit(db, ctx, { action: 'second-factor.enrol', objectType: 'user', objectId: actor.userId, result: 'failure', detail: { method: 'passkey' } });
    throw passkeyInvalid();
  }
  const credential = verified.registrationInfo.credential;
  const sessionId = actor.sessionId;
  return db.transaction().execute(async (trx) => {
    const row = await insertPasskey(trx, {
      userId: actor.userId,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name: input.name.trim() || 'Passkey',
    });
    if (!row) throw conflict('Deze passkey is al ingesteld.');
    const recoveryCodes = await issueRecoveryCodesIfNone(trx, actor.userId);
    await markSessionPassed(trx, sessionId, 'passkey');
    await writeAudit(trx, ctx, { action: 'second-factor.passkey.add', objectType: 'user', objectId: actor.userId, detail: { passkeyId: row.id, name: row.name } });
    return { passkey: presentPasskey(row, ['remove-passkey']), recoveryCodes };
  });
}
