import { api } from './client.js';
import type { DestructionListDetail, DestructionListPage, RetentionTerms, RetentionTermsInput } from '../../contract/retention.js';
import type { PartyCorrection, PartyErasureResult, PersonKind, PersonSearchResult } from '../../contract/data-subjects.js';

export type { DestructionItem, DestructionListDetail, DestructionListSummary, RetentionTerm, RetentionTerms } from '../../contract/retention.js';
export type { PersonKind, PersonMatch, PartyErasureResult } from '../../contract/data-subjects.js';

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const getRetentionTerms = (signal?: AbortSignal) => api.get<RetentionTerms>('/retention-terms', opts(signal));
export const saveRetentionTerms = (body: RetentionTermsInput) => api.put<RetentionTerms>('/retention-terms', body);
export const listDestructionLists = (signal?: AbortSignal) => api.get<DestructionListPage>('/destruction-lists', opts(signal));
export const proposeDestructionList = () => api.post<DestructionListDetail>('/destruction-lists');
export const getDestructionList = (id: string, signal?: AbortSignal) => api.get<DestructionListDetail>(`/destruction-lists/${id}`, opts(signal));
export const reviewDestructionItem = (listId: string, itemId: string, body: { excluded: boolean; reason?: string; version: number }) =>
  api.put<void>(`/destruction-lists/${listId}/items/${itemId}`, body);
export const approveDestructionList = (listId: string, version: number) => api.post<DestructionListDetail>(`/destruction-lists/${listId}/approval`, { version });

export const findPeople = (q: string, signal?: AbortSignal) => api.get<PersonSearchResult>('/data-subjects', { query: { q }, ...opts(signal) });
export const personExportUrl = (kind: PersonKind, id: string, format: 'json' | 'pdf') => `/api/v1/data-subjects/${kind}/${id}/export${format === 'pdf' ? '.pdf' : ''}`;
export const correctParty = (partyId: string, body: PartyCorrection) => api.patch<void>(`/data-subjects/parties/${partyId}`, body);
export const eraseParty = (partyId: string) => api.post<PartyErasureResult>(`/data-subjects/parties/${partyId}/erasure`);
