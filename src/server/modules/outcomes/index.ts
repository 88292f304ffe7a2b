/**
 * The outcomes module as others see it: its routes, the conclusion step the cases module runs on
 * `→ concluded`, its policy (auth's session actions ask it for the menu), the outcome labels the
 * reports use, and the queries of the aftercare reminder job.
 */
export { outcomeRoutes } from './routes.js';
export { canOutcome, type OutcomePolicyObject } from './policy.js';
export { concludeWithOutcome } from './on-conclusion.js';
export { OUTCOMES, OUTCOME_LABELS, AGREEMENT_OUTCOMES, AGREEMENTS_KEPT, AGREEMENTS_KEPT_LABELS } from './outcome-labels.js';
/** For src/server/jobs/aftercare-reminder.ts. */
export { claimJobRun, dueAftercareCandidates, lockAftercareCase, reminderMediators, reminderRecipients } from './repository.js';
/** The start page's aftercare section (workspace): a mediator's own, a coordinator's pool. */
export { aftercareWork } from './queries/aftercare-work.js';
