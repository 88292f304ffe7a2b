/** The pool's settings: covenant documents, hourly rates, days off and the service norms. */
export { poolSettingsRoutes } from './routes.js';
