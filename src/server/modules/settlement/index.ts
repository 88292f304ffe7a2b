/**
 * Settlements per period, statements, exports and external mediators' costs. The one entry point
 * for other modules (hours asks for the period rule and the settlement lock), the module list and
 * the demo seed.
 */
export { settlementRoutes } from './routes.js';
/** The settlement policy, for the areas a session may open (auth's session actions). */
export { canSettlement, type SettlementAction, type SettlementPolicyObject } from './policy.js';
export { assignPeriod, type AssignedPeriod } from './settlement-periods.js';
export { finalSettlementCovering, lockPoolSettlement } from './repository/index.js';
/** The years whose hourly rate a final settlement priced hours at (pool-settings keeps those rates fixed). */
export { settledRateYears } from './repository/index.js';
export { seedDemoExternalEngagement } from './seed-demo-external-engagement.js';
/** The start page's settlement sections (workspace): drafts to review, periods that can be settled. */
export { draftSettlementWork, settleablePeriodWork } from './queries/settlement-work.js';
