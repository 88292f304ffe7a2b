import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { aftercareReminderRecipients, isAftercareReminderDue } from '../../../src/domain/cases/aftercare-reminder.js';
import { CASE_STATUSES } from '../../../src/domain/cases/case-status.js';

describe('aftercare reminder: when it is due', () => {
  const open = { status: 'concluded' as const, aftercareDueOn: '2026-07-13', aftercareRecorded: false };

  test('due on the due date and every day after, not the day before', () => {
    assert.equal(isAftercareReminderDue(open, '2026-07-12'), false);
    assert.equal(isAftercareReminderDue(open, '2026-07-13'), true);
    assert.equal(isAftercareReminderDue(open, '2026-07-14'), true);
    assert.equal(isAftercareReminderDue(open, '2027-01-01'), true, 'a forgotten one stays due');
  });

  test('across a month and a year boundary (plain date order)', () => {
    assert.equal(isAftercareReminderDue({ ...open, aftercareDueOn: '2027-01-01' }, '2026-12-31'), false);
    assert.equal(isAftercareReminderDue({ ...open, aftercareDueOn: '2026-03-01' }, '2026-02-28'), false);
    assert.equal(isAftercareReminderDue({ ...open, aftercareDueOn: '2026-02-28' }, '2026-03-01'), true);
  });

  test('only while the case is concluded or in aftercare', () => {
    for (const status of CASE_STATUSES) {
      const expected = status === 'concluded' || status === 'aftercare';
      assert.equal(isAftercareReminderDue({ ...open, status }, '2026-08-01'), expected, status);
    }
  });

  test('never once aftercare is recorded, nor without a due date', () => {
    assert.equal(isAftercareReminderDue({ ...open, aftercareRecorded: true }, '2026-08-01'), false);
    assert.equal(isAftercareReminderDue({ ...open, aftercareDueOn: null }, '2026-08-01'), false);
  });
});

describe('aftercare reminder: who gets it', () => {
  test('the lead mediator when their account is usable', () => {
    assert.deepEqual(
      aftercareReminderRecipients([
        { role: 'co', userId: 'co', accountUsable: true },
        { role: 'lead', userId: 'lead', accountUsable: true },
      ]),
      { kind: 'mediators', userIds: ['lead'] },
    );
  });

  test('a usable co-mediator when the lead cannot sign in', () => {
    assert.deepEqual(
      aftercareReminderRecipients([
        { role: 'lead', userId: 'lead', accountUsable: false },
        { role: 'co', userId: 'co', accountUsable: true },
        { role: 'co', userId: 'co2', accountUsable: false },
      ]),
      { kind: 'mediators', userIds: ['co'] },
    );
  });

  test('the coordinators when no mediator on the case can sign in, or there is none', () => {
    assert.deepEqual(aftercareReminderRecipients([]), { kind: 'coordinators' });
    assert.deepEqual(
      aftercareReminderRecipients([
        { role: 'lead', userId: null, accountUsable: false },
        { role: 'co', userId: 'co', accountUsable: false },
      ]),
      { kind: 'coordinators' },
    );
    assert.deepEqual(aftercareReminderRecipients([{ role: 'lead', userId: null, accountUsable: true }]), { kind: 'coordinators' }, 'no account, nobody to mail');
  });
});
