import { DomainError } from './domain-error.js';

/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through day numbers (days since
 * 1970-01-01, UTC), so neither the machine's time zone nor summer time can shift a date.
 */
export type IsoDate = string;

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a real calendar date in years 0001–9999, or null. */
function parse(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  // Rolling over (31 April → 1 May) means the date does not exist.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parse(value) !== null;
}

/** Days since 1970-01-01; throws DomainError `invalid_date` for anything but a real date. */
export function toDayNumber(date: IsoDate): number {
  const n = parse(date);
  if (n === null) throw new DomainError('invalid_date', `Ongeldige datum: "${date}" (verwacht JJJJ-MM-DD).`);
  return n;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new DomainError('invalid_date', `Ongeldig dagnummer: ${dayNumber}.`);
  }
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) {
    throw new DomainError('invalid_date', 'Datum buiten het bereik 0001–9999.');
  }
  return `${String(year).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  toDayNumber(date);
  return date;
}

export function yearOf(date: IsoDate): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new DomainError('invalid_count', `Ongeldig aantal dagen: ${days}.`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

/** Negative, zero or positive, for sorting. Validates both dates. */
export const compareIsoDates = (a: IsoDate, b: IsoDate): number => toDayNumber(a) - toDayNumber(b);

export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 positive.
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: IsoDate): boolean {
  const wd = weekdayOf(date);
  return wd === 0 || wd === 6;
}

// Building an Intl.DateTimeFormat costs far more than using one, and "today" is asked on most requests.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The calendar date of an instant in a time zone (Europe/Amsterdam by default): "today" for a
 * Dutch user is not the UTC date between 00:00 and 01:00/02:00 local time.
 */
export function isoDateInZone(instant: Date, timeZone = 'Europe/Amsterdam'): IsoDate {
  const parts = dateFormatIn(timeZone).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Today's date where the pool works (Europe/Amsterdam), whatever the device's or server's timezone. */
export const todayInAmsterdam = (now: Date = new Date()): IsoDate => isoDateInZone(now);

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  toDayNumber(date);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return makeIsoDate(target, m, Math.min(d, lastDay));
}

/** Whole calendar months from `a` to `b` (b >= a), counting a month only once its day is reached. */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  let months = (by - ay) * 12 + (bm - am);
  if (bd < ad) months -= 1;
  return Math.max(0, months);
}

const dutchLongDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03-12` → `12 maart 2026`. */
export function formatDutchDate(date: IsoDate): string {
  return dutchLongDate.format(new Date(toDayNumber(date) * MS_PER_DAY));
}

const amsterdamHour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Europe/Amsterdam' });

/** The hour of the day (0–23) in Europe/Amsterdam: when the daily jobs may run. */
export const hourInAmsterdam = (now: Date = new Date()): number => Number(amsterdamHour.format(now)) % 24;

const dutchDateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** An instant as Dutch users read it: `12 maart 2026 om 14:05`, in Europe/Amsterdam. */
export const formatDutchDateTime = (instant: Date): string => dutchDateTime.format(instant);

