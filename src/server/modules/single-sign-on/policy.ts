import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { SsoAction } from '../../../contract/single-sign-on.js';

export type { SsoAction };

/** The pool whose sign-in is configured, or one of its providers. */
export interface SsoObject {
  poolId: string;
}

/**
 * Only the pool's administrators see and change how the pool signs in: the providers (a client
 * secret is a key to the pool) and whether passwords are still accepted.
 */
export const canSingleSignOn: Policy<SsoAction, SsoObject> = (actor, _action, object) =>
  object.poolId === actor.poolId && hasRole(actor, 'admin');
