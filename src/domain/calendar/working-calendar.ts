import { ATW_EQUIVALENT_DAYS } from './atw-equivalent-days.js';
import { DomainError } from './domain-error.js';
import {
  HOLIDAY_KEYS,
  POOL_WORKING_DAY_HOLIDAYS,
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
  return Object.freeze({ holidayKeys: new Set(keys), extraDaysOff: new Set(extra) });
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

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return dayOffReason(date, calendar) === null;
}
