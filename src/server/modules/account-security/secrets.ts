import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { sha256 } from '../../auth/tokens.js';
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  TOTP_DIGITS,
  TOTP_EXPIRED_WITHIN_SECONDS,
  TOTP_PERIOD_SECONDS,
  TOTP_TOLERANCE_SECONDS,
  formatRecoveryCode,
  normaliseRecoveryCode,
  normaliseTotpCode,
  recoveryCodeFromBytes,
} from '../../../domain/second-factor/second-factor.js';

/**
 * The secrets of the second factor (docs/adr/0015-second-factor.md). A TOTP secret is stored
 * encrypted with AES-256-GCM under a key derived (HKDF-SHA256) from the server's session secret,
 * so a database dump or a reader of the table alone cannot make codes; it is shown once, during
 * enrolment, and never returned after. Recovery codes are stored as SHA-256 (they are random,
 * 50 bits each, so a slow hash adds nothing a throttle does not).
 */
const FORMAT = 'v1';

function keyFrom(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'mediatorpool', 'totp-secret', 32));
}

export function encryptTotpSecret(secret: string, serverSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(serverSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** The secret, or null when it cannot be read (another server secret: the person needs a reset). */
export function decryptTotpSecret(stored: string, serverSecret: string): string | null {
  const [format, body] = stored.split(':');
  if (format !== FORMAT || !body) return null;
  try {
    const bytes = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(serverSecret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export const newTotpSecret = (): string => generateSecret();

export async function totpEnrolmentData(secret: string, issuer: string, label: string) {
  const otpauthUri = generateURI({ issuer, label, secret, digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

export type TotpCheck = { kind: 'valid'; step: number } | { kind: 'expired' } | { kind: 'invalid' };

/** Checks a typed code: right now (± one period), from the last minutes (expired), or wrong. */
export async function checkTotpCode(secret: string, typed: string, now = new Date()): Promise<TotpCheck> {
  const token = normaliseTotpCode(typed);
  if (!/^\d+$/.test(token) || token.length !== TOTP_DIGITS) return { kind: 'invalid' };
  const epoch = Math.floor(now.getTime() / 1000);
  const current = await verify({ secret, token, epoch, epochTolerance: TOTP_TOLERANCE_SECONDS, period: TOTP_PERIOD_SECONDS, digits: TOTP_DIGITS });
  if (current.valid) return { kind: 'valid', step: Math.floor(epoch / TOTP_PERIOD_SECONDS) + current.delta };
  const earlier = await verify({ secret, token, epoch, epochTolerance: [TOTP_EXPIRED_WITHIN_SECONDS, 0], period: TOTP_PERIOD_SECONDS, digits: TOTP_DIGITS });
  return earlier.valid ? { kind: 'expired' } : { kind: 'invalid' };
}

/** Ten new recovery codes as shown (xxxxx-xxxxx) and their hashes as stored. */
export function newRecoveryCodes(): { shown: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFromBytes(randomBytes(RECOVERY_CODE_LENGTH)));
  return { shown: codes.map(formatRecoveryCode), hashes: codes.map(hashRecoveryCode) };
}

export const hashRecoveryCode = (code: string): string => sha256(`recovery:${normaliseRecoveryCode(code)}`);
