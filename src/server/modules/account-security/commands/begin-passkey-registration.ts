import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { generateRegistrationOptions } from '@simplewebauthn/server';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { setSessionChallenge } from '../repository.js';
import { browserSessionOnly } from '../problems.js';
import { packChallenge, type RelyingParty } from '../webauthn.js';

/** The options for the browser to create a passkey; the challenge is kept in this session, single use. */
export async function beginPasskeyRegistration(db: Kysely<DB>, actor: Actor, rp: RelyingParty): Promise<Record<string, unknown>> {
  const { object, passkeys } = await loadOwnAccount(db, actor);
  ensureCan(canAccountSecurity, actor, 'add-passkey', object);
  if (!actor.sessionId) throw browserSessionOnly();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actor.userId),
    attestationType: 'none',
    excludeCredentials: passkeys.map((p) => ({ id: p.credential_id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await setSessionChallenge(db, actor.sessionId, packChallenge('register', options.challenge));
  return options as unknown as Record<string, unknown>;
}
