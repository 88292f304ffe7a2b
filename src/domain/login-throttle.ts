/**
 * When repeated failed logins lock an account or an address for a while. Counting per account
 * stops guessing one password; counting per address stops spraying many accounts.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface FailureCounts {
  account: number;
  address: number;
  /** Oldest failure inside the window that counts towards the limit that was hit. */
  oldestRelevantFailure: Date | null;
}

/** Seconds until a login may be tried again, or 0 when it may be tried now. */
export function lockoutSeconds(counts: FailureCounts, now: Date): number {
  const locked = counts.account >= MAX_FAILURES_PER_ACCOUNT || counts.address >= MAX_FAILURES_PER_ADDRESS;
  if (!locked || !counts.oldestRelevantFailure) return 0;
  const until = counts.oldestRelevantFailure.getTime() + LOGIN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}
