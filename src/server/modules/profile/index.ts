/** Everyone's own profile: name, language, password and personal API tokens. */
export { profileRoutes } from './routes.js';
export { canProfile, type ProfileObject } from './policy.js';
