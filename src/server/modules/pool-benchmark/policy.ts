import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { PoolBenchmarkAction } from '../../../contract/pool-benchmark.js';

export type { PoolBenchmarkAction };

/** The comparison is always of the actor's own pool with the others: the object is that pool. */
export interface PoolBenchmarkObject {
  poolId: string;
}

/**
 * The comparison across pools is pool-wide: coordinators (who see the pool's own report and the
 * municipality benchmark) and administrators (who decide whether the pool takes part) see it.
 * Contacts see their own municipality only and finance the hours only, as in the reports module,
 * so neither sees it. Agreeing or stopping is a pool setting: the administrator's, as every
 * pool setting (pool-settings module, which stores and audits the change).
 */
export const canPoolBenchmark: Policy<PoolBenchmarkAction, PoolBenchmarkObject> = (actor, action, pool) => {
  if (pool.poolId !== actor.poolId) return false;
  switch (action) {
    case 'view':
      return hasRole(actor, 'admin', 'coordinator');
    case 'change-participation':
      return hasRole(actor, 'admin');
    default:
      return false;
  }
};

export const ownPool = (actor: Actor): PoolBenchmarkObject => ({ poolId: actor.poolId });
