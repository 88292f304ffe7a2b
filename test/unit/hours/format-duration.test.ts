import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration } from '../../../src/domain/hours/format-duration.js';

describe('hours as a person reads them', () => {
  test('hours and minutes in Dutch and English', () => {
    assert.equal(formatDuration(90, 'nl'), '1 u 30 min');
    assert.equal(formatDuration(90, 'en'), '1 h 30 min');
    assert.equal(formatDuration(120, 'nl'), '2 u');
    assert.equal(formatDuration(120, 'en'), '2 h');
    assert.equal(formatDuration(1440, 'nl'), '24 u');
  });

  test('under an hour in minutes only; zero is 0 min', () => {
    assert.equal(formatDuration(45, 'nl'), '45 min');
    assert.equal(formatDuration(1, 'en'), '1 min');
    assert.equal(formatDuration(0, 'nl'), '0 min');
  });

  test('a negative correction keeps its minus sign', () => {
    assert.equal(formatDuration(-15, 'nl'), '−15 min');
    assert.equal(formatDuration(-75, 'en'), '−1 h 15 min');
  });

  test('large totals group their thousands (report figures)', () => {
    assert.equal(formatDuration(1000 * 60 + 5, 'nl'), '1.000 u 5 min');
    assert.equal(formatDuration(1000 * 60, 'en'), '1,000 h');
  });
});
