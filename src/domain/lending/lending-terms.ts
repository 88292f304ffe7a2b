import type { CaseType } from '../cases/case-vocabulary.js';

/**
 * The terms two pools agree on to lend mediators to each other (issue 15, item 2; ADR 0022):
 * which case types, free or at a rate per hour, and an optional yearly cap in hours.
 */
export interface LendingTerms {
  caseTypes: readonly CaseType[];
  /** Cents per hour the borrowing pool pays the lending pool; null: free. */
  rateCents: number | null;
  /** Hours the lending pool lends at most per calendar year; null: no cap. */
  yearlyCapHours: number | null;
}

export type LoanRefusal = 'case-type-not-covered' | 'beyond-yearly-cap';

/**
 * Whether a loan of `requestedHours` fits the terms, given the hours already lent this calendar
 * year under the agreement. A cap is reached when the hours lent plus the new loan exceed it.
 */
export function checkLoan(terms: LendingTerms, caseType: CaseType, lentHoursThisYear: number, requestedHours: number): LoanRefusal | null {
  if (!terms.caseTypes.includes(caseType)) return 'case-type-not-covered';
  if (terms.yearlyCapHours !== null && lentHoursThisYear + requestedHours > terms.yearlyCapHours) return 'beyond-yearly-cap';
  return null;
}

/** Hours left under the yearly cap (never below zero); null without a cap. */
export const hoursLeftThisYear = (terms: Pick<LendingTerms, 'yearlyCapHours'>, lentHoursThisYear: number): number | null =>
  terms.yearlyCapHours === null ? null : Math.max(0, terms.yearlyCapHours - lentHoursThisYear);

/**
 * What the borrowing pool owes the lending pool for approved minutes of a lent mediator: minutes ×
 * rate per hour, rounded to whole cents once over the total (not per entry); 0 when lending is free.
 */
export const loanAmountCents = (minutes: number, rateCents: number | null): number => (rateCents === null ? 0 : Math.round((minutes * rateCents) / 60));
