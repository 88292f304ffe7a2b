import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cycleYears, resolveCycle } from '../../../src/domain/upkeep/cycle.js';

describe('the running upkeep cycle', () => {
  test('a recorded cycle start rolls forward in whole cycles to the one running today', () => {
    assert.deepEqual(resolveCycle('2025-06-01', '2019-03-01', null), { start: '2025-03-01', end: '2028-03-01', basis: 'cycle_start' });
    assert.deepEqual(resolveCycle('2025-02-28', '2019-03-01', null), { start: '2022-03-01', end: '2025-03-01', basis: 'cycle_start' });
  });

  test('the last day of a cycle still belongs to it; the next day starts a new one', () => {
    assert.equal(resolveCycle('2025-12-31', '2023-01-01', null).start, '2023-01-01');
    assert.equal(resolveCycle('2026-01-01', '2023-01-01', null).start, '2026-01-01');
  });

  test('a cycle start in the future counts back to the cycle running today', () => {
    assert.deepEqual(resolveCycle('2025-06-01', '2026-01-01', null), { start: '2023-01-01', end: '2026-01-01', basis: 'cycle_start' });
  });

  test('without a cycle start the registration expiry ends the cycle', () => {
    assert.deepEqual(resolveCycle('2025-06-01', null, '2026-09-15'), { start: '2023-09-15', end: '2026-09-15', basis: 'registration' });
  });

  test('without either, the three years ending today (today included)', () => {
    assert.deepEqual(resolveCycle('2025-06-01', null, null), { start: '2022-06-02', end: '2025-06-02', basis: 'rolling' });
  });

  test('29 February does not drift', () => {
    assert.deepEqual(resolveCycle('2030-03-01', '2024-02-29', null), { start: '2030-02-28', end: '2033-02-28', basis: 'cycle_start' });
  });

  test('three years of a cycle', () => {
    assert.deepEqual(
      cycleYears({ start: '2023-01-01', end: '2026-01-01', basis: 'cycle_start' }).map((y) => [y.start, y.end]),
      [
        ['2023-01-01', '2024-01-01'],
        ['2024-01-01', '2025-01-01'],
        ['2025-01-01', '2026-01-01'],
      ],
    );
  });
});
