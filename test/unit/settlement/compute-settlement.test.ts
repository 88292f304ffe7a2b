import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MissingRateError,
  SettlementInputError,
  computeSettlement,
  type SettlementEntry,
} from '../../../src/domain/settlement/index.js';
import { randomInt, seededRandom } from '../matching/seeded-random.js';

const entry = (minutes: number, supplierId: string, userId: string, date: string): SettlementEntry => ({ minutes, supplierId, userId, date });

describe('several calendar years in one settlement', () => {
  // A year-end quarter straddles no year, but a yearly settlement of a late approval or a
  // multi-year correction does; every year uses its own rate.
  const settlement = computeSettlement({
    mode: 'hourly',
    ratesByYear: { 2025: 6000, 2026: 6250 },
    entries: [
      entry(45, 'A', 'B', '2025-12-30'),
      entry(30, 'A', 'B', '2025-12-31'),
      entry(61, 'A', 'B', '2026-01-02'),
      entry(120, 'B', 'A', '2026-01-03'),
    ],
  });

  test('minutes and amounts per pair-year with that year’s rate', () => {
    assert.deepEqual(settlement.pairs, [
      {
        supplierId: 'A',
        userId: 'B',
        minutes: 136,
        years: [
          { year: 2025, minutes: 75, rateCents: 6000, amountCents: 7500 },
          // 61 × 6250 / 60 = 6354.1666… → 6354
          { year: 2026, minutes: 61, rateCents: 6250, amountCents: 6354 },
        ],
        amountCents: 13854,
      },
      {
        supplierId: 'B',
        userId: 'A',
        minutes: 120,
        years: [{ year: 2026, minutes: 120, rateCents: 6250, amountCents: 12500 }],
        amountCents: 12500,
      },
    ]);
  });

  test('both directions between two municipalities net out in one transfer', () => {
    assert.deepEqual(settlement.positions.map((p) => [p.municipalityId, p.receivedCents, p.paidCents, p.netCents, p.netMinutes]), [
      ['A', 13854, 12500, 1354, 16],
      ['B', 12500, 13854, -1354, -16],
    ]);
    assert.deepEqual(settlement.transfers, [{ fromId: 'B', toId: 'A', amountCents: 1354 }]);
  });
});

describe("'none' mode: hours only", () => {
  const settlement = computeSettlement({
    mode: 'none',
    entries: [entry(630, 'STA', 'MEP', '2026-07-01'), entry(240, 'MEP', 'ZWL', '2026-07-01'), entry(60, 'MEP', 'MEP', '2026-07-02')],
  });

  test('no rates needed, no money, no transfers', () => {
    assert.equal(settlement.totalAmountCents, null);
    assert.deepEqual(settlement.transfers, []);
    assert.deepEqual(settlement.pairs[0]!.years, [{ year: 2026, minutes: 240, rateCents: null, amountCents: null }]);
    assert.equal(settlement.pairs[0]!.amountCents, null);
  });

  test('the same balances in minutes', () => {
    assert.deepEqual(
      settlement.positions.map((p) => [p.municipalityId, p.minutesSupplied, p.minutesUsed, p.netMinutes, p.ownMinutes, p.netCents]),
      [
        ['MEP', 240, 630, -390, 60, null],
        ['STA', 630, 0, 630, 0, null],
        ['ZWL', 0, 240, -240, 0, null],
      ],
    );
    assert.equal(settlement.settledMinutes, 870);
    assert.equal(settlement.ownMinutes, 60);
  });
});

describe('own mediators', () => {
  test('hours on the own municipality’s cases are reported but not settled', () => {
    const settlement = computeSettlement({
      mode: 'hourly',
      ratesByYear: { 2026: 6250 },
      entries: [entry(90, 'A', 'A', '2026-05-01'), entry(60, 'A', 'B', '2026-05-01')],
    });
    assert.deepEqual(settlement.pairs.map((p) => [p.supplierId, p.userId]), [['A', 'B']]);
    assert.deepEqual(settlement.positions.map((p) => [p.municipalityId, p.ownMinutes, p.minutesSupplied, p.netCents]), [
      ['A', 90, 60, 6250],
      ['B', 0, 0, -6250],
    ]);
    assert.equal(settlement.ownMinutes, 90);
    assert.equal(settlement.settledMinutes, 60);
  });

  test('a year with only own hours needs no rate', () => {
    const settlement = computeSettlement({ mode: 'hourly', ratesByYear: {}, entries: [entry(90, 'A', 'A', '2024-05-01')] });
    assert.deepEqual(settlement.transfers, []);
    assert.equal(settlement.totalAmountCents, 0);
  });
});

