import { hasRole, type Actor } from '../../auth/actor.js';

/**
 * Settlements: coordinators settle and finance approves, so both see, draft, finalise and export
 * everything. A contact sees the final statement of their own municipality only (anything else
 * answers 404). Administrators and mediators have no part in it.
 */
export type SettlementAction = 'list' | 'read' | 'manage' | 'export';

export function canSettlement(actor: Actor, action: SettlementAction): boolean {
  if (action === 'list') return hasRole(actor, 'coordinator', 'finance', 'contact');
  return hasRole(actor, 'coordinator', 'finance');
}

export function canStatement(actor: Actor, settlement: { pool_id: string; status: string }, municipalityId: string): boolean {
  if (settlement.pool_id !== actor.poolId) return false;
  if (hasRole(actor, 'coordinator', 'finance')) return true;
  return hasRole(actor, 'contact') && settlement.status === 'final' && actor.municipalityId === municipalityId;
}

/** External mediators' costs: coordinators record them; finance reads them too. */
export function canExternalCosts(actor: Actor, action: 'read' | 'manage'): boolean {
  return action === 'read' ? hasRole(actor, 'coordinator', 'finance') : hasRole(actor, 'coordinator');
}
