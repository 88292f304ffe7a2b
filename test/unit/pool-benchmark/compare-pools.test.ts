import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_GROUP, MIN_POOLS, comparePools, comparisonStatus, figureOf, medianOfShown, poolFigures, type PoolCounts } from '../../../src/domain/pool-benchmark/compare-pools.js';

const counts = (poolId: string, name: string, o: Partial<PoolCounts> = {}): PoolCounts => ({
  poolId,
  name,
  referrals: 10,
  concluded: 8,
  agreements: 6,
  assigned: 9,
  medianWorkingDaysToAssignment: 7,
  casesWithHours: 8,
  minutes: 8 * 600,
  withMediator: 9,
  fromOtherMunicipality: 9,
  answers: 5,
  satisfaction: 4.25,
  ...o,
});

describe('benchmark across pools: the small-number rule per figure', () => {
  test('a figure from 4 cases is withheld, from 5 shown, from none it does not exist', () => {
    assert.equal(MIN_GROUP, 5);
    assert.deepEqual(figureOf(50, MIN_GROUP - 1), { value: null, status: 'suppressed' });
    assert.deepEqual(figureOf(50, MIN_GROUP), { value: 50, status: 'shown' });
    assert.deepEqual(figureOf(null, 0), { value: null, status: 'none' });
  });

  test('each figure is judged on its own base: few concluded cases withhold the agreement share only', () => {
    const f = poolFigures(counts('a', 'A', { concluded: 4, agreements: 3 }));
    assert.equal(f.agreementShare.status, 'suppressed');
    assert.equal(f.referrals.value, 10);
    assert.equal(f.hoursPerCase.value, 10);
    assert.equal(f.agreementShare.value, null);
  });

  test('shares, hours per case and the mean score are rounded to one decimal', () => {
    const f = poolFigures(counts('a', 'A', { concluded: 6, agreements: 4, minutes: 5 * 95, casesWithHours: 5, withMediator: 6, fromOtherMunicipality: 5 }));
    assert.equal(f.agreementShare.value, 66.7);
    assert.equal(f.hoursPerCase.value, 1.6);
    assert.equal(f.otherMunicipalityShare.value, 83.3);
    assert.equal(f.satisfaction.value, 4.3);
  });

  test('no referrals is 0, shown; 1 to 4 referrals are withheld', () => {
    assert.deepEqual(poolFigures(counts('a', 'A', { referrals: 0 })).referrals, { value: 0, status: 'shown' });
    assert.deepEqual(poolFigures(counts('a', 'A', { referrals: 4 })).referrals, { value: null, status: 'suppressed' });
  });
});

describe('benchmark across pools: who sees a comparison', () => {
  test('a pool that has not agreed sees none; below three pools nobody does', () => {
    assert.equal(MIN_POOLS, 3);
    assert.equal(comparisonStatus(false, 10), 'not-participating');
    assert.equal(comparisonStatus(true, MIN_POOLS - 1), 'too-few-pools');
    assert.equal(comparisonStatus(true, MIN_POOLS), 'shown');
  });

  test('two pools that agreed: no rows, no median', () => {
    const c = comparePools([counts('a', 'A'), counts('b', 'B')], 'a');
    assert.deepEqual(c, { status: 'too-few-pools', participants: 2, rows: [], median: null });
  });

  test('a pool that is not among those that agreed gets nothing of theirs', () => {
    const c = comparePools([counts('a', 'A'), counts('b', 'B'), counts('c', 'C')], 'x');
    assert.equal(c.status, 'not-participating');
    assert.deepEqual(c.rows, []);
  });

  test('own row first, the others by name; the median is of the figures shown only', () => {
    const c = comparePools(
      [counts('z', 'Zuid', { medianWorkingDaysToAssignment: 3 }), counts('b', 'Beekdal', { medianWorkingDaysToAssignment: 9 }), counts('m', 'Midden', { medianWorkingDaysToAssignment: 100, assigned: 2 })],
      'm',
    );
    assert.equal(c.status, 'shown');
    assert.deepEqual(c.rows.map((r) => [r.name, r.own]), [['Midden', true], ['Beekdal', false], ['Zuid', false]]);
    assert.equal(c.rows[0]!.figures.medianWorkingDaysToAssignment.status, 'suppressed');
    // (3 + 9) / 2: the withheld 100 does not move the middle.
    assert.equal(c.median!.medianWorkingDaysToAssignment, 6);
  });

  test('the median of an odd number of figures is the middle one; of none, null', () => {
    assert.equal(medianOfShown([figureOf(1, 5), figureOf(9, 5), figureOf(4, 5)]), 4);
    assert.equal(medianOfShown([figureOf(1, 2)]), null);
  });
});
