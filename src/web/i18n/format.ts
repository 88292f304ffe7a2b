/** Times are stored with an offset and always shown in Europe/Amsterdam, whatever the device says. */
export const TIME_ZONE = 'Europe/Amsterdam';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDate(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: 'long' }).format(d);
}

/** A number with the language's decimal sign and grouping (1.234,5 in Dutch, 1,234.5 in English), at most `fractionDigits` decimals. */
export function formatNumber(n: number, locale: string, fractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: fractionDigits }).format(n);
}

/** The UTC offset ("+01:00" or "+02:00") that Amsterdam has at noon on a YYYY-MM-DD day. */
export function amsterdamOffset(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = name ? /GMT([+-]\d{2}):?(\d{2})?/.exec(name) : null;
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** The first moment of a day in Amsterdam, as ISO 8601 with offset. */
export const startOfAmsterdamDay = (day: string) => `${day}T00:00:00${amsterdamOffset(day)}`;

/** The last moment of a day in Amsterdam, as ISO 8601 with offset. */
export const endOfAmsterdamDay = (day: string) => `${day}T23:59:59.999${amsterdamOffset(day)}`;

export const isIsoDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime());
