import type {
  CaseDetail,
  CaseDocument,
  CaseDocuments,
  CaseEvents,
  CaseList,
  CaseQuery,
  DocumentUploadInput,
  FirstContactInput,
  ObjectionInput,
  ReferralCreated,
  ReferralInput,
  TransitionInput,
  TriageInput,
} from '../../contract/cases.js';
import { api } from './client.js';

/**
 * The case API (/api/v1/cases). Every shape comes from the server's contract
 * (src/contract/cases.ts), so a change there is a compile error here and in the pages.
 */
export type {
  CaseAccess,
  CaseAction,
  CaseClock,
  CaseConfidential,
  CaseDetail,
  CaseDocument,
  CaseEvent,
  CaseEvents,
  CaseDocuments,
  CaseList,
  CaseObjection,
  CaseParty,
  CaseQuery,
  CaseSort,
  CaseSummary,
  CaseTriage,
  ClockStatus,
  DocumentUploadInput,
  ObjectionInput,
  PartyInput,
  ReferralInput,
  TransitionInput,
  TransitionOption,
  TriageInput,
} from '../../contract/cases.js';

/** The list query; `status` repeats (status=a&status=b), which the client's flat query cannot. */
export function caseListPath(query: CaseQuery): string {
  const params = new URLSearchParams();
  for (const s of query.status ?? []) params.append('status', s);
  for (const key of ['caseType', 'municipalityId', 'clockState', 'q', 'sort', 'direction', 'page', 'pageSize'] as const) {
    const v = query[key];
    if (v !== undefined && v !== '') params.set(key, String(v));
  }
  const s = params.toString();
  return `/cases${s ? `?${s}` : ''}`;
}

export const listCases = (query: CaseQuery, signal?: AbortSignal) => api.get<CaseList>(caseListPath(query), signal ? { signal } : {});

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** `purpose` is recorded in the audit log with the read of the confidential part (default: case work). */
export const getCase = (id: string, signal?: AbortSignal, purpose?: string) =>
  api.get<CaseDetail>(casePath(id), { ...(purpose ? { query: { purpose } } : {}), ...(signal ? { signal } : {}) });

export const listCaseEvents = (id: string, signal?: AbortSignal) => api.get<CaseEvents>(`${casePath(id)}/events`, signal ? { signal } : {});

export const referCase = (input: ReferralInput) => api.post<ReferralCreated>('/cases', input);

/** `from` is the status the user saw; the server answers 409 when the case has moved on since. */
export const transitionCase = (id: string, input: TransitionInput) => api.post<CaseDetail>(`${casePath(id)}/transitions`, input);

export const triageCase = (id: string, input: TriageInput) => api.post<CaseDetail>(`${casePath(id)}/triage`, input);

export const recordFirstContact = (id: string, date: string) => api.put<CaseDetail>(`${casePath(id)}/first-contact`, { date } satisfies FirstContactInput);

export const updateObjection = (id: string, input: ObjectionInput) => api.put<CaseDetail>(`${casePath(id)}/objection`, input);

export const listCaseDocuments = (id: string, signal?: AbortSignal) => api.get<CaseDocuments>(`${casePath(id)}/documents`, signal ? { signal } : {});

export const uploadCaseDocument = (id: string, input: DocumentUploadInput) => api.post<CaseDocument>(`${casePath(id)}/documents`, input);

/** A plain link downloads with the session cookie; a GET needs no CSRF code. */
export const caseDocumentUrl = (caseId: string, documentId: string) =>
  `/api/v1${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/content`;
