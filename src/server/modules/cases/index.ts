/**
 * The cases module: referral, the case list, the case detail with clocks and timeline, triage,
 * transitions, first contact, the statutory term of an objection and the case's documents. The
 * one entry point for the module list, jobs and other modules.
 */
export { caseRoutes } from './routes.js';
/** The pool's cases in one clock state (overdue, due soon), for the coordinators' daily digest. */
export { selectCasesInClockState as casesInClockState } from './repository/index.js';
/** The cases policy, for the areas a signed-in person may open (auth's session actions). */
export { canCase, type CaseAction, type CaseCollection, type CaseObject } from './policy.js';
/** The start page's case sections (workspace): a filtered count and the first few cases this actor may see. */
export { caseWork, type CaseWorkFilter } from './queries/case-work.js';
/** A self-referral through the public front door lands in the pool's intake (the front-door module). */
export { registerSelfReferral, type SelfReferral } from './commands/register-self-referral.js';
/** The next case number of a pool's year, from the counter referrals use (other modules' demo cases). */
export { nextCaseSequence } from './repository/index.js';
