import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { easterSunday } from '../../../src/domain/calendar/easter.js';
import {
  HOLIDAY_KEYS,
  POOL_WORKING_DAY_HOLIDAYS,
  dutchPublicHolidays,
  holidaysOn,
  isHolidayKey,
} from '../../../src/domain/calendar/dutch-holidays.js';
import { ATW_EQUIVALENT_DAYS } from '../../../src/domain/calendar/atw-equivalent-days.js';
import { DomainError } from '../../../src/domain/calendar/domain-error.js';
import { weekdayOf } from '../../../src/domain/calendar/iso-date.js';

const asPairs = (year: number): string[] => dutchPublicHolidays(year).map((h) => `${h.date} ${h.name}`);

describe('Easter (anonymous Gregorian algorithm)', () => {
  test('known dates', () => {
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
    assert.equal(easterSunday(2024), '2024-03-31');
    assert.equal(easterSunday(2025), '2025-04-20');
    assert.equal(easterSunday(2016), '2016-03-27');
    assert.equal(easterSunday(2019), '2019-04-21');
    assert.equal(easterSunday(2038), '2038-04-25'); // latest possible date
    assert.equal(easterSunday(2285), '2285-03-22'); // earliest possible date
    assert.equal(easterSunday(1961), '1961-04-02');
    assert.equal(easterSunday(2000), '2000-04-23');
  });

  test('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const e = easterSunday(year);
      assert.equal(weekdayOf(e), 0, `${year}: ${e}`);
      const md = e.slice(5);
      assert.ok(md >= '03-22' && md <= '04-25', `${year}: ${e}`);
    }
  });

  test('refuses years outside the Gregorian range', () => {
    assert.throws(() => easterSunday(1582), (e: unknown) => e instanceof DomainError && e.code === 'unsupported_year');
    assert.throws(() => easterSunday(2026.5), DomainError);
  });
});

describe('Dutch public holidays', () => {
  test('2026', () => {
    assert.deepEqual(asPairs(2026), [
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  test('2027', () => {
    assert.deepEqual(asPairs(2027), [
      '2027-01-01 Nieuwjaarsdag',
      '2027-03-26 Goede Vrijdag',
      '2027-03-28 Eerste Paasdag',
      '2027-03-29 Tweede Paasdag',
      '2027-04-27 Koningsdag',
      '2027-05-05 Bevrijdingsdag',
      '2027-05-06 Hemelvaartsdag',
      '2027-05-16 Eerste Pinksterdag',
      '2027-05-17 Tweede Pinksterdag',
      '2027-12-25 Eerste Kerstdag',
      '2027-12-26 Tweede Kerstdag',
    ]);
  });

  test('Koningsdag moves to Saturday 26 April when the 27th is a Sunday', () => {
    const kingsDay = (y: number) => dutchPublicHolidays(y).find((h) => h.key === 'kings_day')?.date;
    assert.equal(kingsDay(2025), '2025-04-26');
    assert.equal(weekdayOf('2025-04-26'), 6);
    assert.equal(kingsDay(2014), '2014-04-26'); // the first Koningsdag
    assert.equal(kingsDay(2031), '2031-04-26');
    assert.equal(kingsDay(2024), '2024-04-27');
    assert.equal(kingsDay(2026), '2026-04-27');
  });

  test('Bevrijdingsdag counts every year, not only every fifth', () => {
    for (const y of [2026, 2027, 2028, 2029, 2030]) {
      assert.ok(holidaysOn(`${y}-05-05`).some((h) => h.key === 'liberation_day'), String(y));
    }
  });

  test('Ascension and Bevrijdingsdag can share a day', () => {
    assert.deepEqual(
      holidaysOn('2016-05-05').map((h) => h.name),
      ['Bevrijdingsdag', 'Hemelvaartsdag'],
    );
    assert.equal(dutchPublicHolidays(2016).length, 11);
  });

  test('every year has eleven named holidays, sorted, with distinct keys', () => {
    for (let y = 2014; y <= 2100; y += 1) {
      const list = dutchPublicHolidays(y);
      assert.equal(list.length, 11);
      assert.deepEqual(new Set(list.map((h) => h.key)).size, 11);
      const dates = list.map((h) => h.date);
      assert.deepEqual([...dates].sort(), dates);
    }
  });

  test('the list is frozen so a caller cannot corrupt the cache', () => {
    const list = dutchPublicHolidays(2026);
    assert.throws(() => (list as unknown as unknown[]).push('x'));
    assert.equal(dutchPublicHolidays(2026).length, 11);
  });

  test('holidaysOn finds nothing on an ordinary day', () => {
    assert.deepEqual(holidaysOn('2026-11-02'), []);
    assert.deepEqual(holidaysOn('2026-12-26').map((h) => h.key), ['boxing_day']);
  });

  test('refuses years it cannot answer correctly', () => {
    assert.throws(() => dutchPublicHolidays(2013), (e: unknown) => e instanceof DomainError && e.code === 'unsupported_year');
    assert.throws(() => dutchPublicHolidays(10000), DomainError);
    assert.throws(() => dutchPublicHolidays(2026.5), DomainError);
  });

  test('pools use the same set by default; keys are recognised', () => {
    assert.deepEqual([...POOL_WORKING_DAY_HOLIDAYS], [...HOLIDAY_KEYS]);
    assert.equal(isHolidayKey('kings_day'), true);
    assert.equal(isHolidayKey('carnival'), false);
  });

  test('days equated by decree (Atw art. 3(3)) are weekdays, mostly bridge Fridays', () => {
    assert.deepEqual(
      ATW_EQUIVALENT_DAYS.filter((d) => d.date.startsWith('2026') || d.date.startsWith('2027')).map((d) => d.date),
      ['2026-01-02', '2026-05-15', '2027-05-07'],
    );
    for (const d of ATW_EQUIVALENT_DAYS) assert.equal(weekdayOf(d.date), 5, d.date);
  });
});
