import { api, request } from './client.js';
import type {
  AdminInitiativeList,
  Directory,
  DirectorySearch,
  Initiative,
  InitiativeInput,
  MunicipalityOptionList,
  PoolPage,
  PoolPublicPage,
  UpdatePoolPublicPageInput,
} from '../../contract/directory.js';

/** The public directory: no session needed (a 401 there is never an expired session). */
const open = <T>(path: string, query?: Record<string, string>, signal?: AbortSignal) =>
  request<T>('GET', path, { anonymous: true, ...(query ? { query } : {}), ...(signal ? { signal } : {}) });

export const getDirectory = (signal?: AbortSignal) => open<Directory>('/directory', undefined, signal);
export const getMunicipalityOptions = (signal?: AbortSignal) => open<MunicipalityOptionList>('/directory/municipalities', undefined, signal);
export const searchDirectory = (municipality: string, signal?: AbortSignal) => open<DirectorySearch>('/directory/search', { municipality }, signal);
export const getPoolPage = (poolId: string, signal?: AbortSignal) => open<PoolPage>(`/directory/pools/${encodeURIComponent(poolId)}`, undefined, signal);
/** The open-data downloads are plain links (the browser saves the file). */
export const openDataUrl = (poolId: string, format: 'json' | 'csv') => `/api/v1/directory/pools/${encodeURIComponent(poolId)}/open-data.${format}`;

/** The platform administrator's initiatives. */
export const listAdminInitiatives = () => api.get<AdminInitiativeList>('/platform/initiatives');
export const createInitiative = (input: InitiativeInput) => api.post<Initiative>('/platform/initiatives', input);
export const changeInitiative = (id: string, input: InitiativeInput) => api.put<Initiative>(`/platform/initiatives/${encodeURIComponent(id)}`, input);
export const removeInitiative = (id: string) => api.delete<void>(`/platform/initiatives/${encodeURIComponent(id)}`);

/** The actor's pool's own public page (its administrator edits it). */
export const getPoolPublicPage = (signal?: AbortSignal) => api.get<PoolPublicPage>('/pool-public-page', signal ? { signal } : undefined);
export const updatePoolPublicPage = (input: UpdatePoolPublicPageInput) => api.put<PoolPublicPage>('/pool-public-page', input);
