import { hasRole, type Actor } from '../../auth/actor.js';

export type UserAction = 'list' | 'read' | 'invite' | 'update';

/** Accounts are managed by the pool's administrators; everyone manages their own profile elsewhere. */
export function canUser(actor: Actor, action: UserAction, target?: { poolId: string }): boolean {
  if (target && target.poolId !== actor.poolId) return false;
  return hasRole(actor, 'admin');
}
