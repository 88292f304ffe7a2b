/**
 * The outcomes module as others see it: its routes, the conclusion step the cases module runs on
 * `→ concluded`, the outcome labels the reports use, and the queries of the aftercare reminder job.
 */
export { outcomeRoutes } from './routes.js';
export { concludeWithOutcome } from './on-conclusion.js';
export { OUTCOMES, OUTCOME_LABELS, AGREEMENT_OUTCOMES, AGREEMENTS_KEPT, AGREEMENTS_KEPT_LABELS } from './outcome-labels.js';
/** For src/server/jobs/aftercare-reminder.ts. */
export { claimJobRun, dueAftercareCandidates, lockAftercareCase, reminderMediators, reminderRecipients } from './repository.js';
/** The outcomes policy, for the areas a signed-in person may open (auth's session actions). */
export { canOutcome } from './policy.js';
