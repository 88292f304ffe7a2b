import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_GROUP, isSmallCount, suppressSmallGroups, withholdSmall } from '../../../src/domain/reports/small-numbers.js';

const spec = { counts: [{ key: 'count', dependents: ['share'] }], totalShown: true };
const rows = (...counts: number[]) => {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((count, i) => ({ key: `g${i}`, count, share: Math.round((1000 * count) / total) / 10 }));
};

describe('the small-number rule (issue 12, item 13)', () => {
  test('boundaries: 4 is withheld, 5 is shown, 0 is shown', () => {
    assert.equal(MIN_GROUP, 5);
    assert.deepEqual([0, 1, 4, 5, 6].map(isSmallCount), [false, true, true, false, false]);
    assert.deepEqual([withholdSmall(4), withholdSmall(5), withholdSmall(0), withholdSmall(null)], [null, 5, 0, null]);
    const r = suppressSmallGroups(rows(4, 5, 5, 0), spec);
    assert.deepEqual(r.rows.map((x) => x.count), [null, null, 5, 0], 'the 4, and one 5 so that 14 − 5 − 5 does not give the 4 away');
    assert.deepEqual(r.rows.map((x) => x.share), [null, null, 35.7, 0]);
  });

  test('nothing small: nothing withheld, rows equal', () => {
    const input = rows(5, 6, 0);
    const r = suppressSmallGroups(input, spec);
    assert.deepEqual(r.rows, input);
    assert.deepEqual(r.withheld, []);
  });

  test('a single suppression triggers a second: the next-smallest non-zero group', () => {
    const r = suppressSmallGroups(rows(3, 7, 0, 12), spec);
    assert.deepEqual(r.rows.map((x) => x.count), [null, null, 0, 12]);
    assert.deepEqual(r.withheld, [{ row: 0, column: 'count' }, { row: 0, column: 'share' }, { row: 1, column: 'count' }, { row: 1, column: 'share' }]);
  });

  test('two small groups protect each other; no total published, no second suppression', () => {
    assert.deepEqual(suppressSmallGroups(rows(3, 2, 9), spec).rows.map((x) => x.count), [null, null, 9]);
    assert.deepEqual(suppressSmallGroups(rows(3, 9, 8), { ...spec, totalShown: false }).rows.map((x) => x.count), [null, 9, 8]);
  });

  test('totals: every withheld column keeps at least two withheld cells, whatever the counts', () => {
    for (let a = 0; a < 9; a += 1)
      for (let b = 0; b < 9; b += 1)
        for (let c = 0; c < 9; c += 1) {
          const out = suppressSmallGroups(rows(a, b, c), spec).rows;
          const shown = out.filter((x) => x.count !== null);
          assert.ok(!shown.some((x) => isSmallCount(x.count)), `${a},${b},${c}`);
          const withheldNonZero = [a, b, c].filter((v, i) => out[i]!.count === null && v > 0).length;
          if (withheldNonZero === 1) assert.ok([a, b, c].filter((v) => v > 0).length === 1, `${a},${b},${c}: only one group, the total is it`);
        }
  });

  test('a part of a withheld count (with written agreement) is withheld, and its own column is protected', () => {
    const r = suppressSmallGroups(
      [
        { key: 'full', count: 7, share: 70, written: 6 },
        { key: 'none', count: 3, share: 30, written: 0 },
        { key: 'partial', count: 0, share: 0, written: 0 },
      ],
      { counts: [{ key: 'count', dependents: ['share', 'written'] }, { key: 'written' }], totalShown: true },
    );
    assert.deepEqual(r.rows.map((x) => [x.count, x.share, x.written]), [[null, null, null], [null, null, null], [0, 0, 0]]);
    const months = suppressSmallGroups(
      [
        { month: '2025-01', count: 6, previous_year: 2 },
        { month: '2025-02', count: 8, previous_year: 9 },
        { month: '2025-03', count: 0, previous_year: 11 },
      ],
      { counts: [{ key: 'count' }, { key: 'previous_year' }], totalShown: true },
    );
    assert.deepEqual(months.rows.map((x) => [x.count, x.previous_year]), [[6, null], [8, null], [0, 11]]);
  });
});
