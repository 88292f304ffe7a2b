import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { UsersAction } from '../../../contract/users.js';

export type { UsersAction };

/** The pool whose accounts are listed, or the pool of the one account read or changed. */
export interface UsersObject {
  poolId: string;
}

/** Accounts are managed by the pool's administrators; everyone manages their own profile elsewhere. */
export const canUsers: Policy<UsersAction, UsersObject> = (actor, _action, object) => object.poolId === actor.poolId && hasRole(actor, 'admin');
