import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { CaseAccess } from '../case-status/index.js';
import type { SettlementAction, SettlementStatus } from '../../../contract/settlement.js';

export type { SettlementAction };

/**
 * What the settlement policy decides on:
 * - `pool`: the pool's settlements and external costs as a collection (list, create, overview);
 * - `settlement`: one settlement with its status;
 * - `statement`: the statement of one municipality in one settlement;
 * - `case`: the external costs of one case, with what the actor sees of the case;
 * - `external-cost`: one declaration of an external mediator.
 */
export type SettlementPolicyObject =
  | { kind: 'pool'; poolId: string }
  | { kind: 'settlement'; poolId: string; status: SettlementStatus }
  | { kind: 'statement'; poolId: string; status: SettlementStatus; municipalityId: string }
  | { kind: 'case'; poolId: string; access: CaseAccess }
  | { kind: 'external-cost'; poolId: string };

/**
 * Settlements: coordinators settle and finance approves, so both see, draft, finalise and export
 * everything; a draft is finalised or deleted, a final settlement never changes again. A contact
 * sees the list of final settlements and the final statement of their own municipality only
 * (anything else answers 404). Administrators and mediators have no part in it.
 * External mediators' costs: coordinators record them; finance reads them too.
 *
 * Commands ask `read` first (404 when the settlement is not the actor's) and then refuse a
 * finalise or delete of a final settlement with their own reason (409), as before; the
 * state-aware answers here are what `allowedActions` carries.
 */
export const canSettlement: Policy<SettlementAction, SettlementPolicyObject> = (actor, action, o) => {
  if (o.poolId !== actor.poolId) return false;
  const manages = hasRole(actor, 'coordinator', 'finance');
  switch (o.kind) {
    case 'pool':
      if (action === 'list') return manages || hasRole(actor, 'contact');
      if (action === 'create' || action === 'read' || action === 'read-external-costs') return manages;
      if (action === 'declare-external-cost' || action === 'remove-external-cost') return hasRole(actor, 'coordinator');
      return false;
    case 'settlement':
      if (action === 'read' || action === 'export') return manages;
      if (action === 'finalise' || action === 'delete') return manages && o.status === 'draft';
      return false;
    case 'statement':
      if (action !== 'read-statement') return false;
      return manages || (hasRole(actor, 'contact') && o.status === 'final' && actor.municipalityId === o.municipalityId);
    case 'case':
      if (action === 'read-external-costs') return manages;
      if (action === 'declare-external-cost') return hasRole(actor, 'coordinator');
      return false;
    case 'external-cost':
      if (action === 'read-external-costs') return manages;
      return action === 'remove-external-cost' && hasRole(actor, 'coordinator');
  }
};

export const poolSettlements = (poolId: string): SettlementPolicyObject => ({ kind: 'pool', poolId });
export const settlementObject = (s: { pool_id: string; status: SettlementStatus }): SettlementPolicyObject => ({ kind: 'settlement', poolId: s.pool_id, status: s.status });
