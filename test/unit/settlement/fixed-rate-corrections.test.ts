import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MissingRateError, computeSettlement, type SettlementEntry } from '../../../src/domain/settlement/index.js';

/**
 * A correction of hours that a final settlement priced carries the rate that settled them
 * (issue 12, item 14): it is priced at that rate, not at the year's rate of today, so taking the
 * hours back refunds exactly what was paid for them.
 */
const entry = (minutes: number, date: string, rateCents?: number): SettlementEntry => ({ minutes, supplierId: 'A', userId: 'B', date, ...(rateCents === undefined ? {} : { rateCents }) });

describe('a correction priced at the rate that settled the original', () => {
  test('taking back 125 settled minutes refunds what they cost at the old rate, not at today’s', () => {
    const paid = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6250 }, entries: [entry(125, '2026-07-02')] });
    assert.equal(paid.totalAmountCents, 13021); // 125 × 62,50 / 60 = 130,2083 → 130,21
    const refund = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 9000 }, entries: [entry(-125, '2026-07-02', 6250)] });
    assert.equal(refund.totalAmountCents, -13021);
    assert.deepEqual(refund.pairs[0]!.years, [{ year: 2026, minutes: -125, rateCents: 6250, amountCents: -13021 }]);
  });

  test('beside hours at the year’s rate, the fixed-rate minutes are a line of their own, rounded on their own', () => {
    const s = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 9000 }, entries: [entry(61, '2026-10-01'), entry(-125, '2026-07-02', 6250), entry(10, '2026-07-03', 6250)] });
    assert.deepEqual(s.pairs[0]!.years, [
      { year: 2026, minutes: 61, rateCents: 9000, amountCents: 9150 },
      // -115 × 6250 / 60 = -11979.1666… → -11979
      { year: 2026, minutes: -115, rateCents: 6250, amountCents: -11979 },
    ]);
    assert.equal(s.pairs[0]!.amountCents, 9150 - 11979);
    assert.equal(s.positions.reduce((sum, p) => sum + p.netCents!, 0), 0);
  });

  test('a fixed rate equal to the year’s rate is priced together with the year’s minutes', () => {
    const s = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6250 }, entries: [entry(61, '2026-10-01'), entry(-30, '2026-07-02', 6250)] });
    assert.deepEqual(s.pairs[0]!.years, [{ year: 2026, minutes: 31, rateCents: 6250, amountCents: 3229 }]);
  });

  test('a fixed rate needs no rate for its year; the year’s own minutes still do', () => {
    const s = computeSettlement({ mode: 'hourly', ratesByYear: {}, entries: [entry(-60, '2025-12-01', 6000)] });
    assert.equal(s.totalAmountCents, -6000);
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: {}, entries: [entry(-60, '2025-12-01', 6000), entry(60, '2025-12-02')] }), MissingRateError);
  });

  test('in the none mode a fixed rate changes nothing: minutes only', () => {
    const s = computeSettlement({ mode: 'none', entries: [entry(61, '2026-10-01'), entry(-30, '2026-07-02', 6250)] });
    assert.deepEqual(s.pairs[0]!.years, [{ year: 2026, minutes: 31, rateCents: null, amountCents: null }]);
  });
});
