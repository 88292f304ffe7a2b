import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { caseClocks } from '../../../src/domain/calendar/case-clocks.js';
import { evaluateClock } from '../../../src/domain/calendar/clock-evaluation.js';
import { evaluateServiceNorms, isValidNormDays } from '../../../src/domain/calendar/service-norms.js';
import { DomainError } from '../../../src/domain/calendar/domain-error.js';
import { poolCalendar } from '../../../src/domain/calendar/working-calendar.js';

const pool = poolCalendar();
// Referral Monday 2 November 2026: first contact due +2 (Wed 4 Nov), assignment +10
// (Mon 16 Nov), conclusion +40 (Tue 29 Dec: 20 working days in November, 18 up to 24 December,
// Christmas and Boxing Day skipped, then 28 and 29 December).
const norms = { first_contact: 2, assignment: 10, conclusion: 40 } as const;

describe('evaluateClock', () => {
  const base = { dueOn: '2026-11-13', today: '2026-11-10', calendar: pool } as const;

  test('running clocks have a state and days left; met is unknown until overdue', () => {
    assert.deepEqual(evaluateClock(base), {
      dueOn: '2026-11-13',
      completedOn: null,
      status: 'running',
      met: null,
      state: 'on_time',
      workingDaysLeft: 3,
    });
    const late = evaluateClock({ ...base, today: '2026-11-17' });
    assert.equal(late.state, 'overdue');
    assert.equal(late.met, false);
    assert.equal(late.status, 'running');
  });

  test('completed clocks are met on or before the due day, missed after; they have no state', () => {
    assert.deepEqual(evaluateClock({ ...base, completedOn: '2026-11-13' }), {
      dueOn: '2026-11-13',
      completedOn: '2026-11-13',
      status: 'met',
      met: true,
      state: null,
      workingDaysLeft: null,
    });
    const missed = evaluateClock({ ...base, completedOn: '2026-11-16', today: '2026-12-01' });
    assert.equal(missed.status, 'missed');
    assert.equal(missed.met, false);
    assert.equal(missed.state, null);
  });

  test('a case that ended without the milestone stops the clock, or counts as missed when already late', () => {
    const stopped = evaluateClock({ ...base, endedOn: '2026-11-12', today: '2026-12-01' });
    assert.equal(stopped.status, 'stopped');
    assert.equal(stopped.met, null);
    assert.equal(stopped.state, null);
    const missed = evaluateClock({ ...base, endedOn: '2026-11-14', today: '2026-12-01' });
    assert.equal(missed.status, 'missed');
    assert.equal(missed.met, false);
  });
});

describe('evaluateServiceNorms', () => {
  test('due dates count working days after the referral day', () => {
    const r = evaluateServiceNorms(norms, { referredOn: '2026-11-02' }, '2026-11-03', pool);
    assert.deepEqual(
      r.map((n) => [n.key, n.workingDays, n.dueOn, n.state]),
      [
        ['first_contact', 2, '2026-11-04', 'due_soon'],
        ['assignment', 10, '2026-11-16', 'on_time'],
        ['conclusion', 40, '2026-12-29', 'on_time'],
      ],
    );
    assert.equal(r[0]?.label, 'Aanmelding tot eerste contact');
  });

  test('per norm: met, missed or running', () => {
    const r = evaluateServiceNorms(
      norms,
      { referredOn: '2026-11-02', firstContactOn: '2026-11-05', assignedOn: '2026-11-16' },
      '2026-11-20',
      pool,
    );
    assert.deepEqual(
      r.map((n) => [n.key, n.status, n.met, n.state]),
      [
        ['first_contact', 'missed', false, null],
        ['assignment', 'met', true, null],
        ['conclusion', 'running', null, 'on_time'],
      ],
    );
  });

  test('norms that are not set are not judged', () => {
    const r = evaluateServiceNorms({ assignment: 10, first_contact: null }, { referredOn: '2026-11-02' }, '2026-11-03', pool);
    assert.deepEqual(r.map((n) => n.key), ['assignment']);
  });

  test('a pool day off moves the due date', () => {
    const r = evaluateServiceNorms({ first_contact: 2 }, { referredOn: '2026-11-02' }, '2026-11-02', poolCalendar(['2026-11-03']));
    assert.equal(r[0]?.dueOn, '2026-11-05');
  });

  test('invalid norms are refused', () => {
    assert.equal(isValidNormDays(0), true);
    assert.equal(isValidNormDays(1000), true);
    assert.equal(isValidNormDays(1001), false);
    assert.equal(isValidNormDays(-1), false);
    assert.equal(isValidNormDays(2.5), false);
    assert.equal(isValidNormDays('5'), false);
    assert.throws(
      () => evaluateServiceNorms({ first_contact: -2 }, { referredOn: '2026-11-02' }, '2026-11-02', pool),
      (e: unknown) => e instanceof DomainError && e.code === 'invalid_norm' && e.field === 'first_contact',
    );
  });
});

describe('caseClocks', () => {
  test('working days since referral: after the referral day, up to and including today', () => {
    const at = (today: string) =>
      caseClocks({ norms: {}, milestones: { referredOn: '2026-11-06' }, today, calendar: pool }).workingDaysSinceReferral;
    assert.equal(at('2026-11-06'), 0); // the referral day (Friday)
    assert.equal(at('2026-11-08'), 0); // Sunday
    assert.equal(at('2026-11-09'), 1); // Monday
    assert.equal(at('2026-11-13'), 5);
    assert.equal(at('2026-11-05'), 0); // a referral dated after today counts as 0
  });

  test('the worst state across norms and the statutory deadline', () => {
    const c = caseClocks({
      norms,
      milestones: { referredOn: '2026-11-02', firstContactOn: '2026-11-03' },
      statutoryDueOn: '2026-11-18',
      today: '2026-11-16',
      calendar: pool,
    });
    assert.equal(c.workingDaysSinceReferral, 10);
    assert.deepEqual(
      c.norms.map((n) => [n.key, n.status, n.state]),
      [
        ['first_contact', 'met', null],
        ['assignment', 'running', 'due_soon'],
        ['conclusion', 'running', 'on_time'],
      ],
    );
    assert.equal(c.statutory?.state, 'due_soon');
    assert.equal(c.worstState, 'due_soon');

    const later = caseClocks({
      norms,
      milestones: { referredOn: '2026-11-02', firstContactOn: '2026-11-03', assignedOn: '2026-11-16' },
      statutoryDueOn: '2026-11-18',
      today: '2026-11-19',
      calendar: pool,
    });
    assert.equal(later.statutory?.state, 'overdue');
    assert.equal(later.worstState, 'overdue');
  });

  test('the statutory clock stops when the mediation is concluded', () => {
    const c = caseClocks({
      norms: {},
      milestones: { referredOn: '2026-11-02', concludedOn: '2026-11-17' },
      statutoryDueOn: '2026-11-18',
      today: '2026-12-01',
      calendar: pool,
    });
    assert.equal(c.statutory?.status, 'met');
    assert.equal(c.worstState, null);
  });

  test('a withdrawn case has no running clocks', () => {
    const c = caseClocks({
      norms,
      milestones: { referredOn: '2026-11-02', firstContactOn: '2026-11-03', endedOn: '2026-11-05' },
      today: '2026-12-15',
      calendar: pool,
    });
    assert.deepEqual(c.norms.map((n) => n.status), ['met', 'stopped', 'stopped']);
    assert.equal(c.statutory, null);
    assert.equal(c.worstState, null);
  });
});
