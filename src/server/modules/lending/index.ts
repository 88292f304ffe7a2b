/**
 * Lending between pools (ADR 0022): agreements between two pools. Others use the policy and the
 * demo seed of an agreement between the demo pools.
 */
export { lendingRoutes } from './routes.js';
export { canLending, type LendingObject } from './policy.js';
export { seedDemoLendingAgreement } from './seed-demo-lending.js';
/** The loan policy, for the session's list of areas (auth/session-actions.ts). */
export { canLoan, type LoanObject } from './policy.js';
export { seedDemoLoanCase, DEMO_LOAN_CASE_TITLE, seedDemoLentCase, DEMO_LENT_CASE_TITLE } from './seed-demo-loan.js';
/** The start page's section of loan requests awaiting this pool's decision (workspace). */
export { waitingLoanRequests } from './queries/list-loans.js';
