import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CaseType } from '../../../domain/cases/case-vocabulary.js';
import { checkLoanRequest, lentHoursThisYear } from '../../../domain/lending/loan-cap.js';
import { hoursLeftThisYear } from '../../../domain/lending/lending-terms.js';
import { partnerEligibility, type PartnerEligible } from '../matching/index.js';
import { homeMediatorsAmong, loanUsesThisYear, openLoansOfAccounts, type AgreementInForce } from './repository-loans.js';

/** A partner pool's mediator who may be asked for this case, with the free places counted over all pools. */
export interface LendableMediator extends PartnerEligible {
  readonly freePlaces: number;
}

/**
 * The mediators of the agreement's partner pool who may be lent for this case: those who pass
 * matching's hard rules for the case, are not a mediator of the borrowing pool themselves (then
 * they are home candidates), and still have a free place when their open loans elsewhere count too.
 * The excluded come back with their reasons (the loan request names them).
 */
export async function lendableMediators(db: Kysely<DB>, poolId: string, caseId: string, lenderPoolId: string, onlyProfileIds?: readonly string[]) {
  const { eligible, excluded } = await partnerEligibility(db, poolId, caseId, lenderPoolId, onlyProfileIds);
  const userIds = eligible.map((m) => m.userId);
  const [home, loans] = await Promise.all([homeMediatorsAmong(db, poolId, userIds), openLoansOfAccounts(db, userIds)]);
  const lendable: LendableMediator[] = [];
  for (const m of eligible) {
    const freePlaces = m.maxConcurrentCases - m.openCases - (loans.get(m.userId) ?? 0);
    if (home.has(m.userId)) excluded.set(m.profileId, [{ code: 'home_mediator', reason: 'Is zelf mediator van uw pool: stel deze mediator gewoon voor' }]);
    else if (freePlaces <= 0) excluded.set(m.profileId, [{ code: 'at_capacity', reason: 'Vol: heeft met uitleningen het maximum aantal zaken' }]);
    else lendable.push({ ...m, freePlaces });
  }
  return { lendable, excluded };
}

/** The agreement's cap this calendar year: hours left (null: no cap), and whether one more loan fits. */
export async function capStanding(db: Kysely<DB>, agreement: AgreementInForce, caseType: CaseType, year: number) {
  const uses = await loanUsesThisYear(db, agreement.id, year);
  const terms = { caseTypes: agreement.case_types as CaseType[], rateCents: agreement.rate_cents, yearlyCapHours: agreement.yearly_cap_hours };
  const lent = lentHoursThisYear(uses.map((u) => ({ open: u.open, loggedMinutes: Number(u.logged_minutes) })));
  return {
    lentHours: lent,
    hoursLeft: hoursLeftThisYear(terms, lent),
    refusal: checkLoanRequest(terms, caseType, uses.map((u) => ({ open: u.open, loggedMinutes: Number(u.logged_minutes) }))),
  };
}
