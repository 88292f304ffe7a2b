import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { PoolSettingsAction } from '../../../contract/pool-settings.js';

export type { PoolSettingsAction };

/** The pool whose settings are asked for, or one of its hourly rates. */
export interface PoolSettingsObject {
  poolId: string;
  /** An hourly rate that a final settlement priced hours at: fixed, nobody changes or removes it. */
  settledRate?: boolean;
}

/**
 * The pool's settings, rates, days off and covenant: administrators change them; coordinators and
 * finance read them (finance settles with the rates). Contacts and mediators do not need them.
 */
export const canPoolSettings: Policy<PoolSettingsAction, PoolSettingsObject> = (actor, action, pool) => {
  if (pool.poolId !== actor.poolId) return false;
  if (action === 'read') return hasRole(actor, 'admin', 'coordinator', 'finance');
  if (pool.settledRate) return false;
  return hasRole(actor, 'admin');
};

/**
 * One hourly rate or day off (a path with its year or id) is an object: whoever may not `read` the
 * pool's settings gets 404 for it, as for one that does not exist; whoever reads them but may not
 * change them gets 403 for a change of one that exists (see the commands). A rate that a final
 * settlement priced hours at is fixed: `update` is refused for everyone, which the commands answer
 * with 409 rate-year-settled (the role may change rates, the rate's state forbids it).
 */

/** The actor's own pool, the object of every pool-settings action. */
export const ownPool = (actor: { poolId: string }): PoolSettingsObject => ({ poolId: actor.poolId });

/** One hourly rate of the actor's pool, fixed or not. */
export const rateOfPool = (actor: { poolId: string }, settledRate: boolean): PoolSettingsObject => ({ poolId: actor.poolId, settledRate });
