import { api } from './client.js';
import type {
  EnrolmentResult,
  PasskeyAdded,
  PasskeyRegistration,
  RecoveryCodes,
  SecondStepCode,
  SecondStepPasskey,
  SecurityOverview,
  SignedInSessionList,
  TotpConfirmation,
  TotpEnrolment,
  UserSecurity,
} from '../../contract/account-security.js';

export const getSecurityOverview = () => api.get<SecurityOverview>('/me/security');
export const beginTotpEnrolment = () => api.post<TotpEnrolment>('/me/security/totp');
export const confirmTotpEnrolment = (code: string) => api.post<EnrolmentResult>('/me/security/totp/confirmation', { code } satisfies TotpConfirmation);
export const removeTotp = () => api.delete('/me/security/totp');
export const regenerateRecoveryCodes = () => api.post<RecoveryCodes>('/me/security/recovery-codes');
export const passkeyRegistrationOptions = () => api.post<Record<string, unknown>>('/me/security/passkey-options');
export const addPasskey = (body: PasskeyRegistration) => api.post<PasskeyAdded>('/me/security/passkeys', body);
export const removePasskey = (id: string) => api.delete(`/me/security/passkeys/${encodeURIComponent(id)}`);

export const verifySecondStepCode = (body: SecondStepCode) => api.post<void>('/sessions/current/second-factor', body);
export const passkeySignInOptions = () => api.post<Record<string, unknown>>('/sessions/current/passkey-options');
export const verifyPasskeySignIn = (body: SecondStepPasskey) => api.post<void>('/sessions/current/passkey', body);

export const listOwnSessions = () => api.get<SignedInSessionList>('/me/sessions');
export const endOwnSession = (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`);

export const getUserSecurity = (userId: string) => api.get<UserSecurity>(`/users/${encodeURIComponent(userId)}/security`);
export const resetSecondFactor = (userId: string) => api.delete(`/users/${encodeURIComponent(userId)}/second-factor`);
export const endAllSessions = (userId: string) => api.delete(`/users/${encodeURIComponent(userId)}/sessions`);
