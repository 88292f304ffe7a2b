import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { PoolHealthAction } from '../../../contract/pool-health.js';

/**
 * The pool-health overview names dormant mediators and registrations about to lapse: for the
 * administrators and coordinators who keep the pool going. (Waking one mediator is asked of the
 * mediators' policy: 'wake-up'.)
 */
export const canPoolHealth: Policy<PoolHealthAction, { poolId: string }> = (actor, _action, pool) =>
  pool.poolId === actor.poolId && hasRole(actor, 'admin', 'coordinator');
