import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoDateInZone,
  isWeekend,
  makeIsoDate,
  toDayNumber,
  weekdayOf,
  yearOf,
} from '../../../src/domain/calendar/iso-date.js';
import { DomainError } from '../../../src/domain/calendar/domain-error.js';

describe('iso dates', () => {
  test('accepts real dates only', () => {
    assert.equal(isIsoDate('2026-11-02'), true);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2026-02-29'), false);
    assert.equal(isIsoDate('2026-04-31'), false);
    assert.equal(isIsoDate('2026-13-01'), false);
    assert.equal(isIsoDate('2026-00-10'), false);
    assert.equal(isIsoDate('2026-1-1'), false);
    assert.equal(isIsoDate('2026-11-02T00:00:00Z'), false);
    assert.equal(isIsoDate(' 2026-11-02'), false);
    assert.equal(isIsoDate(20261102), false);
    assert.equal(isIsoDate(null), false);
  });

  test('day numbers round-trip, with 1970-01-01 as day 0', () => {
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.equal(toDayNumber('1970-01-02'), 1);
    assert.equal(toDayNumber('1969-12-31'), -1);
    assert.equal(fromDayNumber(toDayNumber('2026-11-02')), '2026-11-02');
    // Years below 100 must not be mapped into the 1900s.
    assert.equal(fromDayNumber(toDayNumber('0050-03-01')), '0050-03-01');
  });

  test('invalid dates throw a DomainError with code invalid_date', () => {
    assert.throws(() => toDayNumber('2026-02-30'), (e: unknown) => e instanceof DomainError && e.code === 'invalid_date');
    assert.throws(() => makeIsoDate(2026, 2, 30), DomainError);
    assert.throws(() => fromDayNumber(1.5), DomainError);
    assert.throws(() => addDays('9999-12-31', 1), DomainError);
    assert.throws(() => addDays('2026-01-01', 0.5), DomainError);
    assert.throws(() => yearOf('2026-02-30'), DomainError);
  });

  test('adds days across month, year and leap-day boundaries', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-02-28', 1), '2027-03-01');
    assert.equal(addDays('2026-03-29', 1), '2026-03-30'); // summer time starts: still one day
    assert.equal(addDays('2026-10-25', 1), '2026-10-26'); // summer time ends
    assert.equal(addDays('2026-11-03', -1), '2026-11-02');
    assert.equal(daysBetween('2026-11-02', '2026-12-14'), 42);
    assert.equal(daysBetween('2026-12-14', '2026-11-02'), -42);
    assert.ok(compareIsoDates('2026-11-02', '2026-11-03') < 0);
    assert.equal(compareIsoDates('2026-11-02', '2026-11-02'), 0);
    assert.equal(yearOf('2027-03-08'), 2027);
  });

  test('weekdays', () => {
    assert.equal(weekdayOf('2026-11-02'), 1); // Monday
    assert.equal(weekdayOf('2025-04-26'), 6); // Saturday
    assert.equal(weekdayOf('2025-04-27'), 0); // Sunday
    assert.equal(weekdayOf('1969-12-31'), 3); // Wednesday, before day 0
    assert.equal(isWeekend('2026-11-07'), true);
    assert.equal(isWeekend('2026-11-08'), true);
    assert.equal(isWeekend('2026-11-06'), false);
  });

  test('today in Amsterdam differs from the UTC date around midnight', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1 in winter).
    assert.equal(isoDateInZone(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
    // 22:30 UTC in summer is 00:30 the next day (UTC+2).
    assert.equal(isoDateInZone(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
    assert.equal(isoDateInZone(new Date('2026-06-30T21:30:00Z')), '2026-06-30');
    assert.equal(isoDateInZone(new Date('2026-06-30T21:30:00Z'), 'UTC'), '2026-06-30');
  });
});
