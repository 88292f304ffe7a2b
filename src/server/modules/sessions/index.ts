/**
 * The sessions module as others see it: its routes, the start guard the cases module runs on
 * `assigned → in_progress`, and the agreement policy the pool settings form saves with the rest.
 */
export { sessionRoutes } from './routes.js';
export { canSession } from './policy.js';
export { assertMayStart } from './assert-may-start.js';
export { updateAgreementPolicy } from './commands/update-agreement-policy.js';
/** A case's first session fixed by a date poll (polls module): the same checks, mails and events as planning one here. */
export { planSession } from './commands/plan-session.js';
export { loadSessionCase } from './load-session.js';
export { RouteSchema, UpdateAgreementPolicyBody, type CaseRoute } from '../../../contract/sessions.js';
/** The start page's sessions of the coming week (workspace, mediator). */
export { sessionsThisWeek, sessionsWithoutHours } from './queries/session-work.js';
