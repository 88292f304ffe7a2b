import type { Role } from '../../domain/roles.js';
import { api } from './client.js';
import type { MemberMunicipality, Page, User } from './types.js';

export interface UserQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  role?: Role;
  active?: boolean;
}

export const listUsers = (query: UserQuery, signal?: AbortSignal) =>
  api.get<Page<User>>('/users', { query: { ...query }, ...(signal ? { signal } : {}) });

export const getUser = (id: string) => api.get<User>(`/users/${encodeURIComponent(id)}`);

export interface UserChanges {
  name?: string;
  roles?: Role[];
  active?: boolean;
  municipalityId?: string | null;
}

export const updateUser = (id: string, changes: UserChanges) => api.patch<User>(`/users/${encodeURIComponent(id)}`, changes);

export const listMemberMunicipalities = () => api.get<{ items: MemberMunicipality[] }>('/member-municipalities');
