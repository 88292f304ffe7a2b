/**
 * Two-factor sign-in (authenticator app, passkeys, recovery codes, remembered devices), the second
 * step of signing in, one's own sessions, and an administrator's reset and "end all sessions"
 * (issue 17, items 1 and 8; docs/adr/0015-second-factor.md).
 */
export { accountSecurityRoutes } from './routes.js';
export { canAccountSecurity, type AccountSecurityObject } from './policy.js';
