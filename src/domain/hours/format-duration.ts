/**
 * Minutes as a person reads them: "1 u 30 min" (Dutch) or "1 h 30 min" (English), "45 min",
 * "2 u"; a negative correction keeps its minus sign ("−0 u 15 min" reads badly, so "−15 min").
 * Exports (CSV, XLSX) keep plain minutes; every screen uses this.
 */
export type DurationLocale = 'nl' | 'en';

export function formatDuration(minutes: number, locale: DurationLocale): string {
  const sign = minutes < 0 ? '−' : '';
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  const unit = locale === 'en' ? 'h' : 'u';
  const hours = h.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL');
  if (h === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} ${unit}` : `${sign}${hours} ${unit} ${rest} min`;
}
