import type { CaseType } from '../cases/case-vocabulary.js';
import { checkLoan, type LendingTerms, type LoanRefusal } from './lending-terms.js';

/**
 * The yearly cap of a lending agreement counted over its loans (issue 15, item 2; ADR 0022).
 *
 * The rule: the hours lent under an agreement in a calendar year are, per loan, the minutes its
 * mediator logged on the loan's case in that year (approved or still to be approved; rejected
 * entries do not count), but a loan that is still open (asked, or approved on a case not yet
 * concluded) reserves at least LOAN_RESERVED_HOURS: the hours a mediation is expected to take.
 * A new loan is refused when the hours lent plus its own reservation would exceed the cap. So a
 * cap of 60 holds six open loans at once, and a finished loan counts with what it really took.
 */
export const LOAN_RESERVED_HOURS = 10;

/** One loan under the agreement as the cap counts it. */
export interface LoanUse {
  /** Asked or approved, on a case that is not concluded, closed or withdrawn. */
  readonly open: boolean;
  /** Minutes logged on the loan's case by the lent mediator this calendar year (not rejected). */
  readonly loggedMinutes: number;
}

/** The minutes one loan takes of this year's cap: what was logged, and while open at least the reservation. */
export const countedMinutes = (loan: LoanUse): number => (loan.open ? Math.max(loan.loggedMinutes, LOAN_RESERVED_HOURS * 60) : Math.max(0, loan.loggedMinutes));

const lentMinutes = (loans: readonly LoanUse[]): number => loans.reduce((sum, l) => sum + countedMinutes(l), 0);

/** Hours lent under the agreement this calendar year (approved, logged and still expected), to one decimal (for showing). */
export const lentHoursThisYear = (loans: readonly LoanUse[]): number => Math.round(lentMinutes(loans) / 6) / 10;

/**
 * Whether one more loan fits the agreement: the case type must be covered, and the hours lent
 * this year plus the new loan's reservation must stay within the cap (equal to the cap fits).
 */
export const checkLoanRequest = (terms: LendingTerms, caseType: CaseType, loans: readonly LoanUse[]): LoanRefusal | null =>
  checkLoan(terms, caseType, lentMinutes(loans) / 60, LOAN_RESERVED_HOURS);
