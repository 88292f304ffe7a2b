/**
 * Mediators in the pool's registry: their routes, and what the CSV import/export and pool health
 * use (the profile rules, the list query, the create/update/status commands, loading a mediator
 * for an actor).
 */
export { mediatorRoutes } from './routes.js';
export { profileProblems, type ProfileFields } from './mediator-rules.js';
export { selectMediators } from './repository/profiles.js';
export { loadMediatorFor } from './load-mediator.js';
export { createMediator } from './commands/create-mediator.js';
export { updateMediator } from './commands/update-mediator.js';
export { changeMediatorStatus } from './commands/change-mediator-status.js';
/** The mediators policy, for the session's allowed areas (auth/session-actions.ts). */
export { canMediator } from './policy.js';
