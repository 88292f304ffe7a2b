import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentWindow, outsideAssignment, takesHoursOn } from '../../../src/domain/cases/assignment-window.js';

describe('assignment window: the days a mediator logs hours on a case', () => {
  const open = assignmentWindow({ referredOn: '2026-06-01', assignedOn: '2026-06-15', closedOn: null });
  const closed = assignmentWindow({ referredOn: '2026-06-01', assignedOn: '2026-06-15', closedOn: '2026-06-20' });

  test('from the day of the assignment, never before the referral', () => {
    assert.deepEqual(open, { from: '2026-06-15', until: null });
    assert.equal(assignmentWindow({ referredOn: '2026-06-10', assignedOn: '2026-06-01', closedOn: null }).from, '2026-06-10');
    assert.equal(outsideAssignment('2026-06-14', open), 'before-assignment');
    assert.equal(outsideAssignment('2026-06-15', open), null);
    assert.equal(outsideAssignment('2027-01-01', open), null);
  });

  test('up to and including the day the case was closed', () => {
    assert.equal(outsideAssignment('2026-06-20', closed), null);
    assert.equal(outsideAssignment('2026-06-21', closed), 'after-close');
    assert.equal(takesHoursOn('2026-06-20', closed), true);
    assert.equal(takesHoursOn('2026-06-21', closed), false);
    assert.equal(takesHoursOn('2027-01-01', open), true);
  });
});
