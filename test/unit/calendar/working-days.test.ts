import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  STATUTORY_CALENDAR,
  createWorkingCalendar,
  dayOffReason,
  isWorkingDay,
  poolCalendar,
} from '../../../src/domain/calendar/working-calendar.js';
import {
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from '../../../src/domain/calendar/working-days.js';
import { DomainError } from '../../../src/domain/calendar/domain-error.js';
import { addDays } from '../../../src/domain/calendar/iso-date.js';

const pool = poolCalendar();

describe('isWorkingDay', () => {
  test('weekdays are working days, weekends are not', () => {
    assert.equal(isWorkingDay('2026-11-02', pool), true); // Monday
    assert.equal(isWorkingDay('2026-11-06', pool), true); // Friday
    assert.equal(isWorkingDay('2026-11-07', pool), false); // Saturday
    assert.equal(isWorkingDay('2026-11-08', pool), false); // Sunday
  });

  test('public holidays are not working days', () => {
    for (const d of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25']) {
      assert.equal(isWorkingDay(d, pool), false, d);
    }
    assert.equal(isWorkingDay('2026-04-28', pool), true);
  });

  test("a pool's extra days off are not working days for that pool only", () => {
    const meppel = poolCalendar(['2026-11-04']);
    assert.equal(isWorkingDay('2026-11-04', meppel), false);
    assert.equal(isWorkingDay('2026-11-04', pool), true);
    assert.equal(isWorkingDay('2026-11-04', STATUTORY_CALENDAR), true);
  });

  test('a pool may leave out holidays such as Goede Vrijdag', () => {
    const noGoodFriday = poolCalendar([], ['new_years_day', 'easter_monday', 'kings_day', 'ascension_day', 'whit_monday', 'christmas_day', 'boxing_day']);
    assert.equal(isWorkingDay('2026-04-03', noGoodFriday), true);
    assert.equal(isWorkingDay('2026-05-05', noGoodFriday), true);
    assert.equal(isWorkingDay('2026-04-06', noGoodFriday), false);
  });

  test('the statutory calendar includes days equated by decree; a pool by default does not', () => {
    assert.equal(isWorkingDay('2026-05-15', STATUTORY_CALENDAR), false); // Friday after Ascension
    assert.equal(isWorkingDay('2026-01-02', STATUTORY_CALENDAR), false);
    assert.equal(isWorkingDay('2026-05-15', pool), true);
  });

  test('dayOffReason says why', () => {
    assert.deepEqual(dayOffReason('2026-11-07', pool), { kind: 'weekend' });
    const r = dayOffReason('2026-04-27', pool);
    assert.equal(r?.kind, 'holiday');
    assert.equal(r?.kind === 'holiday' ? r.holiday.name : null, 'Koningsdag');
    assert.deepEqual(dayOffReason('2026-11-04', poolCalendar(['2026-11-04'])), { kind: 'extra_day_off' });
    assert.equal(dayOffReason('2026-11-04', pool), null);
    // Christmas 2027 falls on a Saturday: the weekend is reported first.
    assert.deepEqual(dayOffReason('2027-12-25', pool), { kind: 'weekend' });
  });

  test('invalid calendar input is refused', () => {
    assert.throws(() => poolCalendar(['2026-02-30']), (e: unknown) => e instanceof DomainError && e.code === 'invalid_date' && e.field === 'extraDaysOff');
    assert.throws(
      () => createWorkingCalendar({ holidayKeys: ['carnival' as never] }),
      (e: unknown) => e instanceof DomainError && e.code === 'unknown_holiday',
    );
    assert.throws(() => isWorkingDay('2026-13-01', pool), DomainError);
  });
});

describe('addWorkingDays', () => {
  test('counts only days after the start day', () => {
    assert.equal(addWorkingDays('2026-11-02', 0, pool), '2026-11-02');
    assert.equal(addWorkingDays('2026-11-02', 1, pool), '2026-11-03');
    assert.equal(addWorkingDays('2026-11-02', 5, pool), '2026-11-09');
    assert.equal(addWorkingDays('2026-11-02', 10, pool), '2026-11-16');
  });

  test('skips weekends', () => {
    assert.equal(addWorkingDays('2026-11-06', 1, pool), '2026-11-09'); // Friday → Monday
    assert.equal(addWorkingDays('2026-11-07', 1, pool), '2026-11-09'); // Saturday → Monday
    assert.equal(addWorkingDays('2026-11-08', 1, pool), '2026-11-09'); // Sunday → Monday
  });

  test('skips Christmas, New Year and pool days off', () => {
    assert.equal(addWorkingDays('2026-12-23', 1, pool), '2026-12-24');
    assert.equal(addWorkingDays('2026-12-23', 2, pool), '2026-12-28'); // 25 Fri, 26 Sat, 27 Sun
    assert.equal(addWorkingDays('2026-12-23', 5, pool), '2026-12-31');
    assert.equal(addWorkingDays('2026-12-23', 10, pool), '2027-01-08'); // skips 1 January
    const closedBetweenHolidays = poolCalendar(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    assert.equal(addWorkingDays('2026-12-23', 2, closedBetweenHolidays), '2027-01-04');
  });

  test('skips Koningsdag, Bevrijdingsdag, Ascension and Whit Monday in spring 2026', () => {
    assert.equal(addWorkingDays('2026-04-24', 1, pool), '2026-04-28'); // Fri → skip Mon 27 April
    assert.equal(addWorkingDays('2026-04-30', 2, pool), '2026-05-04');
    assert.equal(addWorkingDays('2026-04-30', 3, pool), '2026-05-06'); // skip Tue 5 May
    assert.equal(addWorkingDays('2026-04-30', 10, pool), '2026-05-18'); // skip Thu 14 May
    assert.equal(addWorkingDays('2026-05-22', 1, pool), '2026-05-26'); // skip Whit Monday
  });

  test('refuses negative or fractional counts', () => {
    assert.throws(() => addWorkingDays('2026-11-02', -1, pool), (e: unknown) => e instanceof DomainError && e.code === 'invalid_count');
    assert.throws(() => addWorkingDays('2026-11-02', 1.5, pool), DomainError);
    assert.throws(() => addWorkingDays('2026-11-02', Number.NaN, pool), DomainError);
  });

  test('stops instead of looping forever when the calendar has no working days left', () => {
    const days: string[] = [];
    for (let i = 0; i < 400; i += 1) days.push(addDays('2026-11-03', i));
    assert.throws(() => addWorkingDays('2026-11-02', 1, poolCalendar(days)), (e: unknown) => e instanceof DomainError && e.code === 'no_working_days');
  });
});

describe('workingDaysBetween (after `from`, up to and including `to`)', () => {
  test('the start day never counts, the end day does', () => {
    assert.equal(workingDaysBetween('2026-11-02', '2026-11-02', pool), 0);
    assert.equal(workingDaysBetween('2026-11-02', '2026-11-03', pool), 1);
    assert.equal(workingDaysBetween('2026-11-02', '2026-11-09', pool), 5);
    assert.equal(workingDaysBetween('2026-11-06', '2026-11-08', pool), 0); // Fri → Sun
    assert.equal(workingDaysBetween('2026-11-07', '2026-11-09', pool), 1); // Sat → Mon
  });

  test('excludes holidays and pool days off', () => {
    assert.equal(workingDaysBetween('2026-12-24', '2027-01-04', pool), 5); // 28, 29, 30, 31 Dec; 4 Jan
    assert.equal(workingDaysBetween('2026-12-24', '2027-01-04', poolCalendar(['2026-12-31'])), 4);
    assert.equal(workingDaysBetween('2026-12-31', '2027-01-01', pool), 0);
  });

  test('is negative when `to` lies before `from`', () => {
    assert.equal(workingDaysBetween('2026-11-09', '2026-11-02', pool), -5);
    assert.equal(workingDaysBetween('2026-11-03', '2026-11-02', pool), -1);
  });

  test('inverts addWorkingDays', () => {
    for (const start of ['2026-11-02', '2026-12-23', '2026-04-30', '2027-03-27', '2026-11-07']) {
      for (let n = 0; n <= 40; n += 1) {
        assert.equal(workingDaysBetween(start, addWorkingDays(start, n, pool), pool), n, `${start} + ${n}`);
      }
    }
  });

  test('counts a whole year: 2026 has 261 weekdays minus 8 weekday holidays', () => {
    // Weekday holidays in 2026: 1 Jan, 3 Apr, 6 Apr, 27 Apr, 5 May, 14 May, 25 May, 25 Dec.
    assert.equal(workingDaysBetween('2025-12-31', '2026-12-31', pool), 253);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  test('keeps a working day, moves a day off forward', () => {
    assert.equal(nextWorkingDayOnOrAfter('2026-11-02', pool), '2026-11-02');
    assert.equal(nextWorkingDayOnOrAfter('2026-11-07', pool), '2026-11-09');
    assert.equal(nextWorkingDayOnOrAfter('2026-12-25', pool), '2026-12-28');
    assert.equal(nextWorkingDayOnOrAfter('2026-05-14', STATUTORY_CALENDAR), '2026-05-18');
    assert.equal(nextWorkingDayOnOrAfter('2026-05-14', pool), '2026-05-15');
  });
});
