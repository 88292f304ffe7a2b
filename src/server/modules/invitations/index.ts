/**
 * Invitations to the pool. Others use `createInvitation` (the registry when it adds a new
 * mediator, the first start for the first administrator) under their own access decision, and the
 * invitations policy (for the session's allowed actions).
 */
export { invitationRoutes } from './routes.js';
export { createInvitation, INVITATION_DAYS, type CreateInvitationInput } from './commands/create-invitation.js';
export { canInvitations, type InvitationsObject } from './policy.js';
