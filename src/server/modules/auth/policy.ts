import type { Policy } from '../../auth/policy.js';
import type { AuthAction } from '../../../contract/auth.js';

export type { AuthAction };

/** The session at stake: whose it is. */
export interface AuthObject {
  userId: string;
}

/**
 * Everyone reads and ends their own session only. Logging in, asking for a reset link and using it
 * are public (their commands say why); they have no actor to ask about.
 */
export const canAuth: Policy<AuthAction, AuthObject> = (actor, _action, object) => object.userId === actor.userId;
