import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hourFlags, type HourFlagFacts } from '../../../src/domain/hours/hour-flags.js';

// 2026-11-02 is a Monday; 2026-11-07 a Saturday, 2026-11-08 a Sunday.
const base: HourFlagFacts = {
  date: '2026-11-02',
  minutes: 90,
  activity: 'session',
  correction: false,
  assignment: { from: '2026-10-15', until: null },
  sessionMinutes: null,
};

describe('hour flags for the approval queue', () => {
  test('an ordinary weekday entry inside the assignment has none', () => {
    assert.deepEqual(hourFlags(base), []);
  });

  test('outside the assignment: before the assignment day, after the close, or never assigned; the boundary days are inside', () => {
    assert.deepEqual(hourFlags({ ...base, date: '2026-10-14' }), ['outside-assignment']);
    assert.deepEqual(hourFlags({ ...base, date: '2026-10-15' }), []);
    assert.deepEqual(hourFlags({ ...base, assignment: { from: '2026-10-15', until: '2026-11-02' } }), []);
    assert.deepEqual(hourFlags({ ...base, date: '2026-11-03', assignment: { from: '2026-10-15', until: '2026-11-02' } }), ['outside-assignment']);
    assert.deepEqual(hourFlags({ ...base, assignment: null }), ['outside-assignment']);
  });

  test("more than the day's session length, only for session entries and only when a session exists", () => {
    assert.deepEqual(hourFlags({ ...base, sessionMinutes: 60 }), ['longer-than-session']);
    assert.deepEqual(hourFlags({ ...base, sessionMinutes: 90 }), [], 'exactly the session length is fine');
    assert.deepEqual(hourFlags({ ...base, sessionMinutes: 120 }), []);
    assert.deepEqual(hourFlags({ ...base, activity: 'preparation', sessionMinutes: 60 }), [], 'preparation may take longer than the session');
    assert.deepEqual(hourFlags({ ...base, sessionMinutes: null, minutes: 600 }), [], 'no session that day: nothing to compare with');
  });

  test('a Saturday or a Sunday, not a Friday or a Monday', () => {
    assert.deepEqual(hourFlags({ ...base, date: '2026-11-07' }), ['weekend']);
    assert.deepEqual(hourFlags({ ...base, date: '2026-11-08' }), ['weekend']);
    assert.deepEqual(hourFlags({ ...base, date: '2026-11-06' }), []);
    assert.deepEqual(hourFlags({ ...base, date: '2026-11-09' }), []);
  });

  test('several at once, in a fixed order; a correction has none', () => {
    assert.deepEqual(hourFlags({ ...base, date: '2026-10-11', sessionMinutes: 30 }), ['outside-assignment', 'longer-than-session', 'weekend']);
    assert.deepEqual(hourFlags({ ...base, date: '2026-10-11', correction: true, minutes: -30 }), []);
  });
});
