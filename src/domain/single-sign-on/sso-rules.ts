import { ROLES, isRole, type Role } from '../roles.js';

/** One group of the provider's groups claim and the role its members get in the pool. */
export interface RoleMapping {
  group: string;
  role: Role;
}

/**
 * The roles an account holds after signing in through single sign-on. The roles that the mapping
 * can grant are the provider's to decide: held exactly when one of the person's groups maps to
 * them (so leaving the group at the municipality takes the role away at the next sign-in). Roles
 * the mapping never names stay as an administrator set them. A new account whose groups map to
 * nothing has no role until an administrator grants one.
 */
export function rolesAfterSignIn(current: readonly string[], mapping: readonly RoleMapping[], groups: readonly string[]): Role[] {
  const governed = new Set<Role>(mapping.map((m) => m.role));
  const member = new Set(groups);
  const granted = new Set<Role>(mapping.filter((m) => member.has(m.group)).map((m) => m.role));
  const kept = current.filter(isRole).filter((r) => !governed.has(r));
  const next = new Set<Role>([...kept, ...granted]);
  return ROLES.filter((r) => next.has(r));
}

/** Whether two role lists hold the same roles. */
export const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type IssuerProblem = 'not-a-url' | 'not-https' | 'has-query';

/**
 * An issuer must be an https URL without query or fragment (OpenID Connect Discovery 1.0, 2);
 * plain http only on this machine (localhost, 127.0.0.1, ::1), for a provider started by tests or
 * a developer. Null when the issuer is acceptable.
 */
export function issuerProblem(issuer: string): IssuerProblem | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'not-a-url';
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return 'has-query';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.protocol === 'http:' ? 'not-https' : 'not-a-url';
}

/** Whether an issuer is reached over plain http on this machine (allowed for tests only). */
export const isLoopbackHttp = (issuer: string) => {
  try {
    const url = new URL(issuer);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
};

/** A string claim, or null when absent or not a string. */
export function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const v = claims[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The groups claim: an array of strings, or one string; anything else counts as no groups. */
export function groupsClaim(claims: Record<string, unknown>, name: string): string[] {
  const v = claims[name];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((g): g is string => typeof g === 'string');
  return [];
}

/** `email_verified` as providers send it: true, or (some providers) the string "true". */
export const emailVerified = (claims: Record<string, unknown>) => claims.email_verified === true || claims.email_verified === 'true';
