import { ATW_EQUIVALENT_DAYS } from './atw-equivalent-days.js';
import { DomainError } from './domain-error.js';
import {
  FIRST_SUPPORTED_YEAR,
  HOLIDAY_KEYS,
  LAST_SUPPORTED_YEAR,
  POOL_WORKING_DAY_HOLIDAYS,
  dutchPublicHolidays,
  holidaysOn,
  isHolidayKey,
  type HolidayKey,
  type PublicHoliday,
} from './dutch-holidays.js';
import { isIsoDate, isWeekend, type IsoDate } from './iso-date.js';

/**
 * Which days are not working days: Saturdays and Sundays always, the public holidays in
 * `holidayKeys`, and `extraDaysOff`. Two calendars matter and must not be mixed up:
 * - a pool's calendar (service norms, "due soon"): its holiday choice plus its own days off;
 * - the statutory calendar (Awb terms under the Atw): every Atw holiday plus the days equated
 *   by decree, and never a pool's own days off, which the law does not know about.
 */
export interface WorkingCalendar {
  readonly holidayKeys: ReadonlySet<HolidayKey>;
  readonly extraDaysOff: ReadonlySet<IsoDate>;
}

/**
 * Calendars are values: the same holidays and days off give the same (frozen) object, so what is
 * worked out from a calendar (its days off per year, below) is computed once per pool and year,
 * not on every request. Keyed by the inputs themselves, so any change to a pool's choice of
 * holidays or days off is a different calendar. A few hundred distinct calendars at most exist
 * (one or two per pool); should more appear, the memo starts over rather than grow.
 */
const calendars = new Map<string, WorkingCalendar>();
const MAX_MEMOISED_CALENDARS = 1000;

export function createWorkingCalendar(options: {
  extraDaysOff?: readonly IsoDate[];
  holidayKeys?: readonly HolidayKey[];
}): WorkingCalendar {
  const extra = options.extraDaysOff ?? [];
  for (const d of extra) {
    if (!isIsoDate(d)) throw new DomainError('invalid_date', `Ongeldige vrije dag: "${d}".`, 'extraDaysOff');
  }
  const keys = options.holidayKeys ?? POOL_WORKING_DAY_HOLIDAYS;
  for (const k of keys) {
    if (!isHolidayKey(k)) throw new DomainError('unknown_holiday', `Onbekende feestdag: "${k}".`, 'holidayKeys');
  }
  const memoKey = `${[...new Set(keys)].sort().join(',')}|${[...new Set(extra)].sort().join(',')}`;
  const known = calendars.get(memoKey);
  if (known) return known;
  if (calendars.size >= MAX_MEMOISED_CALENDARS) calendars.clear();
  const calendar: WorkingCalendar = Object.freeze({ holidayKeys: new Set(keys), extraDaysOff: new Set(extra) });
  calendars.set(memoKey, calendar);
  return calendar;
}

/** Per calendar and year: the dates that are days off although not in a weekend (its holidays and extra days off). */
const weekdaysOff = new WeakMap<WorkingCalendar, Map<number, ReadonlySet<IsoDate>>>();

function weekdaysOffIn(calendar: WorkingCalendar, year: number): ReadonlySet<IsoDate> {
  let years = weekdaysOff.get(calendar);
  if (!years) weekdaysOff.set(calendar, (years = new Map()));
  let days = years.get(year);
  if (!days) {
    const prefix = `${year}-`;
    days = new Set([
      ...dutchPublicHolidays(year).filter((h) => calendar.holidayKeys.has(h.key)).map((h) => h.date),
      ...[...calendar.extraDaysOff].filter((d) => d.startsWith(prefix)),
    ].filter((d) => !isWeekend(d)));
    years.set(year, days);
  }
  return days;
}

/** A pool's calendar from its settings: by default every public holiday plus its days off. */
export function poolCalendar(
  extraDaysOff: readonly IsoDate[] = [],
  holidayKeys: readonly HolidayKey[] = POOL_WORKING_DAY_HOLIDAYS,
): WorkingCalendar {
  return createWorkingCalendar({ extraDaysOff, holidayKeys });
}

/**
 * The two holidays a pool may choose to work on for its own norms: whether staff have Goede
 * Vrijdag and 5 May off differs per employer and collective agreement (5 May often only every
 * fifth year), while the Atw counts both for statutory terms every year (art. 3(1) names "de vijfde mei", art. 3(2)
 * equates Goede Vrijdag). The choice changes the pool's calendar only, never STATUTORY_CALENDAR.
 */
export interface PoolHolidayChoice {
  readonly goodFriday: boolean;
  readonly liberationDay: boolean;
}

/** The holidays that are days off for the pool's norms, given its choice on Good Friday and 5 May. */
export function poolHolidayKeys(choice: PoolHolidayChoice): HolidayKey[] {
  return POOL_WORKING_DAY_HOLIDAYS.filter(
    (k) => (k !== 'good_friday' || choice.goodFriday) && (k !== 'liberation_day' || choice.liberationDay),
  );
}

/** The Algemene termijnenwet calendar, for statutory terms. */
export const STATUTORY_CALENDAR: WorkingCalendar = createWorkingCalendar({
  holidayKeys: HOLIDAY_KEYS,
  extraDaysOff: ATW_EQUIVALENT_DAYS.map((d) => d.date),
});

export type DayOffReason =
  | { readonly kind: 'weekend' }
  | { readonly kind: 'holiday'; readonly holiday: PublicHoliday }
  | { readonly kind: 'extra_day_off' };

/** Why a date is not a working day, or null when it is one. Weekend wins, then holiday. */
export function dayOffReason(date: IsoDate, calendar: WorkingCalendar): DayOffReason | null {
  if (isWeekend(date)) return { kind: 'weekend' };
  const holiday = holidaysOn(date).find((h) => calendar.holidayKeys.has(h.key));
  if (holiday) return { kind: 'holiday', holiday };
  if (calendar.extraDaysOff.has(date)) return { kind: 'extra_day_off' };
  return null;
}

/** The same answer as `dayOffReason(…) === null`, from the calendar's days off of that year, worked out once. */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (isWeekend(date)) return false;
  const year = Number(date.slice(0, 4));
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) return dayOffReason(date, calendar) === null; // throws the domain's error
  return !weekdaysOffIn(calendar, year).has(date);
}
