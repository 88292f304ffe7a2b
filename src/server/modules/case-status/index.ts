/**
 * The case as other modules see it: loading a case for an actor (404 when it is not theirs), who
 * may see how much of it, the guarded status update, the case's timeline events and the pool's
 * calendar. It sits below cases, matching, sessions, outcomes and hours, so they share these
 * without importing each other (cases → matching → cases was a cycle).
 */
export { loadCaseForActor, isAssignedMediatorOf, type LoadedCase } from './load-case.js';
export { caseAccess, lifecycleActor, toPolicyCase, type CaseAccess, type CaseForPolicy } from './case-access.js';
export { guardedStatusUpdate } from './guarded-status-update.js';
export { recordCaseEvent, type CaseEventInput } from './record-case-event.js';
export { loadPoolClockSettings, todayInAmsterdam, type PoolClockSettings } from './pool-calendar.js';
export { CURRENT_MEDIATOR_SQL, currentCaseMediators, isCurrentMediatorOfCase, releaseCurrentMediators } from './current-mediators.js';
