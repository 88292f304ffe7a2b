import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOAN_RESERVED_HOURS, checkLoanRequest, countedMinutes, lentHoursThisYear } from '../../../src/domain/lending/loan-cap.js';

const terms = (yearlyCapHours: number | null) => ({ caseTypes: ['employment'] as const, rateCents: 6250, yearlyCapHours });
const finished = (hours: number) => ({ open: false, loggedMinutes: hours * 60 });
const open = (hours: number) => ({ open: true, loggedMinutes: hours * 60 });

test('an open loan reserves the expected hours until it has logged more', () => {
  assert.equal(LOAN_RESERVED_HOURS, 10);
  assert.equal(countedMinutes(open(0)), 600);
  assert.equal(countedMinutes(open(4)), 600);
  assert.equal(countedMinutes(open(14)), 840);
  assert.equal(countedMinutes(finished(3)), 180);
  assert.equal(countedMinutes({ open: false, loggedMinutes: -30 }), 0);
});

test('hours lent this year add the loans up', () => {
  assert.equal(lentHoursThisYear([]), 0);
  assert.equal(lentHoursThisYear([open(0), finished(7.5), open(12)]), 29.5);
});

test('at the cap: a loan that reaches it exactly fits, one minute more does not', () => {
  // 50 hours lent + 10 reserved = 60: fits.
  assert.equal(checkLoanRequest(terms(60), 'employment', [finished(50)]), null);
  // 50 hours and one minute + 10 > 60: refused.
  assert.equal(checkLoanRequest(terms(60), 'employment', [{ open: false, loggedMinutes: 50 * 60 + 1 }]), 'beyond-yearly-cap');
  // Five open loans reserve 50; the sixth fits, the seventh not.
  const five = Array.from({ length: 5 }, () => open(0));
  assert.equal(checkLoanRequest(terms(60), 'employment', five), null);
  assert.equal(checkLoanRequest(terms(60), 'employment', [...five, open(0)]), 'beyond-yearly-cap');
});

test('a cap below one reservation refuses every loan; no cap refuses none', () => {
  assert.equal(checkLoanRequest(terms(9), 'employment', []), 'beyond-yearly-cap');
  assert.equal(checkLoanRequest(terms(10), 'employment', []), null);
  assert.equal(checkLoanRequest(terms(null), 'employment', Array.from({ length: 100 }, () => open(20))), null);
});

test('a case type outside the agreement is refused before the cap', () => {
  assert.equal(checkLoanRequest(terms(null), 'neighbours', []), 'case-type-not-covered');
});
