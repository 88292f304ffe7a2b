import { api } from './client.js';
import type {
  SignInOptions,
  SignInPolicy,
  SignInPolicyUpdate,
  SsoProvider,
  SsoProviderCreate,
  SsoProviderList,
  SsoProviderUpdate,
} from '../../contract/single-sign-on.js';

export type { SsoProvider, SsoProviderCreate, SsoProviderUpdate } from '../../contract/single-sign-on.js';

/** The sign-in page's buttons (public). */
export const getSignInOptions = () => api.get<SignInOptions>('/sign-in-options', { anonymous: true });

/** Where the browser goes to sign in through a provider (a full navigation, not a fetch). */
export const ssoSignInHref = (providerId: string) => `/api/v1/sso-providers/${encodeURIComponent(providerId)}/sign-in`;

export const listSsoProviders = () => api.get<SsoProviderList>('/sso-providers');
export const createSsoProvider = (body: SsoProviderCreate) => api.post<SsoProvider>('/sso-providers', body);
export const updateSsoProvider = (id: string, body: SsoProviderUpdate) => api.patch<SsoProvider>(`/sso-providers/${encodeURIComponent(id)}`, body);
export const deleteSsoProvider = (id: string) => api.delete<void>(`/sso-providers/${encodeURIComponent(id)}`);
export const getSignInPolicy = () => api.get<SignInPolicy>('/sign-in-policy');
export const setSignInPolicy = (body: SignInPolicyUpdate) => api.put<SignInPolicy>('/sign-in-policy', body);
