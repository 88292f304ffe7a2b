import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SettlementInputError, planTransfers, type NetPosition } from '../../../src/domain/settlement/index.js';
import { randomInt, seededRandom } from '../matching/seeded-random.js';

const nets = (entries: Record<string, number>): NetPosition[] =>
  Object.entries(entries).map(([municipalityId, netCents]) => ({ municipalityId, netCents }));

describe('planTransfers', () => {
  test('an exact match is settled first and saves a transfer', () => {
    // Largest-to-largest alone: C→A 9, D→B 6, E→B 3, E→A 1 = 4 transfers.
    // Exact match first: C→B 9, then D→A 6, E→A 4 = 3 transfers (the minimum here).
    assert.deepEqual(planTransfers(nets({ A: 1000, B: 900, C: -900, D: -600, E: -400 })), [
      { fromId: 'C', toId: 'B', amountCents: 900 },
      { fromId: 'D', toId: 'A', amountCents: 600 },
      { fromId: 'E', toId: 'A', amountCents: 400 },
    ]);
  });

  test('one creditor, several debtors', () => {
    assert.deepEqual(planTransfers(nets({ STA: 65625, MEP: -40625, ZWL: -25000 })), [
      { fromId: 'MEP', toId: 'STA', amountCents: 40625 },
      { fromId: 'ZWL', toId: 'STA', amountCents: 25000 },
    ]);
  });

  test('largest debtor pays largest creditor when nothing matches exactly', () => {
    assert.deepEqual(planTransfers(nets({ A: 700, B: 500, C: -800, D: -400 })), [
      { fromId: 'C', toId: 'A', amountCents: 700 },
      { fromId: 'C', toId: 'B', amountCents: 100 },
      { fromId: 'D', toId: 'B', amountCents: 400 },
    ]);
  });

  test('ties are broken by id, whatever the input order', () => {
    const expected = [
      { fromId: 'C', toId: 'A', amountCents: 100 },
      { fromId: 'D', toId: 'B', amountCents: 100 },
    ];
    assert.deepEqual(planTransfers(nets({ A: 100, B: 100, C: -100, D: -100 })), expected);
    assert.deepEqual(planTransfers(nets({ D: -100, B: 100, C: -100, A: 100 })), expected);
  });

  test('nothing to settle', () => {
    assert.deepEqual(planTransfers([]), []);
    assert.deepEqual(planTransfers(nets({ A: 0, B: 0 })), []);
  });

  test('positions that do not sum to zero, fractions or duplicates are refused', () => {
    assert.throws(() => planTransfers(nets({ A: 100, B: -99 })), SettlementInputError);
    assert.throws(() => planTransfers(nets({ A: 0.5, B: -0.5 })), SettlementInputError);
    assert.throws(
      () => planTransfers([{ municipalityId: 'A', netCents: 1 }, { municipalityId: 'A', netCents: -1 }]),
      SettlementInputError,
    );
  });

  test('property: at most n − 1 transfers, each from a debtor to a creditor, settling everything', () => {
    const random = seededRandom(31);
    for (let round = 0; round < 2000; round++) {
      const n = randomInt(random, 1, 12);
      const values = Array.from({ length: n - 1 }, () => (random() < 0.2 ? 0 : randomInt(random, -50, 50) * (random() < 0.5 ? 1 : 137)));
      values.push(-values.reduce((a, b) => a + b, 0));
      const positions = values.map((netCents, i) => ({ municipalityId: `M${String(i).padStart(2, '0')}`, netCents }));
      const transfers = planTransfers(positions);
      const balance = new Map(positions.map((p) => [p.municipalityId, p.netCents]));
      for (const t of transfers) {
        assert.ok(t.amountCents > 0);
        assert.ok(balance.get(t.fromId)! < 0, 'payer must be a debtor');
        assert.ok(balance.get(t.toId)! > 0, 'payee must be a creditor');
        balance.set(t.fromId, balance.get(t.fromId)! + t.amountCents);
        balance.set(t.toId, balance.get(t.toId)! - t.amountCents);
      }
      assert.ok([...balance.values()].every((v) => v === 0), `round ${round}`);
      const nonZero = values.filter((v) => v !== 0).length;
      assert.ok(transfers.length <= Math.max(0, nonZero - 1), `round ${round}`);
    }
  });
});
