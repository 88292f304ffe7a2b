import { TIME_ZONE } from '../../i18n/format.js';

/** The highest hourly rate the server accepts (€ 10.000,00), so a typo is caught before sending. */
export const MAX_RATE_CENTS = 1_000_000;

export type MoneyProblem = 'required' | 'format' | 'zero' | 'negative' | 'tooHigh';

/**
 * "62,50", "€ 62,5", "62.50" or "1.250,00" → 6250 cents; whole euros are fine too. Money is kept
 * in integer cents, so the text is read digit by digit and never through a float.
 */
export function parseEuros(raw: string): { cents: number } | { problem: MoneyProblem } {
  let s = raw.replace(/[€\s\u00a0]/g, '');
  if (!s) return { problem: 'required' };
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  // A dot followed by exactly three digits is a thousands separator ("1.250,00"); otherwise decimal.
  const dutch = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s);
  const english = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  const m = dutch ?? english;
  if (!m) return { problem: 'format' };
  const euros = Number(m[1]!.replace(/\./g, ''));
  const cents = euros * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { problem: 'tooHigh' };
  if (negative && cents > 0) return { problem: 'negative' };
  if (cents === 0) return { problem: 'zero' };
  if (cents > MAX_RATE_CENTS) return { problem: 'tooHigh' };
  return { cents };
}

/** 6250 → "€ 62,50" (Dutch) or "€62.50" (English). */
export const formatEuros = (cents: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** 6250 → "62,50": how the amount is shown in an input for editing. */
export const centsToInput = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** Today's date in Amsterdam as YYYY-MM-DD (the pool's calendar), whatever the device's zone. */
export function amsterdamToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A whole number typed in a field, or undefined when it is not one (so the form can say so). */
export function parseWholeNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^-?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** "52.6958" or "52,6958" → 52.6958; empty → null; anything else → undefined. */
export function parseCoordinate(raw: string): number | null | undefined {
  const s = raw.trim().replace(',', '.');
  if (!s) return null;
  if (!/^-?\d{1,3}(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** "5,5" hours → 330 minutes; undefined when it is not a positive number of at most 100 hours. */
export function parseHoursToMinutes(raw: string): number | undefined {
  const s = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const minutes = Math.round(Number(s) * 60);
  return minutes >= 1 && minutes <= 6000 ? minutes : undefined;
}

/** 2_400_000 bytes → "2,3 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const nf = (n: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} kB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}

/** Names the browser's language data may lack (Papiamento is spoken in the Dutch Caribbean). */
const OWN_NAMES: Record<string, Record<string, string>> = { nl: { pap: 'Papiaments' }, en: { pap: 'Papiamento' } };

/** "ar" → "Arabisch" in Dutch, "Arabic" in English; an unknown code stays as it is. */
export function languageName(code: string, locale: string): string {
  const own = OWN_NAMES[locale === 'en' ? 'en' : 'nl']?.[code];
  if (own) return own;
  try {
    const name = new Intl.DisplayNames([locale === 'en' ? 'en' : 'nl'], { type: 'language', fallback: 'code' }).of(code);
    return name && name !== code ? name.charAt(0).toUpperCase() + name.slice(1) : code;
  } catch {
    return code;
  }
}

export const languageList = (codes: readonly string[], locale: string) => codes.map((c) => languageName(c, locale)).join(', ');

/** The contents of a chosen file as base64 (without the "data:…;base64," prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
