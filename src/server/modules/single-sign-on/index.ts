/**
 * Single sign-on with OpenID Connect (issue 17, item 2; ADR 0016): a pool's providers, the sign-in
 * through them, and whether the pool still accepts passwords (asked by the password sign-in).
 */
export { singleSignOnRoutes } from './routes.js';
export { canSingleSignOn, type SsoObject } from './policy.js';
export { passwordSignInAllowed } from './queries/sign-in-policy.js';
