import { DomainError } from './domain-error.js';
import { easterSunday } from './easter.js';
import { addDays, makeIsoDate, weekdayOf, type IsoDate } from './iso-date.js';

/**
 * Dutch public holidays as the Algemene termijnenwet (Atw) counts them. Relied on:
 *
 * - Atw art. 3(1): "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
 *   Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en
 *   de vijfde mei". The fifth of May counts EVERY year here; the "once in five years" rule is
 *   a collective-agreement matter about time off, not about terms.
 * - Atw art. 3(2): Goede Vrijdag is "gelijkgesteld" (equated) with those days.
 * - Koningsdag: the King's birthday (27 April) is celebrated on 26 April when the 27th is a
 *   Sunday (the royal decree on Koningsdag, in force since 2014). Years before 2014 had
 *   Koninginnedag on other dates, so they are not supported rather than answered wrongly.
 * - Eerste Paasdag and Eerste Pinksterdag are always Sundays, which Atw art. 1 already treats
 *   as non-working days; the law does not name them, we list them so a list of holidays shown
 *   to people is complete. They change no arithmetic.
 * - Atw art. 3(3) lets the Crown equate further days (bridge days such as the Friday after
 *   Ascension) by decree; those are dated, not rule-based, and live in atw-equivalent-days.ts.
 *
 * Easter comes from the anonymous Gregorian algorithm (easter.ts).
 */
export const HOLIDAY_KEYS = [
  'new_years_day',
  'good_friday',
  'easter_sunday',
  'easter_monday',
  'kings_day',
  'liberation_day',
  'ascension_day',
  'whit_sunday',
  'whit_monday',
  'christmas_day',
  'boxing_day',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export const isHolidayKey = (v: unknown): v is HolidayKey =>
  typeof v === 'string' && (HOLIDAY_KEYS as readonly string[]).includes(v);

export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, string>> = {
  new_years_day: 'Nieuwjaarsdag',
  good_friday: 'Goede Vrijdag',
  easter_sunday: 'Eerste Paasdag',
  easter_monday: 'Tweede Paasdag',
  kings_day: 'Koningsdag',
  liberation_day: 'Bevrijdingsdag',
  ascension_day: 'Hemelvaartsdag',
  whit_sunday: 'Eerste Pinksterdag',
  whit_monday: 'Tweede Pinksterdag',
  christmas_day: 'Eerste Kerstdag',
  boxing_day: 'Tweede Kerstdag',
};

/**
 * The holidays that are days off when a pool counts working days (service norms). By default
 * the same set as the Atw; a pool may drop some (e.g. Goede Vrijdag) in its settings.
 */
export const POOL_WORKING_DAY_HOLIDAYS: readonly HolidayKey[] = HOLIDAY_KEYS;

export const FIRST_SUPPORTED_YEAR = 2014;
export const LAST_SUPPORTED_YEAR = 9999;

export interface PublicHoliday {
  readonly date: IsoDate;
  readonly key: HolidayKey;
  readonly name: string;
}

const cache = new Map<number, readonly PublicHoliday[]>();

/** All holidays of a year, sorted by date (Ascension and 5 May can fall on the same day). */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new DomainError(
      'unsupported_year',
      `Feestdagen zijn bekend voor de jaren ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, niet voor ${year}.`,
    );
  }
  const cached = cache.get(year);
  if (cached) return cached;

  const easter = easterSunday(year);
  const kingsBirthday = makeIsoDate(year, 4, 27);
  const dates: Record<HolidayKey, IsoDate> = {
    new_years_day: makeIsoDate(year, 1, 1),
    good_friday: addDays(easter, -2),
    easter_sunday: easter,
    easter_monday: addDays(easter, 1),
    kings_day: weekdayOf(kingsBirthday) === 0 ? makeIsoDate(year, 4, 26) : kingsBirthday,
    liberation_day: makeIsoDate(year, 5, 5),
    ascension_day: addDays(easter, 39),
    whit_sunday: addDays(easter, 49),
    whit_monday: addDays(easter, 50),
    christmas_day: makeIsoDate(year, 12, 25),
    boxing_day: makeIsoDate(year, 12, 26),
  };
  // ISO strings sort chronologically; the stable sort keeps HOLIDAY_KEYS order on a tie.
  const list = HOLIDAY_KEYS.map((key) => ({ date: dates[key], key, name: HOLIDAY_NAMES[key] })).sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}

/** The holidays on a date (usually none or one; Ascension can coincide with 5 May). */
export function holidaysOn(date: IsoDate): readonly PublicHoliday[] {
  const year = Number(date.slice(0, 4));
  return dutchPublicHolidays(year).filter((h) => h.date === date);
}
