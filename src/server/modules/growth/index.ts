/**
 * Growing mediators (issue 16, item 6): the lead's review of the co-mediator, each mediator's path
 * in the registry and the coordinator's decision on lead status.
 */
export { growthRoutes } from './routes.js';
export { canGrowth } from './policy.js';
