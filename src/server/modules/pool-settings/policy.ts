import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { PoolSettingsAction } from '../../../contract/pool-settings.js';

export type { PoolSettingsAction };

/** The pool whose settings are asked for. */
export interface PoolSettingsObject {
  poolId: string;
}

/**
 * The pool's settings, rates, days off and covenant: administrators change them; coordinators and
 * finance read them (finance settles with the rates). Contacts and mediators do not need them.
 */
export const canPoolSettings: Policy<PoolSettingsAction, PoolSettingsObject> = (actor, action, pool) => {
  if (pool.poolId !== actor.poolId) return false;
  if (action === 'read') return hasRole(actor, 'admin', 'coordinator', 'finance');
  return hasRole(actor, 'admin');
};

/** The actor's own pool, the object of every pool-settings action. */
export const ownPool = (actor: { poolId: string }): PoolSettingsObject => ({ poolId: actor.poolId });