describe('errors and edge cases', () => {
  test('a missing rate is a typed error naming the year', () => {
    const run = () =>
      computeSettlement({
        mode: 'hourly',
        ratesByYear: { 2026: 6250 },
        entries: [entry(60, 'A', 'B', '2027-01-04'), entry(60, 'A', 'B', '2026-12-04'), entry(30, 'B', 'C', '2025-06-01')],
      });
    assert.throws(run, (error: unknown) => {
      assert.ok(error instanceof MissingRateError);
      assert.deepEqual(error.years, [2025, 2027]);
      assert.equal(error.year, 2025);
      assert.equal(error.message, 'Geen uurtarief voor 2025, 2027; er zijn uren in die jaren.');
      return true;
    });
    assert.throws(
      () => computeSettlement({ mode: 'hourly', entries: [entry(60, 'A', 'B', '2026-01-04')] }),
      { name: 'MissingRateError', message: 'Geen uurtarief voor 2026; er zijn uren in dat jaar.' },
    );
  });

  test('bad entries and rates are refused', () => {
    const rates = { 2026: 6250 };
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: rates, entries: [entry(1.5, 'A', 'B', '2026-01-01')] }), SettlementInputError);
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: rates, entries: [entry(60, 'A', 'B', '2026-02-30')] }), SettlementInputError);
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: rates, entries: [entry(60, 'A', 'B', '26-01-01')] }), SettlementInputError);
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: rates, entries: [entry(60, '', 'B', '2026-01-01')] }), SettlementInputError);
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 62.5 }, entries: [entry(60, 'A', 'B', '2026-01-01')] }), SettlementInputError);
    assert.throws(() => computeSettlement({ mode: 'hourly', ratesByYear: { 2026: -1 }, entries: [entry(60, 'A', 'B', '2026-01-01')] }), SettlementInputError);
  });

  test('members without hours get a zero line', () => {
    const settlement = computeSettlement({ mode: 'hourly', ratesByYear: {}, entries: [], municipalityIds: ['Z', 'A'] });
    assert.deepEqual(settlement.positions, [
      { municipalityId: 'A', minutesSupplied: 0, minutesUsed: 0, netMinutes: 0, ownMinutes: 0, receivedCents: 0, paidCents: 0, netCents: 0 },
      { municipalityId: 'Z', minutesSupplied: 0, minutesUsed: 0, netMinutes: 0, ownMinutes: 0, receivedCents: 0, paidCents: 0, netCents: 0 },
    ]);
    assert.deepEqual(settlement.transfers, []);
  });

  test('a negative correction reduces the pair', () => {
    const settlement = computeSettlement({
      mode: 'hourly',
      ratesByYear: { 2026: 6250 },
      entries: [entry(120, 'A', 'B', '2026-04-01'), entry(-30, 'A', 'B', '2026-04-02')],
    });
    assert.equal(settlement.pairs[0]!.minutes, 90);
    assert.equal(settlement.pairs[0]!.amountCents, 9375);
  });

  test('the result does not depend on the order of the entries', () => {
    const entries = [entry(7, 'C', 'A', '2026-01-01'), entry(11, 'A', 'B', '2026-01-01'), entry(13, 'B', 'C', '2026-01-01')];
    const forward = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6250 }, entries });
    const backward = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6250 }, entries: [...entries].reverse() });
    assert.deepEqual(backward, forward);
  });
});

describe('property: random ledgers', () => {
  test('nets sum to exactly zero, totals agree, transfers settle every position with at most n − 1', () => {
    const random = seededRandom(2026);
    const ids = ['GM0119', 'GM0180', 'GM1708', 'GM1701', 'GM1896', 'GM0307', 'GM0344', 'GM0355'];
    for (let round = 0; round < 400; round++) {
      const members = ids.slice(0, randomInt(random, 1, ids.length));
      const ratesByYear = { 2025: randomInt(random, 1, 12000), 2026: randomInt(random, 1, 12000), 2027: randomInt(random, 1, 12000) };
      const entries: SettlementEntry[] = Array.from({ length: randomInt(random, 0, 60) }, () => {
        const year = randomInt(random, 2025, 2027);
        return entry(
          randomInt(random, -30, 600),
          members[randomInt(random, 0, members.length - 1)]!,
          members[randomInt(random, 0, members.length - 1)]!,
          `${year}-${String(randomInt(random, 1, 12)).padStart(2, '0')}-${String(randomInt(random, 1, 28)).padStart(2, '0')}`,
        );
      });
      const s = computeSettlement({ mode: 'hourly', ratesByYear, entries, municipalityIds: members });
      const sum = (f: (p: (typeof s.positions)[number]) => number) => s.positions.reduce((acc, p) => acc + f(p), 0);
      assert.equal(sum((p) => p.netCents!), 0, `round ${round}`);
      assert.equal(sum((p) => p.receivedCents!), s.totalAmountCents);
      assert.equal(sum((p) => p.paidCents!), s.totalAmountCents);
      assert.equal(sum((p) => p.netMinutes), 0);
      assert.equal(sum((p) => p.minutesSupplied), s.settledMinutes);
      assert.equal(sum((p) => p.minutesUsed), s.settledMinutes);
      assert.equal(
        s.settledMinutes + s.ownMinutes,
        entries.reduce((acc, e) => acc + e.minutes, 0),
      );
      for (const pair of s.pairs) {
        for (const y of pair.years) assert.equal(y.amountCents, amountByHand(y.minutes, y.rateCents!));
      }
      const balance = new Map(s.positions.map((p) => [p.municipalityId, p.netCents!]));
      for (const t of s.transfers) {
        assert.ok(t.amountCents > 0);
        balance.set(t.fromId, balance.get(t.fromId)! + t.amountCents);
        balance.set(t.toId, balance.get(t.toId)! - t.amountCents);
      }
      assert.ok([...balance.values()].every((v) => v === 0), `round ${round}: transfers do not settle`);
      const nonZero = s.positions.filter((p) => p.netCents !== 0).length;
      assert.ok(s.transfers.length <= Math.max(0, nonZero - 1), `round ${round}: ${s.transfers.length} transfers for ${nonZero}`);
    }
  });
});

/** An independent reference with BigInt: floor((2·|m·r| + 60) / 120), signed. */
function amountByHand(minutes: number, rate: number): number {
  const product = BigInt(minutes) * BigInt(rate);
  const magnitude = product < 0n ? -product : product;
  const rounded = (2n * magnitude + 60n) / 120n;
  return Number(product < 0n ? -rounded : rounded);
}
