import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { InvitationStatus, InvitationsAction } from '../../../contract/invitations.js';

export type { InvitationsAction };

/**
 * The pool whose invitations are listed or made, or one invitation: its pool and, when known, its
 * state now (for the buttons the list shows).
 */
export interface InvitationsObject {
  poolId: string;
  status?: InvitationStatus;
}

/**
 * The pool's administrators invite people and revoke invitations. Looking up and accepting a link
 * need no account (the token is the key); the registry invites a new mediator under its own policy.
 */
export const canInvitations: Policy<InvitationsAction, InvitationsObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId || !hasRole(actor, 'admin')) return false;
  // Only an open invitation is worth revoking (revoking one that was revoked or expired changes nothing).
  return action === 'revoke' && object.status !== undefined ? object.status === 'open' : true;
};
