import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { GrowthAction } from '../../../contract/growth.js';
import { REVIEWABLE_CASE_STATUSES } from '../../../domain/community-events/lead-suggestion.js';

export type { GrowthAction };

/** A mediator's path, as the policy sees it (the mediators' policy decided that the actor may read it). */
export interface PathTarget {
  kind: 'path';
  poolId: string;
  mediatorUserId: string | null;
  status: string;
  suggested: boolean;
}

/** The co-mediation reviews of a case the actor may see. */
export interface CaseReviewTarget {
  kind: 'case';
  poolId: string;
  caseStatus: string;
  /** The actor is the case's current lead mediator. */
  actorIsLead: boolean;
  /** The actor is the co-mediator this review is about (or, for the case as a whole, any co-mediator). */
  actorIsCo: boolean;
  /** A review of this co-mediator exists (per co-mediator; false for the case as a whole). */
  reviewed: boolean;
}

export type GrowthObject = PathTarget | CaseReviewTarget;

/**
 * Growing mediators. The path of a mediator is read by whoever may read the mediator's details
 * (coordinators, administrators, the mediator); the coordinator decides on lead status when a
 * mediator in training is suggested. On a case, the lead writes one review of each co-mediator
 * once the mediation has ended; the coordinator, the lead and the co-mediator read it.
 */
export const canGrowth: Policy<GrowthAction, GrowthObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId) return false;
  switch (action) {
    case 'read-path':
      return object.kind === 'path' && (hasRole(actor, 'admin', 'coordinator') || (object.mediatorUserId !== null && object.mediatorUserId === actor.userId));
    case 'decide-lead':
      return object.kind === 'path' && hasRole(actor, 'coordinator') && object.status === 'in_training' && object.suggested;
    case 'read-reviews':
      return object.kind === 'case' && (hasRole(actor, 'coordinator') || object.actorIsLead || object.actorIsCo);
    case 'write-review':
      return object.kind === 'case' && object.actorIsLead && !object.reviewed && REVIEWABLE_CASE_STATUSES.includes(object.caseStatus);
  }
};
