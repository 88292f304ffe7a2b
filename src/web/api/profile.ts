import { api } from './client.js';
import type { ApiToken, User } from './types.js';

export const updateMe = (changes: { name?: string; locale?: 'nl' | 'en' }) => api.patch<User>('/me', changes);

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/me/password', { currentPassword, newPassword });

export const listApiTokens = () => api.get<{ items: ApiToken[] }>('/me/api-tokens');

export const createApiToken = (name: string) => api.post<{ token: ApiToken; secret: string }>('/me/api-tokens', { name });

export const revokeApiToken = (id: string) => api.delete(`/me/api-tokens/${encodeURIComponent(id)}`);
