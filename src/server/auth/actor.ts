import type { Role } from '../../domain/roles.js';

/** Who is making a request, resolved once per request from a session cookie or an API token. */
export interface Actor {
  userId: string;
  poolId: string;
  municipalityId: string | null;
  roles: Role[];
  name: string;
  email: string;
  locale: string;
  /** The installation-wide role that creates pools (ADR 0022); not a role within the pool. */
  platformAdmin?: boolean;
  via: 'session' | 'token';
  /** A session that passed the second step of signing in (docs/adr/0015-second-factor.md). */
  secondFactorPassed?: boolean;
  /** A session that must take the second step or enrol first: only those routes answer it. */
  secondFactorPending?: 'verify' | 'enrol';
  sessionId?: string;
  csrfToken?: string;
  tokenId?: string;
}

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
