import { amountForMinutes } from '../settlement/rounding.js';
import { nextPeriod, periodContaining, type PeriodKind, type SettlementPeriod } from '../settlement/periods.js';

/**
 * Settling lent hours between two pools (issue 15, item 2; ADR 0022). The hours of a lent
 * mediator are approved in the borrowing pool (the case is there); they stay out of the netting
 * between that pool's municipalities and are settled pool to pool at the loan's rate (copied
 * from the agreement when the loan was approved; null: free). The borrowing pool owes, the
 * lending pool receives.
 */

/** The approved minutes of one hour entry of a loan, as a settlement reads them. */
export interface LoanMinutes {
  readonly loanId: string;
  readonly minutes: number;
}

export interface LoanTerms {
  /** Cents per hour; null: lent for free. */
  readonly rateCents: number | null;
}

export interface LoanLineTotal {
  readonly loanId: string;
  readonly minutes: number;
  readonly rateCents: number | null;
  /** round_half_up(minutes × rate / 60) once per loan and settlement, 0 when free. */
  readonly amountCents: number;
}

/**
 * One line per loan: its minutes in this settlement summed, then priced once (half a cent away
 * from zero, as every settlement amount), so a line is never the sum of many small roundings.
 * Loans without minutes left (entries that cancel out) give no line. Ordered as first met.
 */
export function loanLines(entries: readonly LoanMinutes[], terms: ReadonlyMap<string, LoanTerms>): LoanLineTotal[] {
  const minutes = new Map<string, number>();
  for (const e of entries) {
    if (!Number.isSafeInteger(e.minutes)) throw new RangeError(`Minutes must be whole: ${e.minutes}`);
    minutes.set(e.loanId, (minutes.get(e.loanId) ?? 0) + e.minutes);
  }
  return [...minutes].flatMap(([loanId, m]) => {
    if (m === 0) return [];
    const rateCents = terms.get(loanId)?.rateCents ?? null;
    return [{ loanId, minutes: m, rateCents, amountCents: rateCents === null ? 0 : amountForMinutes(m, rateCents) }];
  });
}

/**
 * What the lending pool has still to settle of one entry: the minutes approved now (0 when the
 * borrowing pool took its approval back) less what its final settlements already settled of it.
 * A correction made later is thus settled as the difference, in a later period; a final
 * settlement is never reopened.
 */
export const unsettledMinutes = (approvedMinutes: number, settledMinutes: number): number => approvedMinutes - settledMinutes;

/**
 * The lending pool's period for lent minutes dated `date` (the start of the borrowing pool's
 * period of the entry): the first period of the lending pool's kind that contains or follows
 * that date and that none of its final settlements overlaps, as its own hours get theirs. So
 * minutes approved after the lending pool closed their period are settled in its next open one.
 */
export function lenderPeriod(kind: PeriodKind, date: string, finals: readonly { start: string; end: string }[]): SettlementPeriod {
  let period = periodContaining(kind, date);
  const overlaps = (p: SettlementPeriod) => finals.some((f) => f.start <= p.end && f.end >= p.start);
  // Bounded: there are at most as many final settlements as periods to skip.
  for (let i = 0; i <= finals.length && overlaps(period); i++) period = nextPeriod(period);
  return period;
}
