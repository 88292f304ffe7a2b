/**
 * The pool itself: its branding routes and the pool-wide facts other modules need (its name, its
 * contact for questions, the lock on its settings row).
 */
export { poolRoutes } from './routes.js';
export { lockPoolSettings, loadPoolContact, poolBrand, poolName } from './repository.js';
