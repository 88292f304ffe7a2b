/** CSV export and import of the registry (mediators and member municipalities). */
export { registryCsvRoutes } from './routes.js';
export { canRegistryCsv } from './policy.js';
