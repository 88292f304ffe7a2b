import type { Role } from '../roles.js';

/**
 * The rules of two-factor sign-in (issue 17, item 1; docs/adr/0015-second-factor.md), without I/O.
 *
 * Who must use a second factor: administrators, coordinators and finance, when the pool asks it
 * (on by default). Anyone else may enrol one, and then uses it like everyone else: a factor that
 * is there is always asked.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'coordinator', 'finance'];

export const mustUseSecondFactor = (roles: readonly Role[], poolRequires: boolean): boolean =>
  poolRequires && roles.some((r) => SECOND_FACTOR_ROLES.includes(r));

/** What a session still has to do before it may do anything else. */
export type SecondFactorStatus =
  /** Passed the second step in this session (or signed in through the organisation's SSO). */
  | 'passed'
  /** No factor enrolled and none required. */
  | 'not-required'
  /** Has a factor: the second step (code, passkey or recovery code) comes first. */
  | 'verify'
  /** Must use a second factor but has none: enrolment comes first. */
  | 'enrol';

export interface SecondFactorFacts {
  /** The session passed the second step already. */
  passed: boolean;
  /** A confirmed authenticator app, or at least one passkey. */
  enrolled: boolean;
  required: boolean;
}

export function secondFactorStatus(facts: SecondFactorFacts): SecondFactorStatus {
  if (facts.passed) return 'passed';
  if (facts.enrolled) return 'verify';
  return facts.required ? 'enrol' : 'not-required';
}

/** A session in one of these statuses may only take the second step or enrol. */
export const isPending = (status: SecondFactorStatus): status is 'verify' | 'enrol' => status === 'verify' || status === 'enrol';

/** RFC 6238 with the usual parameters of authenticator apps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** A code is accepted from the period before or after the current one (clocks drift a little). */
export const TOTP_TOLERANCE_SECONDS = 30;
/** An older code than the tolerance, yet from the last this many seconds, is called expired, not wrong. */
export const TOTP_EXPIRED_WITHIN_SECONDS = 600;

/** A TOTP code as typed: spaces and a dash removed (apps show "123 456"). */
export const normaliseTotpCode = (code: string): string => code.replace(/[\s-]/g, '');
export const looksLikeTotpCode = (code: string): boolean => new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(normaliseTotpCode(code));

/**
 * Was a code of time step `step` used already? Each step's code is accepted once: a code seen on
 * a screen or sent twice is no good a second time (RFC 6238 §5.2).
 */
export const totpStepReused = (step: number, lastUsedStep: number | null): boolean => lastUsedStep !== null && step <= lastUsedStep;

/** Recovery codes: ten, each of 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx. */
export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_LENGTH = 10;

/** A recovery code as stored (before hashing) and compared: lower case, without spaces or dashes. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');

export const formatRecoveryCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;

/** Turns random bytes into a recovery code (one byte per character; the bias of % 31 is immaterial at 10 characters of ~5 bits). */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error('not enough bytes for a recovery code');
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += RECOVERY_CODE_ALPHABET[bytes[i]! % RECOVERY_CODE_ALPHABET.length];
  return code;
}

/** A device may skip the second step for this many days after one was passed there ("remember this device"). */
export const REMEMBER_DEVICE_DAYS = 30;

/**
 * The throttle on second-step tries: the password is known at this point, so it counts per person
 * (from every address): this many failures within the window since the last success make the
 * next try wait until the oldest of them leaves the window.
 */
export const SECOND_FACTOR_MAX_FAILURES = 5;
export const SECOND_FACTOR_WINDOW_MINUTES = 15;

/** Seconds to wait before the next second-step try (0: now), from the failures since the last success within the window. */
export function secondFactorWait(failuresOldestFirst: readonly Date[], now: Date): number {
  const windowStart = now.getTime() - SECOND_FACTOR_WINDOW_MINUTES * 60_000;
  const inWindow = failuresOldestFirst.filter((d) => d.getTime() > windowStart);
  if (inWindow.length < SECOND_FACTOR_MAX_FAILURES) return 0;
  const oldestCounted = inWindow[inWindow.length - SECOND_FACTOR_MAX_FAILURES]!;
  return Math.max(1, Math.ceil((oldestCounted.getTime() - windowStart) / 1000));
}
