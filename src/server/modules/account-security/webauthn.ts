/**
 * The relying party of passkeys (WebAuthn) is this installation: its host name is the RP ID and
 * its origin the expected origin, both from BASE_URL. A passkey works on that address only.
 */
export interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

export function relyingParty(baseUrl: string): RelyingParty {
  const url = new URL(baseUrl);
  return { id: url.hostname, name: 'Mediatorpool', origin: url.origin };
}

/** A challenge stored in the session with its purpose and end: `purpose:expiresMs:challenge`. */
export const CHALLENGE_MINUTES = 5;

export function packChallenge(purpose: 'register' | 'authenticate', challenge: string, now = Date.now()): string {
  return `${purpose}:${now + CHALLENGE_MINUTES * 60_000}:${challenge}`;
}

export function unpackChallenge(stored: string | null, purpose: 'register' | 'authenticate', now = Date.now()): string | null {
  if (!stored) return null;
  const [p, expires, challenge] = stored.split(':');
  if (p !== purpose || !challenge || Number(expires) < now) return null;
  return challenge;
}
