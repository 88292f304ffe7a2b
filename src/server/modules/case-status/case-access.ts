import { hasRole, type Actor } from '../../auth/actor.js';
import { userActor, type ActorContext } from '../../../domain/cases/actor-context.js';

/**
 * Who sees how much of a case. Coordinators and the case's mediators see everything; contacts of
 * the requesting municipality (the referrer and their colleagues who follow the municipality's
 * referrals) see status, dates, route and — only when the parties allowed it — the outcome.
 * Everyone else sees nothing: the case answers 404.
 */
export type CaseAccess = 'full' | 'limited';

export interface CaseForPolicy {
  poolId: string;
  requestingMunicipalityId: string;
  /** Null for a self-referral through the front door. */
  referrerUserId: string | null;
}

export function caseAccess(actor: Actor, c: CaseForPolicy, isAssignedMediator: boolean): CaseAccess | null {
  if (c.poolId !== actor.poolId) return null;
  if (hasRole(actor, 'coordinator')) return 'full';
  if (isAssignedMediator && hasRole(actor, 'mediator')) return 'full';
  if (hasRole(actor, 'contact') && (actor.municipalityId === c.requestingMunicipalityId || actor.userId === c.referrerUserId)) {
    return 'limited';
  }
  return null;
}

/** The lifecycle's view of this actor on this case (domain/cases/actor-context.ts). */
export function lifecycleActor(actor: Actor, c: CaseForPolicy, isAssignedMediator: boolean): ActorContext {
  return userActor(actor.roles, {
    // Colleagues of the referrer act for the municipality too, e.g. to withdraw a referral.
    isCaseReferrer: actor.userId === c.referrerUserId || actor.municipalityId === c.requestingMunicipalityId,
    isAssignedMediator,
  });
}

/** The case row's fields the policy needs, from a `mediation_case` row. */
export const toPolicyCase = (row: { pool_id: string; requesting_municipality_id: string; referrer_user_id: string | null }): CaseForPolicy => ({
  poolId: row.pool_id,
  requestingMunicipalityId: row.requesting_municipality_id,
  referrerUserId: row.referrer_user_id,
});
