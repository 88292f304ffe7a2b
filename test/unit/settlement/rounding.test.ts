import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SettlementInputError, amountForMinutes, computeSettlement } from '../../../src/domain/settlement/index.js';

describe('round half up to the cent, integers only', () => {
  test('exact amounts', () => {
    assert.equal(amountForMinutes(630, 6250), 65625);
    assert.equal(amountForMinutes(60, 6250), 6250);
    assert.equal(amountForMinutes(0, 6250), 0);
  });

  test('exactly half a cent rounds up', () => {
    assert.equal(amountForMinutes(1, 30), 1); // 0.5
    assert.equal(amountForMinutes(1, 90), 2); // 1.5
    assert.equal(amountForMinutes(3, 10), 1); // 0.5
    assert.equal(amountForMinutes(1, 6270), 105); // 104.5
  });

  test('just below half rounds down, just above rounds up', () => {
    assert.equal(amountForMinutes(1, 29), 0); // 0.483…
    assert.equal(amountForMinutes(1, 31), 1); // 0.516…
    assert.equal(amountForMinutes(1, 6250), 104); // 104.166…
    assert.equal(amountForMinutes(7, 6250), 729); // 729.166…
    assert.equal(amountForMinutes(1, 6269), 104); // 104.483…
  });

  test('negative corrections mirror positive amounts (half away from zero), never -0', () => {
    assert.equal(amountForMinutes(-1, 30), -1);
    assert.equal(amountForMinutes(-1, 90), -2);
    assert.equal(amountForMinutes(-630, 6250), -65625);
    assert.ok(Object.is(amountForMinutes(-1, 29), 0));
  });

  test('large but safe values stay exact', () => {
    // 1,000,000 hours at €99,999.99: far beyond any pool, still exact.
    assert.equal(amountForMinutes(60_000_000, 9_999_999), 9_999_999_000_000);
  });

  test('fractions and unsafe products are refused', () => {
    assert.throws(() => amountForMinutes(1.5, 6250), SettlementInputError);
    assert.throws(() => amountForMinutes(60, 62.5), SettlementInputError);
    assert.throws(() => amountForMinutes(2 ** 40, 2 ** 20), SettlementInputError);
  });
});

test('rounding happens once per pair and year, not per entry', () => {
  // Two entries of 1 minute at 30 cents: per entry 1 + 1 = 2 cents; per pair-year 2 × 30 / 60 = 1.
  const settlement = computeSettlement({
    mode: 'hourly',
    ratesByYear: { 2026: 30 },
    entries: [
      { minutes: 1, supplierId: 'A', userId: 'B', date: '2026-01-05' },
      { minutes: 1, supplierId: 'A', userId: 'B', date: '2026-02-05' },
    ],
  });
  assert.equal(settlement.pairs[0]!.amountCents, 1);
});

test('each pair is rounded on its own, so nets stay whole and sum to zero', () => {
  // A → B and A → C each 1 minute at 30 cents: 0.5 + 0.5 rounds to 1 + 1.
  const settlement = computeSettlement({
    mode: 'hourly',
    ratesByYear: { 2026: 30 },
    entries: [
      { minutes: 1, supplierId: 'A', userId: 'B', date: '2026-03-01' },
      { minutes: 1, supplierId: 'A', userId: 'C', date: '2026-03-01' },
    ],
  });
  assert.deepEqual(settlement.positions.map((p) => p.netCents), [2, -1, -1]);
});
