/**
 * A fixed-window counter per key (the front door's rate limit per client address): at most
 * `limit` requests per window of `windowMs`. Pure: the caller keeps the state.
 */
export interface WindowState {
  readonly windowStart: number;
  readonly count: number;
}

export interface WindowDecision {
  readonly allowed: boolean;
  readonly state: WindowState;
  /** Whole seconds until the window resets (for Retry-After), at least 1. */
  readonly retryAfterSeconds: number;
}

export function countInWindow(previous: WindowState | undefined, now: number, limit: number, windowMs: number): WindowDecision {
  const fresh = !previous || now - previous.windowStart >= windowMs || now < previous.windowStart;
  const base: WindowState = fresh ? { windowStart: now, count: 0 } : previous;
  const retryAfterSeconds = Math.max(1, Math.ceil((base.windowStart + windowMs - now) / 1000));
  if (base.count >= limit) return { allowed: false, state: base, retryAfterSeconds };
  return { allowed: true, state: { windowStart: base.windowStart, count: base.count + 1 }, retryAfterSeconds };
}

/** The first day of the month of a date: the finest time the anonymous route counts keep. */
export const monthOf = (isoDate: string): string => `${isoDate.slice(0, 7)}-01`;
