/**
 * Mediators in the pool's registry: their routes, and what the CSV import/export uses (the
 * profile rules, the list query and the create/update/status commands).
 */
export { mediatorRoutes } from './routes.js';
export { profileProblems, type ProfileFields } from './mediator-rules.js';
export { selectMediators } from './queries.js';
export { createMediator } from './commands/create-mediator.js';
export { updateMediator } from './commands/update-mediator.js';
export { changeMediatorStatus } from './commands/change-mediator-status.js';
