import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamOffsetMinutes, fromAmsterdamLocal, toAmsterdamLocal } from '../../../src/domain/ical/index.js';

const instant = (date: string, time: string) => {
  const r = fromAmsterdamLocal(date, time);
  assert.ok(r.ok, `${date} ${time} exists`);
  return r.instant.toISOString();
};

describe('Amsterdam wall clock', () => {
  test('both sides of the October 2026 change (Sunday 25 October)', () => {
    assert.equal(instant('2026-10-24', '14:00'), '2026-10-24T12:00:00.000Z');
    assert.equal(instant('2026-10-26', '14:00'), '2026-10-26T13:00:00.000Z');
    assert.deepEqual(toAmsterdamLocal(new Date('2026-10-24T12:00:00Z')), { date: '2026-10-24', time: '14:00' });
    assert.deepEqual(toAmsterdamLocal(new Date('2026-10-26T13:00:00Z')), { date: '2026-10-26', time: '14:00' });
  });

  test('both sides of the March 2026 change (Sunday 29 March)', () => {
    assert.equal(instant('2026-03-28', '09:30'), '2026-03-28T08:30:00.000Z');
    assert.equal(instant('2026-03-30', '09:30'), '2026-03-30T07:30:00.000Z');
  });

  test('the exact switch instants', () => {
    assert.equal(amsterdamOffsetMinutes(new Date('2026-03-29T00:59:59Z')), 60);
    assert.equal(amsterdamOffsetMinutes(new Date('2026-03-29T01:00:00Z')), 120);
    assert.equal(amsterdamOffsetMinutes(new Date('2026-10-25T00:59:59Z')), 120);
    assert.equal(amsterdamOffsetMinutes(new Date('2026-10-25T01:00:00Z')), 60);
  });

  test('a skipped time does not exist; a doubled time is taken in summer time', () => {
    assert.deepEqual(fromAmsterdamLocal('2026-03-29', '02:30'), { ok: false, reason: 'nonexistent' });
    const doubled = fromAmsterdamLocal('2026-10-25', '02:30');
    assert.ok(doubled.ok);
    assert.equal(doubled.instant.toISOString(), '2026-10-25T00:30:00.000Z');
    assert.equal(doubled.ambiguous, true);
    assert.equal(instant('2026-10-25', '03:00'), '2026-10-25T02:00:00.000Z');
  });

  test('malformed dates and times are refused', () => {
    for (const [d, t] of [['2026-02-30', '10:00'], ['2026-13-01', '10:00'], ['2026-10-24', '24:00'], ['2026-10-24', '9:00'], ['26-10-24', '10:00']] as const) {
      assert.deepEqual(fromAmsterdamLocal(d, t), { ok: false, reason: 'invalid' }, `${d} ${t}`);
    }
  });

  test('agrees with the platform time-zone database for every hour of 2025-2027', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 3600_000) {
      const parts = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
      const expected = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
      assert.deepEqual(toAmsterdamLocal(new Date(ms)), expected, new Date(ms).toISOString());
    }
  });
});
