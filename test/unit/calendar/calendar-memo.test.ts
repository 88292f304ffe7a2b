import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createWorkingCalendar, dayOffReason, isWorkingDay, poolCalendar, poolHolidayKeys, STATUTORY_CALENDAR } from '../../../src/domain/calendar/working-calendar.js';
import { addDays, type IsoDate } from '../../../src/domain/calendar/iso-date.js';

/** Issue 13, item 5: a pool's calendar and its days off are worked out once per pool and year, not per request. */
describe('calendars are computed once per set of inputs', () => {
  test('the same holidays and days off give the same calendar; any other choice a different one', () => {
    const a = poolCalendar(['2026-12-24', '2026-12-31'], poolHolidayKeys({ goodFriday: true, liberationDay: false }));
    const b = poolCalendar(['2026-12-31', '2026-12-24'], poolHolidayKeys({ goodFriday: true, liberationDay: false }));
    assert.equal(a, b);
    assert.notEqual(a, poolCalendar(['2026-12-24', '2026-12-31'], poolHolidayKeys({ goodFriday: true, liberationDay: true })));
    assert.notEqual(a, poolCalendar(['2026-12-24'], poolHolidayKeys({ goodFriday: true, liberationDay: false })));
    assert.equal(createWorkingCalendar({}), poolCalendar());
  });

  test('isWorkingDay agrees with dayOffReason on every day of several years, for several calendars', () => {
    const calendars = [
      STATUTORY_CALENDAR,
      poolCalendar(),
      poolCalendar(['2026-12-24', '2027-05-14', '2027-12-25'], poolHolidayKeys({ goodFriday: false, liberationDay: false })),
      poolCalendar([], poolHolidayKeys({ goodFriday: true, liberationDay: false })),
    ];
    for (const calendar of calendars) {
      for (let d: IsoDate = '2025-01-01' as IsoDate; d < '2029-01-01'; d = addDays(d, 1)) {
        assert.equal(isWorkingDay(d, calendar), dayOffReason(d, calendar) === null, d);
      }
    }
  });

  test('the choice on Good Friday and 5 May still counts', () => {
    const works = poolCalendar([], poolHolidayKeys({ goodFriday: false, liberationDay: false }));
    const off = poolCalendar([], poolHolidayKeys({ goodFriday: true, liberationDay: true }));
    assert.equal(isWorkingDay('2026-04-03' as IsoDate, works), true);
    assert.equal(isWorkingDay('2026-04-03' as IsoDate, off), false);
    assert.equal(isWorkingDay('2026-05-05' as IsoDate, works), true);
    assert.equal(isWorkingDay('2026-05-05' as IsoDate, off), false);
  });
});
