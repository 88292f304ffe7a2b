import { hasRole, type Actor } from '../../auth/actor.js';

export type PoolSettingsAction = 'read' | 'update';

/**
 * The pool's settings, rates, days off and covenant: administrators change them; coordinators and
 * finance read them (finance settles with the rates). Contacts and mediators do not need them.
 */
export function canPoolSettings(actor: Actor, action: PoolSettingsAction, target?: { poolId: string }): boolean {
  if (target && target.poolId !== actor.poolId) return false;
  if (action === 'read') return hasRole(actor, 'admin', 'coordinator', 'finance');
  return hasRole(actor, 'admin');
}
