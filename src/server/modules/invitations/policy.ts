import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { InvitationsAction } from '../../../contract/invitations.js';

export type { InvitationsAction };

/** The pool whose invitations are listed or made, or the pool of the invitation revoked. */
export interface InvitationsObject {
  poolId: string;
}

/**
 * The pool's administrators invite people and revoke invitations. Looking up and accepting a link
 * need no account (the token is the key); the registry invites a new mediator under its own policy.
 */
export const canInvitations: Policy<InvitationsAction, InvitationsObject> = (actor, _action, object) =>
  object.poolId === actor.poolId && hasRole(actor, 'admin');
