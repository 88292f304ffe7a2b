import type { Locale } from '../../i18n/i18n.js';

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** A report figure: at most one decimal, grouped thousands ("1.234,5"). */
export const formatFigure = (v: number, locale: Locale) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(v);

/** "2026-03" as "maart 2026". */
export function monthName(month: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** This calendar year, the default period. */
export function thisYear(): { from: string; to: string; year: number } {
  const year = new Date().getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31`, year };
}
