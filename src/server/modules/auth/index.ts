/**
 * Logging in and out, the current session (with the areas the person may open, from every
 * module's policy) and password reset by e-mailed link.
 */
export { authRoutes } from './routes.js';
export { canAuth, type AuthObject } from './policy.js';
export { sessionActions } from './session-actions.js';
