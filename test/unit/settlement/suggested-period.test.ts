import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hasEnded, lastCompletePeriod, periodCode } from '../../../src/domain/settlement/index.js';

/** The period the settlement form suggests: the last complete period of the pool's kind. */
describe('the suggested settlement period', () => {
  const code = (kind: 'month' | 'quarter' | 'year', today: string) => periodCode(lastCompletePeriod(kind, today));

  test('a quarter pool gets the last complete quarter', () => {
    assert.equal(code('quarter', '2026-12-06'), '2026-K3');
    assert.equal(code('quarter', '2026-09-30'), '2026-K2', 'the last day of a quarter: that quarter has not ended yet');
    assert.deepEqual(lastCompletePeriod('quarter', '2026-08-15'), { kind: 'quarter', start: '2026-04-01', end: '2026-06-30' });
  });

  test('on the first day of a quarter, the quarter that just ended', () => {
    assert.equal(code('quarter', '2026-10-01'), '2026-K3');
    assert.equal(code('quarter', '2026-04-01'), '2026-K1');
  });

  test('on 1 January: Q4, December and the year before', () => {
    assert.equal(code('quarter', '2027-01-01'), '2026-K4');
    assert.equal(code('month', '2027-01-01'), '2026-12');
    assert.equal(code('year', '2027-01-01'), '2026');
  });

  test('a month pool gets the last complete month, a year pool the last complete year', () => {
    assert.equal(code('month', '2026-03-01'), '2026-02');
    assert.deepEqual(lastCompletePeriod('month', '2024-03-15'), { kind: 'month', start: '2024-02-01', end: '2024-02-29' });
    assert.equal(code('year', '2026-12-31'), '2025');
  });

  test('a period has ended once its last day lies before today', () => {
    const k4 = { end: '2026-12-31' };
    assert.equal(hasEnded(k4, '2026-12-31'), false);
    assert.equal(hasEnded(k4, '2027-01-01'), true);
    assert.equal(hasEnded(lastCompletePeriod('quarter', '2026-12-06'), '2026-12-06'), true);
  });
});
