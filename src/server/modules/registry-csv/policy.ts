import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { RegistryCsvAction } from '../../../contract/registry-csv.js';

/** Bulk import and export of the registry: for the administrators and coordinators who keep it. */
export const canRegistryCsv: Policy<RegistryCsvAction, { poolId: string }> = (actor, _action, pool) =>
  pool.poolId === actor.poolId && hasRole(actor, 'admin', 'coordinator');
