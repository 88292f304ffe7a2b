/**
 * When wrong passwords make the next try wait, without letting anyone lock a real user out (OWASP:
 * count per account and address, slow an account down rather than lock it). Used for signing in
 * and for the current-password check when someone changes their password; both count together.
 *
 * - An account from one address (the pair): a few failures lock that pair for a while. Others
 *   guessing from elsewhere do not touch the real user's own pair; a success clears it.
 * - One address, any account: more failures lock the address (one source spraying many accounts).
 * - One account, every address together: a much higher limit over a longer window only slows the
 *   guessing down, and never holds at an address the account signed in from before.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const ACCOUNT_WINDOW_MINUTES = 60;
export const MAX_FAILURES_PER_ACCOUNT = 50;
/** A success from an address this recent makes it the account's own address. */
export const KNOWN_ADDRESS_DAYS = 90;

export type ThrottleLimit = 'pair' | 'address' | 'account';

export interface FailureCount {
  failures: number;
  /** The oldest failure that was counted, or null when there were none. */
  oldest: Date | null;
}

export interface PasswordAttemptHistory {
  /** This account from this address, since `countingStarts().pair`. */
  pair: FailureCount;
  /** Any account from this address, since `countingStarts().address`. */
  address: FailureCount;
  /** This account from every address, since `countingStarts().account`. */
  account: FailureCount;
  /** The account signed in from this address since `countingStarts().knownSince`. */
  knownAddress: boolean;
}

const MINUTE = 60_000;

/**
 * From when each count runs (failures strictly after it count). The pair's count starts again at
 * its last success, so signing in (or changing one's password) from an address clears it.
 */
export function countingStarts(now: Date, lastSuccessFromAddress: Date | null) {
  const loginWindow = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * MINUTE);
  const pair = lastSuccessFromAddress && lastSuccessFromAddress > loginWindow ? lastSuccessFromAddress : loginWindow;
  return {
    pair,
    address: loginWindow,
    account: new Date(now.getTime() - ACCOUNT_WINDOW_MINUTES * MINUTE),
    knownSince: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 60 * MINUTE),
  };
}

function waitFor(count: FailureCount, max: number, windowMinutes: number, now: Date): number {
  if (count.failures < max || !count.oldest) return 0;
  const until = count.oldest.getTime() + windowMinutes * MINUTE;
  // Never 0 while the limit holds: 0 means "try now".
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/** Seconds until a password may be tried again (0: now), and the limit that holds longest. */
export function passwordAttemptWait(history: PasswordAttemptHistory, now: Date): { seconds: number; limit: ThrottleLimit | null } {
  const waits: [ThrottleLimit, number][] = [
    ['pair', waitFor(history.pair, MAX_FAILURES_PER_PAIR, LOGIN_WINDOW_MINUTES, now)],
    ['address', waitFor(history.address, MAX_FAILURES_PER_ADDRESS, LOGIN_WINDOW_MINUTES, now)],
    ['account', history.knownAddress ? 0 : waitFor(history.account, MAX_FAILURES_PER_ACCOUNT, ACCOUNT_WINDOW_MINUTES, now)],
  ];
  let answer: { seconds: number; limit: ThrottleLimit | null } = { seconds: 0, limit: null };
  for (const [limit, seconds] of waits) if (seconds > answer.seconds) answer = { seconds, limit };
  return answer;
}
