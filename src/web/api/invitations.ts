import { api } from './client.js';
import type {
  AcceptInvitationInput,
  InvitationAccepted,
  InvitationCreated,
  InvitationList,
  InvitationLookup,
  InvitationLookupInput,
  InviteInput,
} from '../../contract/invitations.js';

export type { AcceptInvitationInput, InviteInput } from '../../contract/invitations.js';

export const lookUpInvitation = (token: string) =>
  api.post<InvitationLookup>('/invitations/lookups', { token } satisfies InvitationLookupInput, { anonymous: true });

export const acceptInvitation = (input: AcceptInvitationInput) => api.post<InvitationAccepted>('/invitations/acceptances', input, { anonymous: true });

/** One page of the pool's invitations, newest first. */
export const listInvitations = (page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<InvitationList>('/invitations', { query: { page, pageSize }, ...(signal ? { signal } : {}) });

export const createInvitation = (input: InviteInput) => api.post<InvitationCreated>('/invitations', input);

export const revokeInvitation = (id: string) => api.delete(`/invitations/${encodeURIComponent(id)}`);
