import { hasRole, type Actor } from '../../auth/actor.js';

/**
 * Hours: a mediator logs hours on the cases they are on (checked against case_mediator) and sees
 * their own; coordinators approve, reject and see everything in the pool; finance sees the totals.
 */
export type HoursAction = 'log' | 'read-own' | 'review' | 'totals';

export function canHours(actor: Actor, action: HoursAction): boolean {
  switch (action) {
    case 'log':
    case 'read-own':
      return hasRole(actor, 'mediator');
    case 'review':
      return hasRole(actor, 'coordinator');
    case 'totals':
      return hasRole(actor, 'coordinator', 'finance');
  }
}

/** One entry: its own mediator, or a coordinator of the pool. */
export const canSeeEntry = (actor: Actor, entry: { pool_id: string; mediator_user_id: string | null }) =>
  entry.pool_id === actor.poolId && (entry.mediator_user_id === actor.userId || hasRole(actor, 'coordinator'));
