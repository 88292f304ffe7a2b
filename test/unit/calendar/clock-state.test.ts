import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  CLOCK_STATE_LABELS,
  clockState,
  isClockState,
  workingDaysLeft,
  worstClockState,
} from '../../../src/domain/calendar/clock-state.js';
import { poolCalendar } from '../../../src/domain/calendar/working-calendar.js';

const pool = poolCalendar();

describe('clockState', () => {
  // Due Friday 13 November 2026.
  const due = '2026-11-13';

  test('on time with more than two working days left', () => {
    assert.equal(workingDaysLeft(due, '2026-11-09', pool), 4);
    assert.equal(clockState(due, '2026-11-09', pool), 'on_time');
    assert.equal(workingDaysLeft(due, '2026-11-10', pool), 3);
    assert.equal(clockState(due, '2026-11-10', pool), 'on_time');
  });

  test('due soon with two, one or zero working days left (the due day itself)', () => {
    assert.equal(clockState(due, '2026-11-11', pool), 'due_soon');
    assert.equal(clockState(due, '2026-11-12', pool), 'due_soon');
    assert.equal(workingDaysLeft(due, '2026-11-13', pool), 0);
    assert.equal(clockState(due, '2026-11-13', pool), 'due_soon');
  });

  test('overdue from the calendar day after the due day, also on a weekend', () => {
    assert.equal(clockState(due, '2026-11-14', pool), 'overdue');
    assert.equal(clockState(due, '2026-11-16', pool), 'overdue');
    assert.equal(workingDaysLeft(due, '2026-11-16', pool), -1);
  });

  test('weekends and holidays do not count as days left', () => {
    // Due Monday 28 December 2026; on Wednesday 23rd: 24th and 28th are left.
    assert.equal(clockState('2026-12-28', '2026-12-23', pool), 'due_soon');
    assert.equal(clockState('2026-12-28', '2026-12-22', pool), 'on_time');
    // A pool closed on the 24th has only one working day left then.
    assert.equal(workingDaysLeft('2026-12-28', '2026-12-23', poolCalendar(['2026-12-24'])), 1);
    // On Friday, due the next Wednesday: Mon, Tue, Wed = 3 left.
    assert.equal(clockState('2026-11-11', '2026-11-06', pool), 'on_time');
    assert.equal(clockState('2026-11-10', '2026-11-06', pool), 'due_soon');
  });

  test('labels and guard', () => {
    assert.equal(CLOCK_STATE_LABELS.due_soon, 'Bijna verlopen');
    assert.equal(isClockState('overdue'), true);
    assert.equal(isClockState('late'), false);
  });
});

describe('worstClockState', () => {
  test('overdue beats due soon beats on time; stopped clocks are ignored', () => {
    assert.equal(worstClockState(['on_time', 'overdue', 'due_soon']), 'overdue');
    assert.equal(worstClockState(['on_time', 'due_soon', null]), 'due_soon');
    assert.equal(worstClockState(['on_time', undefined]), 'on_time');
    assert.equal(worstClockState([null, undefined]), null);
    assert.equal(worstClockState([]), null);
  });
});
