import { hasRole, type Actor } from '../../auth/actor.js';

/**
 * Who may do what in matching. The coordinator matches, proposes and records consent; a mediator
 * answers only the proposals made to them; the pool's weights are kept by administrators and
 * coordinators. Parties have no account: they act through their personal link (no actor).
 */
export type MatchingAction =
  | 'list-candidates'
  | 'propose'
  | 'read-proposals'
  | 'record-consent'
  | 'withdraw-proposal'
  | 'choose-external'
  | 'batch'
  | 'read-settings'
  | 'update-settings'
  | 'read-tasks';

export function canMatching(actor: Actor, action: MatchingAction): boolean {
  switch (action) {
    case 'list-candidates':
    case 'propose':
    case 'read-proposals':
    case 'record-consent':
    case 'withdraw-proposal':
    case 'choose-external':
    case 'batch':
      return hasRole(actor, 'coordinator');
    case 'read-settings':
    case 'update-settings':
      return hasRole(actor, 'admin', 'coordinator');
    case 'read-tasks':
      return hasRole(actor, 'mediator');
  }
}

/** A proposal is visible to the pool's coordinators and to the mediators proposed in it. */
export function proposalAccess(actor: Actor, p: { poolId: string; proposedUserIds: readonly (string | null)[] }): 'coordinator' | 'mediator' | null {
  if (p.poolId !== actor.poolId) return null;
  if (hasRole(actor, 'coordinator')) return 'coordinator';
  if (hasRole(actor, 'mediator') && p.proposedUserIds.includes(actor.userId)) return 'mediator';
  return null;
}
