// policy: own session (the pending session's owner asks for its own passkey challenge)
import type { Kysely } from 'kysely';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict } from '../../../http/problem.js';
import { listPasskeys, setSessionChallenge } from '../repository.js';
import { noSecondStepNeeded } from '../problems.js';
import { packChallenge, type RelyingParty } from '../webauthn.js';

/** The options for the browser to sign in with one of the person's passkeys; the challenge is kept in the session, single use. */
export async function beginPasskeySignIn(db: Kysely<DB>, actor: Actor, rp: RelyingParty): Promise<Record<string, unknown>> {
  if (actor.secondFactorPending !== 'verify' || !actor.sessionId) throw noSecondStepNeeded();
  const passkeys = await listPasskeys(db, actor.userId);
  if (passkeys.length === 0) throw conflict('U heeft geen passkey ingesteld. Gebruik een code uit uw app of een herstelcode.');
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: passkeys.map((p) => ({ id: p.credential_id, transports: p.transports as never[] })),
    userVerification: 'preferred',
  });
  await setSessionChallenge(db, actor.sessionId, packChallenge('authenticate', options.challenge));
  return options as unknown as Record<string, unknown>;
}
