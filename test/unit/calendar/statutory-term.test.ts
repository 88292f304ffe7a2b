import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extendTermEnd, termOfDays, termOfWeeks } from '../../../src/domain/calendar/statutory-term.js';
import { DomainError } from '../../../src/domain/calendar/domain-error.js';

describe('Algemene termijnenwet art. 1: the end of a statutory term', () => {
  test('a working day stays', () => {
    assert.equal(extendTermEnd('2026-12-14'), '2026-12-14');
  });

  test('Saturday and Sunday move to Monday', () => {
    assert.equal(extendTermEnd('2026-12-19'), '2026-12-21');
    assert.equal(extendTermEnd('2026-12-20'), '2026-12-21');
  });

  test('holidays move, also across a weekend and a second holiday', () => {
    assert.equal(extendTermEnd('2027-04-27'), '2027-04-28'); // Koningsdag (Tuesday)
    assert.equal(extendTermEnd('2025-12-25'), '2025-12-29'); // Thu Christmas, Fri Boxing Day, weekend
    assert.equal(extendTermEnd('2027-03-26'), '2027-03-30'); // Good Friday → weekend → Easter Monday
    assert.equal(extendTermEnd('2027-03-29'), '2027-03-30'); // Easter Monday
    assert.equal(extendTermEnd('2027-05-05'), '2027-05-10'); // 5 May, Ascension 6th, equated 7th, weekend
  });

  test('a pool day off does not extend a statutory term', () => {
    // There is no pool calendar parameter at all: 4 November 2026 is an ordinary Wednesday.
    assert.equal(extendTermEnd('2026-11-04'), '2026-11-04');
  });

  test('terms count from their first day; only the end moves', () => {
    assert.deepEqual(termOfWeeks('2026-11-03', 6), {
      startsOn: '2026-11-03',
      nominalEndsOn: '2026-12-14',
      endsOn: '2026-12-14',
      extendedByAtw: false,
    });
    // Starts on Christmas Day (not moved), ends on a Thursday.
    assert.deepEqual(termOfWeeks('2026-12-25', 6), {
      startsOn: '2026-12-25',
      nominalEndsOn: '2027-02-04',
      endsOn: '2027-02-04',
      extendedByAtw: false,
    });
    assert.deepEqual(termOfDays('2026-12-22', 4), {
      startsOn: '2026-12-22',
      nominalEndsOn: '2026-12-25',
      endsOn: '2026-12-28',
      extendedByAtw: true,
    });
  });

  test('a term of less than a day is a programming error', () => {
    assert.throws(() => termOfDays('2026-11-03', 0), (e: unknown) => e instanceof DomainError && e.code === 'invalid_duration');
    assert.throws(() => termOfWeeks('2026-11-03', 0.5), DomainError);
  });
});
