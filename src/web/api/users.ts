import { api } from './client.js';
import type { User, UserChanges, UserListQuery, UserPage } from '../../contract/users.js';
import type { MemberMunicipalityList } from '../../contract/pool.js';

export type { UserChanges, UserListQuery as UserQuery } from '../../contract/users.js';

export const listUsers = (query: UserListQuery, signal?: AbortSignal) =>
  api.get<UserPage>('/users', { query: { ...query }, ...(signal ? { signal } : {}) });

export const getUser = (id: string) => api.get<User>(`/users/${encodeURIComponent(id)}`);

export const updateUser = (id: string, changes: UserChanges) => api.patch<User>(`/users/${encodeURIComponent(id)}`, changes);

/** The pool's member municipalities (the pool module's list), for the municipality pickers. */
export const listMemberMunicipalities = () => api.get<MemberMunicipalityList>('/member-municipalities');
