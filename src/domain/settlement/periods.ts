/**
 * Settlement periods (a pool setting: month, quarter or year). Hours fall into the period that
 * contains their date; an approval after a period is final lands in the next open period.
 */
import { daysInMonth, formatDate, parseDate } from './calendar-date.js';
import { SettlementInputError } from './errors.js';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface SettlementPeriod {
  readonly kind: PeriodKind;
  /** Inclusive, `YYYY-MM-DD`. */
  readonly start: string;
  /** Inclusive, `YYYY-MM-DD`. */
  readonly end: string;
}

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** The period of `kind` starting in the given month (which must be a valid start month). */
function periodFrom(kind: PeriodKind, year: number, firstMonth: number): SettlementPeriod {
  const lastMonth = firstMonth + MONTHS_IN[kind] - 1;
  return { kind, start: formatDate(year, firstMonth, 1), end: formatDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

function firstMonthOf(kind: PeriodKind, month: number): number {
  if (kind === 'month') return month;
  if (kind === 'quarter') return month - ((month - 1) % 3);
  return 1;
}

export function periodContaining(kind: PeriodKind, date: string): SettlementPeriod {
  const { year, month } = parseDate(date);
  return periodFrom(kind, year, firstMonthOf(kind, month));
}

export function nextPeriod(period: SettlementPeriod): SettlementPeriod {
  const { year, month } = parseDate(period.start);
  const next = month + MONTHS_IN[period.kind];
  return next > 12 ? periodFrom(period.kind, year + 1, next - 12) : periodFrom(period.kind, year, next);
}

export function previousPeriod(period: SettlementPeriod): SettlementPeriod {
  const { year, month } = parseDate(period.start);
  const previous = month - MONTHS_IN[period.kind];
  return previous < 1 ? periodFrom(period.kind, year - 1, previous + 12) : periodFrom(period.kind, year, previous);
}

/**
 * The period a settlement is suggested for on `today`: the last complete period of `kind` (the
 * one before the period containing today). On 1 January a quarter pool gets Q4 of last year, a
 * month pool December and a year pool last year.
 */
export function lastCompletePeriod(kind: PeriodKind, today: string): SettlementPeriod {
  return previousPeriod(periodContaining(kind, today));
}

/** Has the period ended on `today` (its last day lies before today)? */
export function hasEnded(period: Pick<SettlementPeriod, 'end'>, today: string): boolean {
  parseDate(today);
  return period.end < today;
}

export function isInPeriod(date: string, period: SettlementPeriod): boolean {
  parseDate(date);
  return period.start <= date && date <= period.end;
}

/** Dutch label for statements: "september 2026", "2026-K3", "2026". */
export function periodLabel(period: SettlementPeriod): string {
  const { year, month } = parseDate(period.start);
  switch (period.kind) {
    case 'month':
      return `${MONTHS[month - 1]} ${year}`;
    case 'quarter':
      return `${year}-K${(month + 2) / 3}`;
    case 'year':
      return String(year);
  }
}

/** Sortable machine code, stored with a settlement: "2026-09", "2026-K3", "2026". */
export function periodCode(period: SettlementPeriod): string {
  const { year, month } = parseDate(period.start);
  switch (period.kind) {
    case 'month':
      return `${year}-${String(month).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-K${(month + 2) / 3}`;
    case 'year':
      return String(year);
  }
}

export function parsePeriodCode(code: string): SettlementPeriod {
  let match = /^(\d{4})-(\d{2})$/.exec(code);
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return periodFrom('month', Number(match[1]), month);
  }
  // K (kwartaal) is the stored code; Q (quarter), as an English reader writes it, means the same.
  match = /^(\d{4})-[KQkq]([1-4])$/.exec(code);
  if (match) return periodFrom('quarter', Number(match[1]), Number(match[2]) * 3 - 2);
  match = /^(\d{4})$/.exec(code);
  if (match) return periodFrom('year', Number(match[1]), 1);
  throw new SettlementInputError(`Not a period code: ${code}`);
}
