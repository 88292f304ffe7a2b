/** The pool's settings: covenant documents, hourly rates, days off and the service norms. */
export { poolSettingsRoutes } from './routes.js';
/** The pool-settings policy, for the session's allowed areas (auth/session-actions.ts). */
export { canPoolSettings } from './policy.js';
/** What the directory's editor of a pool's public page needs: the settings' own change (the contact lives there). */
export { updatePoolSettings } from './commands/update-pool-settings.js';
