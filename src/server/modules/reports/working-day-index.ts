import { addDays, toDayNumber, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { isWorkingDay, type WorkingCalendar } from '../../../domain/calendar/working-calendar.js';

/**
 * Working days in SQL without a join per day: the domain calendar (public holidays, weekends and
 * the pool's own days off) is turned into a running count `cum` from `start`, passed to SQL as
 * one int[] parameter. Then working days between a and b (as `workingDaysBetween`: days in
 * (a, b] that are working days) is `cum[b - start + 1] - cum[a - start + 1]`, an array lookup per
 * case, so 30,000 cases cost no more than a plain aggregate.
 */
export interface WorkingDayIndex {
  start: IsoDate;
  end: IsoDate;
  cum: number[];
}

export function workingDayIndex(start: IsoDate, end: IsoDate, calendar: WorkingCalendar): WorkingDayIndex {
  const n = toDayNumber(end) - toDayNumber(start) + 1;
  const cum: number[] = new Array<number>(n);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    if (i > 0 && isWorkingDay(addDays(start, i), calendar)) count += 1;
    cum[i] = count;
  }
  return { start, end, cum };
}
