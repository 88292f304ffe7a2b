import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A provider's client secret is kept sealed (AES-256-GCM) under a key derived from the
 * installation's session secret, so a copy of the database alone does not hand out the key to
 * the municipality's sign-in. A new SESSION_SECRET makes the kept secrets unreadable: sign-in
 * through the provider then fails until an administrator enters the secret again.
 */
const key = (sessionSecret: string) => Buffer.from(hkdfSync('sha256', sessionSecret, 'mediatorpool', 'sso-client-secret', 32));

export function sealSecret(sessionSecret: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(sessionSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** The secret, or null when it was sealed under another session secret (or is damaged). */
export function openSecret(sessionSecret: string, sealed: string): string | null {
  if (!sealed.startsWith('v1.')) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(sessionSecret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
