import type { Role } from '../../domain/roles.js';
import { api } from './client.js';
import type { Invitation, InvitationLookup } from './types.js';

export const lookUpInvitation = (token: string) => api.post<InvitationLookup>('/invitations/lookups', { token }, { anonymous: true });

export interface AcceptInvitationInput {
  token: string;
  password: string;
  name?: string;
  email?: string;
}

export const acceptInvitation = (input: AcceptInvitationInput) =>
  api.post<{ userId: string }>('/invitations/acceptances', input, { anonymous: true });

export const listInvitations = () => api.get<{ items: Invitation[] }>('/invitations');

export interface InviteInput {
  email: string;
  name: string;
  roles: Role[];
  municipalityId: string | null;
}

export const createInvitation = (input: InviteInput) =>
  api.post<{ id: string; acceptUrl: string; expiresAt: string }>('/invitations', input);

export const revokeInvitation = (id: string) => api.delete(`/invitations/${encodeURIComponent(id)}`);
