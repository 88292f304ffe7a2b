import type { SettlementPeriod } from '../../api/settlement.js';

/**
 * A settlement period in the reader's language: "september 2026" / "September 2026",
 * "2026-K3" / "Q3 2026", "2026". The server's `label` is the Dutch one of the statements; the web
 * names the period from its code so an English reader never sees "K" for a quarter.
 */
export function periodName(period: Pick<SettlementPeriod, 'kind' | 'code'>, locale: string, quarter: (year: string, q: string) => string): string {
  const [year = '', part = ''] = period.code.split('-');
  if (period.kind === 'month') {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${year}-${part}-01T12:00:00Z`));
  }
  if (period.kind === 'quarter') return quarter(year, part.replace(/^[KQ]/i, ''));
  return year;
}
