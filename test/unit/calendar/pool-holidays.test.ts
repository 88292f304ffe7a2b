import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { HOLIDAY_KEYS } from '../../../src/domain/calendar/dutch-holidays.js';
import { STATUTORY_CALENDAR, isWorkingDay, poolCalendar, poolHolidayKeys } from '../../../src/domain/calendar/working-calendar.js';
import { addWorkingDays, workingDaysBetween } from '../../../src/domain/calendar/working-days.js';
import { extendTermEnd } from '../../../src/domain/calendar/statutory-term.js';

/**
 * A pool chooses whether Good Friday and 5 May are days off for its own norms (issue 12, item 17);
 * the statutory calendar keeps both, as Atw art. 3(1) (5 May, every year) and 3(2) (Good Friday) say.
 */
describe('the pool chooses Good Friday and 5 May for its norms; the Atw count does not change', () => {
  test('by default both are days off, as before', () => {
    assert.deepEqual(poolHolidayKeys({ goodFriday: true, liberationDay: true }), [...HOLIDAY_KEYS]);
  });

  test('a pool that works on Good Friday and 5 May counts them as working days', () => {
    const keys = poolHolidayKeys({ goodFriday: false, liberationDay: false });
    assert.ok(!keys.includes('good_friday') && !keys.includes('liberation_day'));
    assert.equal(keys.length, HOLIDAY_KEYS.length - 2);
    const pool = poolCalendar([], keys);
    // Good Friday 3 April 2026 and Tuesday 5 May 2026.
    assert.equal(isWorkingDay('2026-04-03', pool), true);
    assert.equal(isWorkingDay('2026-05-05', pool), true);
    assert.equal(isWorkingDay('2026-04-06', pool), false, 'Easter Monday stays a day off');
    // Referral on Thursday 2 April 2026: five working days → Friday 3, Tue 7, Wed 8, Thu 9, Fri 10 April.
    assert.equal(addWorkingDays('2026-04-02', 5, pool), '2026-04-10');
    assert.equal(addWorkingDays('2026-04-02', 5, poolCalendar()), '2026-04-13');
    assert.equal(workingDaysBetween('2026-04-01', '2026-05-06', pool) - workingDaysBetween('2026-04-01', '2026-05-06', poolCalendar()), 2);
  });

  test('each choice on its own', () => {
    assert.deepEqual(
      poolHolidayKeys({ goodFriday: false, liberationDay: true }).filter((k) => k === 'good_friday' || k === 'liberation_day'),
      ['liberation_day'],
    );
    assert.deepEqual(
      poolHolidayKeys({ goodFriday: true, liberationDay: false }).filter((k) => k === 'good_friday' || k === 'liberation_day'),
      ['good_friday'],
    );
  });

  test('the statutory calendar keeps Good Friday and 5 May in every year, not only lustrum years', () => {
    assert.equal(isWorkingDay('2026-04-03', STATUTORY_CALENDAR), false);
    assert.equal(isWorkingDay('2026-05-05', STATUTORY_CALENDAR), false); // 2026 is no lustrum year
    assert.equal(isWorkingDay('2027-05-05', STATUTORY_CALENDAR), false);
    assert.equal(extendTermEnd('2026-05-05'), '2026-05-06');
    assert.equal(extendTermEnd('2026-04-03'), '2026-04-07');
  });
});
