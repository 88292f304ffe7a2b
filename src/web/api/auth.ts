import { api } from './client.js';
import type { CurrentSession, LoginInput, PasswordResetConfirmation, PasswordResetRequest } from '../../contract/auth.js';
import type { Branding } from './types.js';

export const getBranding = () => api.get<Branding>('/branding', { anonymous: true });

export const getCurrentSession = () => api.get<CurrentSession>('/sessions/current', { anonymous: true });

export const logIn = (email: string, password: string) =>
  api.post<CurrentSession>('/sessions', { email, password } satisfies LoginInput, { anonymous: true });

export const logOut = () => api.delete('/sessions/current', { anonymous: true });

export const requestPasswordReset = (email: string) => api.post<void>('/password-resets', { email } satisfies PasswordResetRequest, { anonymous: true });

export const confirmPasswordReset = (token: string, password: string) =>
  api.post<void>('/password-resets/confirmations', { token, password } satisfies PasswordResetConfirmation, { anonymous: true });
