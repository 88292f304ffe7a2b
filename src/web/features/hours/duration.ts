export type DurationProblem = 'timeRequired' | 'timeFormat' | 'timeRange';

/** "90" → 90 minutes, "1:30" → 90 minutes; between 1 minute and 24 hours. */
export function parseDuration(raw: string): { minutes: number } | { problem: DurationProblem } {
  const s = raw.trim();
  if (!s) return { problem: 'timeRequired' };
  let minutes: number;
  const hm = /^(\d{1,2}):([0-5]\d)$/.exec(s);
  if (hm) minutes = Number(hm[1]) * 60 + Number(hm[2]);
  else if (/^\d{1,4}$/.test(s)) minutes = Number(s);
  else return { problem: 'timeFormat' };
  if (minutes < 1 || minutes > 1440) return { problem: 'timeRange' };
  return { minutes };
}

/** "2026-11" → "2026-10" (delta −1) or "2026-12" (delta +1). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "november 2026" in the page's language. */
export function monthName(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "22-11-2026": short, for table cells. */
export function shortDate(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Minutes as they are typed in a time field: 90 → "1:30". */
export const minutesToInput = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
