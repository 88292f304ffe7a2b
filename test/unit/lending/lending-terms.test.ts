import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLoan, hoursLeftThisYear, loanAmountCents, type LendingTerms } from '../../../src/domain/lending/lending-terms.js';

const terms: LendingTerms = { caseTypes: ['employment', 'neighbours'], rateCents: 6250, yearlyCapHours: 40 };

describe('lending terms', () => {
  test('a covered case type within the cap fits; up to the cap exactly fits', () => {
    assert.equal(checkLoan(terms, 'employment', 0, 12), null);
    assert.equal(checkLoan(terms, 'neighbours', 28, 12), null);
  });

  test('one hour beyond the yearly cap is refused', () => {
    assert.equal(checkLoan(terms, 'employment', 29, 12), 'beyond-yearly-cap');
    assert.equal(checkLoan(terms, 'employment', 40, 1), 'beyond-yearly-cap');
  });

  test('a case type the agreement does not cover is refused before the cap is looked at', () => {
    assert.equal(checkLoan(terms, 'citizen_government', 0, 1), 'case-type-not-covered');
  });

  test('without a cap any number of hours fits', () => {
    assert.equal(checkLoan({ ...terms, yearlyCapHours: null }, 'employment', 10_000, 500), null);
    assert.equal(hoursLeftThisYear({ yearlyCapHours: null }, 5), null);
  });

  test('hours left never go below zero', () => {
    assert.equal(hoursLeftThisYear(terms, 12), 28);
    assert.equal(hoursLeftThisYear(terms, 55), 0);
  });

  test('the amount: minutes × rate per hour, rounded once; free lending costs nothing', () => {
    assert.equal(loanAmountCents(90, 6250), 9375);
    assert.equal(loanAmountCents(7, 6250), 729);
    assert.equal(loanAmountCents(600, null), 0);
  });
});
