import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { CommunityAction } from '../../../contract/community.js';

export type { CommunityAction };

/**
 * The community section within one pool: its mediators and process facilitators (role mediator)
 * and its coordinators. An intervision group is read by its members, its facilitator and the
 * pool's coordinators; coordinators form and change groups and plan meetings, as does the group's
 * facilitator; attendance is recorded by the facilitator (or a coordinator) once the meeting has
 * taken place.
 */
export type CommunityObject =
  | { kind: 'pool'; poolId: string }
  | {
      kind: 'group';
      poolId: string;
      /** The actor is a member of the group (their mediator profile is). */
      member: boolean;
      /** The actor is the group's facilitator. */
      facilitator: boolean;
    }
  | { kind: 'meeting'; poolId: string; member: boolean; facilitator: boolean; fixed: boolean; past: boolean };

export const canCommunity: Policy<CommunityAction, CommunityObject> = (actor, action, o) => {
  if (o.poolId !== actor.poolId) return false;
  const coordinator = hasRole(actor, 'coordinator');
  const communityMember = coordinator || hasRole(actor, 'mediator');
  if (o.kind === 'pool') {
    if (action === 'read') return communityMember;
    if (action === 'manage-groups') return coordinator;
    return false;
  }
  const sees = coordinator || o.member || o.facilitator;
  if (!sees) return false;
  switch (action) {
    case 'read':
      return true;
    case 'manage-groups':
      return coordinator;
    case 'plan-meeting':
      return o.kind === 'group' && (coordinator || o.facilitator);
    case 'record-attendance':
      return o.kind === 'meeting' && o.fixed && o.past && (coordinator || o.facilitator);
    default:
      return false;
  }
};
