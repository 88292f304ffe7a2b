import { DomainError } from './domain-error.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date.js';
import { isWorkingDay, type WorkingCalendar } from './working-calendar.js';

/**
 * Working-day arithmetic. One convention throughout: a count of working days AFTER a start
 * day, so the start day itself never counts, whether or not it is a working day.
 *
 * - addWorkingDays(d, n): the n-th working day after d; n = 0 gives d itself.
 *   A norm of 5 working days on a referral on Monday 2 Nov 2026 is due Monday 9 Nov.
 * - workingDaysBetween(from, to): the working days in (from, to], i.e. after `from` up to and
 *   including `to`; 0 when to = from; negative (minus the count in (to, from]) when to < from.
 *   "Working days since referral" = workingDaysBetween(referralDay, today).
 *
 * They fit together: workingDaysBetween(d, addWorkingDays(d, n)) === n for every n >= 0.
 */

/** Working days are searched this far at most; no real calendar has a longer run of days off. */
const MAX_GAP_DAYS = 366;

export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError('invalid_count', `Aantal werkdagen moet een geheel getal ≥ 0 zijn, niet ${n}.`);
  }
  let day = toDayNumber(date);
  let remaining = n;
  let gap = 0;
  while (remaining > 0) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day), calendar)) {
      remaining -= 1;
      gap = 0;
    } else if (++gap > MAX_GAP_DAYS) {
      throw new DomainError('no_working_days', 'De kalender bevat geen werkdagen meer.');
    }
  }
  return fromDayNumber(day);
}

export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = a + 1; day <= b; day += 1) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}
