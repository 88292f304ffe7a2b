import { hasRole, type Actor } from '../../auth/actor.js';
import type { CaseAccess } from '../case-status/index.js';

/**
 * Sessions and the mediation agreement are case content: whoever sees the whole case (the
 * coordinator and the case's own mediators) sees and plans them; everyone else gets 404, also a
 * contact of the requesting municipality, who sees only the case's status.
 */
export const canSessions = (access: CaseAccess) => access === 'full';

/** A calendar feed lists the sessions of the cases one mediates. */
export const canCalendarFeed = (actor: Actor) => hasRole(actor, 'mediator');

/** Which routes may skip the signed agreement is a pool setting: administrators change it. */
export function canAgreementPolicy(actor: Actor, action: 'read' | 'update'): boolean {
  return action === 'read' ? hasRole(actor, 'admin', 'coordinator') : hasRole(actor, 'admin');
}
