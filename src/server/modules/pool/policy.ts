import type { Policy } from '../../auth/policy.js';
import type { PoolAction } from '../../../contract/pool.js';

export type { PoolAction };

/** Everyone signed in to the pool sees which municipalities are its members (for pickers and filters). */
export const canPool: Policy<PoolAction, { poolId: string }> = (actor, _action, pool) => pool.poolId === actor.poolId;
