import { api } from './client.js';
import type { ApiTokenCreated, ApiTokenInput, ApiTokenList, PasswordChange, ProfileChanges } from '../../contract/profile.js';
import type { User } from '../../contract/users.js';

export const updateMe = (changes: ProfileChanges) => api.patch<User>('/me', changes);

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/me/password', { currentPassword, newPassword } satisfies PasswordChange);

export const listApiTokens = () => api.get<ApiTokenList>('/me/api-tokens');

export const createApiToken = (name: string) => api.post<ApiTokenCreated>('/me/api-tokens', { name } satisfies ApiTokenInput);

export const revokeApiToken = (id: string) => api.delete(`/me/api-tokens/${encodeURIComponent(id)}`);
