import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEuros, MAX_RATE_CENTS } from '../../../src/web/features/registry/format.js';
import { parseDuration, minutesToInput } from '../../../src/web/features/hours/duration.js';
import { parseHourValues } from '../../../src/web/features/hours/hour-values.js';
import { parseDeclaredTime } from '../../../src/web/features/settlement/declared-time.js';

/** What people type in the money and time fields, read before anything is sent to the server. */
describe('money typed in euros becomes integer cents', () => {
  test('Dutch and English notations, with or without the euro sign and cents', () => {
    const cases: [string, number][] = [
      ['62,50', 6250],
      ['€ 62,5', 6250],
      ['62.50', 6250],
      ['62', 6200],
      ['1.250,00', 125000],
      ['1.250', 125000], // a dot before exactly three digits separates thousands
      ['0,01', 1],
      ['\u00a0€\u00a0125,00 ', 12500],
      ['1 250,00', 125000], // spaces are ignored, as in a thousands group
    ];
    for (const [typed, cents] of cases) assert.deepEqual(parseEuros(typed), { cents }, typed);
  });

  test('empty, malformed, zero, negative and too high are named problems', () => {
    assert.deepEqual(parseEuros('  '), { problem: 'required' });
    for (const typed of ['62,505', 'abc', '62,-', '1,250.00', '.50']) assert.deepEqual(parseEuros(typed), { problem: 'format' }, typed);
    assert.deepEqual(parseEuros('0,00'), { problem: 'zero' });
    assert.deepEqual(parseEuros('-5'), { problem: 'negative' });
    assert.deepEqual(parseEuros(String(MAX_RATE_CENTS / 100)), { cents: MAX_RATE_CENTS }, 'the highest rate is allowed');
    assert.deepEqual(parseEuros('10.000,01'), { problem: 'tooHigh' });
    assert.deepEqual(parseEuros('9'.repeat(30)), { problem: 'tooHigh' }, 'never a float or an unsafe integer');
  });
});

describe('time typed as minutes or hours:minutes', () => {
  test('hours on one day: 1 minute up to 24 hours', () => {
    assert.deepEqual(parseDuration('90'), { minutes: 90 });
    assert.deepEqual(parseDuration(' 1:30 '), { minutes: 90 });
    assert.deepEqual(parseDuration('24:00'), { minutes: 1440 });
    assert.deepEqual(parseDuration('1440'), { minutes: 1440 });
    assert.deepEqual(parseDuration('1441'), { problem: 'timeRange' });
    assert.deepEqual(parseDuration('0'), { problem: 'timeRange' });
    assert.deepEqual(parseDuration('0:00'), { problem: 'timeRange' });
    assert.deepEqual(parseDuration('1:60'), { problem: 'timeFormat' });
    assert.deepEqual(parseDuration('1,5'), { problem: 'timeFormat' });
    assert.deepEqual(parseDuration(''), { problem: 'timeRequired' });
    for (const m of [1, 59, 60, 61, 1439, 1440]) assert.deepEqual(parseDuration(minutesToInput(m)), { minutes: m }, `${m} survives a round trip`);
  });

  test('an external mediator’s declaration may span many days, up to the API’s 100,000 minutes', () => {
    assert.deepEqual(parseDeclaredTime('12:30'), { minutes: 750 });
    assert.deepEqual(parseDeclaredTime('1666:40'), { minutes: 100000 });
    assert.deepEqual(parseDeclaredTime('100001'), { problem: 'timeRange' });
    assert.deepEqual(parseDeclaredTime('0'), { problem: 'timeRange' });
    assert.deepEqual(parseDeclaredTime('twee uur'), { problem: 'timeFormat' });
    assert.deepEqual(parseDeclaredTime(' '), { problem: 'timeRequired' });
  });
});

describe('the hour fields', () => {
  const values = { date: '2026-11-20', time: '1:30', activity: 'session' as const, km: '', note: '  ' };

  test('valid fields become the API input: km empty is none, a blank note is none', () => {
    assert.deepEqual(parseHourValues(values), { input: { date: '2026-11-20', minutes: 90, activity: 'session', travelKm: null, note: null } });
    assert.deepEqual(parseHourValues({ ...values, km: ' 42 ', note: ' Intake ' }), { input: { date: '2026-11-20', minutes: 90, activity: 'session', travelKm: 42, note: 'Intake' } });
  });

  test('every field with a problem is named at once', () => {
    assert.deepEqual(parseHourValues({ ...values, date: '', time: '25:00', km: '12,5' }), { problems: { date: 'dateRequired', minutes: 'timeRange', travelKm: 'kmFormat' } });
    assert.deepEqual(parseHourValues({ ...values, km: '10000' }), { problems: { travelKm: 'kmFormat' } });
  });
});
