/** The pool's health: which mediators have not been active and the wake-up mail to them. */
export { poolHealthRoutes } from './routes.js';
export { canPoolHealth } from './policy.js';
/** The start page's pool-health sections (workspace, administrator). */
export { poolHealthWork, type HealthWork } from './queries/health-work.js';
