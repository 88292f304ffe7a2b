import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { compareCaseNumbers, formatCaseNumber, isCaseNumber, MAX_CASE_SEQUENCE, parseCaseNumber } from '../../../src/domain/cases/case-number.js';
import { DomainError } from '../../../src/domain/calendar/domain-error.js';

describe('case numbers MP-YYYY-NNNN', () => {
  test('format pads the sequence to four digits', () => {
    assert.equal(formatCaseNumber(2026, 1), 'MP-2026-0001');
    assert.equal(formatCaseNumber(2026, 42), 'MP-2026-0042');
    assert.equal(formatCaseNumber(2027, 9999), 'MP-2027-9999');
    assert.equal(formatCaseNumber(2027, 10000), 'MP-2027-10000');
    assert.equal(formatCaseNumber(2027, 27_000), 'MP-2027-27000');
    assert.equal(formatCaseNumber(2027, MAX_CASE_SEQUENCE), 'MP-2027-2147483647');
  });

  test('format refuses nonsense', () => {
    for (const [y, s] of [
      [2026, 0],
      [2026, -1],
      [2026, 1.5],
      [1999, 1],
      [10000, 1],
      [2026.5, 1],
      [2026, MAX_CASE_SEQUENCE + 1],
    ] as const) {
      assert.throws(() => formatCaseNumber(y, s), (e: unknown) => e instanceof DomainError && e.code === 'invalid_case_number', `${y}/${s}`);
    }
  });

  test('parse gives the parts back', () => {
    assert.deepEqual(parseCaseNumber('MP-2026-0001'), { year: 2026, sequence: 1 });
    assert.deepEqual(parseCaseNumber('MP-2027-10000'), { year: 2027, sequence: 10000 });
    assert.deepEqual(parseCaseNumber(' mp-2026-0042 '), { year: 2026, sequence: 42 });
  });

  test('parse refuses everything but the canonical form', () => {
    for (const text of ['MP-2026-010000', 'MP-2026-12345678901', 'MP-2026-2147483648', 'MP-2026-1', 'MP-2026-001', 'MP-2026-00001', 'MP-2026-0000', 'MP-26-0001', 'MP-1999-0001', 'XP-2026-0001', 'MP 2026 0001', 'MP-2026-0001x', '', 'MP-2026-０００１']) {
      assert.equal(parseCaseNumber(text), null, text);
      assert.equal(isCaseNumber(text), false, text);
    }
  });

  test('round trip', () => {
    for (const [y, s] of [
      [2026, 1],
      [2030, 1234],
      [2099, 123456],
      [2026, 9999],
      [2026, 10000],
    ] as const) {
      assert.deepEqual(parseCaseNumber(formatCaseNumber(y, s)), { year: y, sequence: s });
    }
  });

  test('order is by year, then sequence: MP-2026-10000 comes after MP-2026-9999', () => {
    const numbers = ['MP-2026-10000', 'MP-2027-0001', 'MP-2026-9999', 'MP-2025-10001', 'MP-2026-0002', 'MP-2026-100000'];
    assert.deepEqual([...numbers].sort(compareCaseNumbers), ['MP-2025-10001', 'MP-2026-0002', 'MP-2026-9999', 'MP-2026-10000', 'MP-2026-100000', 'MP-2027-0001']);
    assert.equal(compareCaseNumbers('MP-2026-0042', 'MP-2026-0042'), 0);
  });
});
