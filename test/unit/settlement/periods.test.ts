import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SettlementInputError,
  isInPeriod,
  nextPeriod,
  parsePeriodCode,
  periodCode,
  periodContaining,
  periodLabel,
  previousPeriod,
} from '../../../src/domain/settlement/index.js';

describe('periods', () => {
  test('the month containing a date', () => {
    const p = periodContaining('month', '2026-09-17');
    assert.deepEqual(p, { kind: 'month', start: '2026-09-01', end: '2026-09-30' });
    assert.equal(periodLabel(p), 'september 2026');
    assert.equal(periodCode(p), '2026-09');
  });

  test('the quarter containing a date', () => {
    const p = periodContaining('quarter', '2026-08-31');
    assert.deepEqual(p, { kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
    assert.equal(periodLabel(p), '2026-K3');
    assert.equal(periodCode(p), '2026-K3');
    assert.deepEqual(periodContaining('quarter', '2026-01-01'), { kind: 'quarter', start: '2026-01-01', end: '2026-03-31' });
    assert.deepEqual(periodContaining('quarter', '2026-12-31'), { kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
  });

  test('the year containing a date', () => {
    const p = periodContaining('year', '2026-03-02');
    assert.deepEqual(p, { kind: 'year', start: '2026-01-01', end: '2026-12-31' });
    assert.equal(periodLabel(p), '2026');
    assert.equal(periodCode(p), '2026');
  });

  test('February in a leap year and a common year', () => {
    assert.equal(periodContaining('month', '2028-02-10').end, '2028-02-29');
    assert.equal(periodContaining('month', '2026-02-10').end, '2026-02-28');
    assert.equal(periodContaining('quarter', '2028-02-29').end, '2028-03-31');
  });

  test('next and previous period, across the year end', () => {
    assert.deepEqual(nextPeriod(periodContaining('month', '2026-12-05')), { kind: 'month', start: '2027-01-01', end: '2027-01-31' });
    assert.equal(periodLabel(nextPeriod(periodContaining('month', '2026-12-05'))), 'januari 2027');
    assert.equal(periodLabel(nextPeriod(periodContaining('quarter', '2026-11-05'))), '2027-K1');
    assert.equal(periodLabel(nextPeriod(periodContaining('quarter', '2026-05-05'))), '2026-K3');
    assert.equal(periodLabel(nextPeriod(periodContaining('year', '2026-05-05'))), '2027');
    assert.equal(periodLabel(previousPeriod(periodContaining('month', '2026-01-05'))), 'december 2025');
    assert.equal(periodLabel(previousPeriod(periodContaining('quarter', '2026-01-05'))), '2025-K4');
    assert.equal(periodLabel(previousPeriod(periodContaining('year', '2026-01-05'))), '2025');
  });

  test('twelve next months make a year, each joining the last', () => {
    let p = periodContaining('month', '2026-01-15');
    const labels: string[] = [];
    for (let i = 0; i < 12; i++) {
      labels.push(periodLabel(p));
      const next = nextPeriod(p);
      assert.equal(previousPeriod(next).start, p.start);
      p = next;
    }
    assert.deepEqual(labels, [
      'januari 2026', 'februari 2026', 'maart 2026', 'april 2026', 'mei 2026', 'juni 2026',
      'juli 2026', 'augustus 2026', 'september 2026', 'oktober 2026', 'november 2026', 'december 2026',
    ]);
    assert.equal(p.start, '2027-01-01');
  });

  test('dates in a period, inclusive', () => {
    const q3 = periodContaining('quarter', '2026-08-01');
    assert.equal(isInPeriod('2026-07-01', q3), true);
    assert.equal(isInPeriod('2026-09-30', q3), true);
    assert.equal(isInPeriod('2026-10-01', q3), false);
    assert.equal(isInPeriod('2026-06-30', q3), false);
  });

  test('codes round-trip', () => {
    for (const code of ['2026-09', '2026-K3', '2026', '2025-12', '2027-K1']) assert.equal(periodCode(parsePeriodCode(code)), code);
    assert.deepEqual(parsePeriodCode('2026-K4'), { kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
  });

  test('an English quarter (Q) is the same period, stored as K', () => {
    assert.deepEqual(parsePeriodCode('2026-Q3'), parsePeriodCode('2026-K3'));
    assert.equal(periodCode(parsePeriodCode('2026-q1')), '2026-K1');
  });

  test('bad dates and codes are refused', () => {
    assert.throws(() => periodContaining('month', '2026-13-01'), SettlementInputError);
    assert.throws(() => periodContaining('month', '2026-02-29'), SettlementInputError);
    assert.throws(() => periodContaining('month', '1-2-2026'), SettlementInputError);
    assert.throws(() => isInPeriod('2026-9-1', periodContaining('year', '2026-01-01')), SettlementInputError);
    for (const code of ['2026-K5', '2026-Q0', '2026-X3', '2026-13', '2026-00', 'K3-2026', '']) assert.throws(() => parsePeriodCode(code), SettlementInputError);
  });
});
