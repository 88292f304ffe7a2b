import type { ClockState } from '../../domain/calendar/clock-state.js';
import type { CaseStatus } from '../../domain/cases/case-status.js';
import type { CaseType, DocumentKind, PartyRole, ReferralSource, Urgency } from '../../domain/cases/case-vocabulary.js';
import { api } from './client.js';
import type { Page } from './types.js';

/** The case API (/api/v1/cases), as documented at /api/v1/openapi.json. */
export type CaseAccess = 'full' | 'limited';
export type ClockStatus = 'running' | 'met' | 'missed' | 'stopped';
export type CaseSort = 'referredOn' | 'number' | 'status' | 'nextDue';

export interface CaseSummary {
  id: string;
  number: string;
  title: string;
  caseType: CaseType;
  status: CaseStatus;
  route: string | null;
  urgency: Urgency;
  requestingMunicipality: { id: string; name: string };
  referredOn: string;
  nextDueOn: string | null;
  clockState: ClockState | null;
  access: CaseAccess;
}

export interface CaseClock {
  /** first_contact, assignment, conclusion or statutory. */
  key: string;
  label: string;
  dueOn: string;
  completedOn: string | null;
  status: ClockStatus;
  state: ClockState | null;
  workingDaysLeft: number | null;
}

export interface TransitionOption {
  to: CaseStatus;
  label: string;
  reasonRequired: boolean;
}

export interface CaseParty {
  id: string;
  role: PartyRole;
  name: string;
  organisation: string | null;
  municipality: { id: string; name: string } | null;
  department: string | null;
  email: string | null;
  phone: string | null;
  informed: boolean;
}

export interface CaseTriage {
  contraIndications: string[];
  route: string;
  reason: string;
  justification: string | null;
  destination: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface CaseObjection {
  decisionSentOn: string;
  advisoryCommittee: boolean;
  adjournmentWeeks: number | null;
  postponementDays: number | null;
  postponementConsentOn: string | null;
  decisionDueOn: string | null;
}

export interface CaseConfidential {
  description: string;
  referralSource: ReferralSource;
  preferredLanguage: string;
  wantsExternalMediator: boolean;
  referrer: { id: string; name: string };
  firstContactOn: string | null;
  outcomeShareable: boolean;
  parties: CaseParty[];
  triage: CaseTriage | null;
  mediators: { mediatorId: string; name: string; municipality: string | null; role: 'lead' | 'co' }[];
  /** Engaged through matching instead of a pool mediator. */
  externalMediator: { name: string; organisation: string } | null;
  objection: CaseObjection | null;
}

export interface CaseDetail extends CaseSummary {
  assignedOn: string | null;
  concludedOn: string | null;
  closedOn: string | null;
  referredTo: string | null;
  workingDaysSinceReferral: number;
  clocks: CaseClock[];
  allowedTransitions: TransitionOption[];
  /** Null for limited access (the referring municipality's contacts). */
  confidential: CaseConfidential | null;
}

export interface CaseEvent {
  id: number;
  at: string;
  actor: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  /** Null for limited access. */
  reason: string | null;
  /** Empty for limited access. */
  detail: Record<string, unknown>;
}

export interface CaseDocument {
  id: string;
  kind: DocumentKind;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface CaseQuery {
  status?: CaseStatus[];
  caseType?: CaseType;
  municipalityId?: string;
  clockState?: ClockState;
  q?: string;
  sort?: CaseSort;
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

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

export const listCases = (query: CaseQuery, signal?: AbortSignal) => api.get<Page<CaseSummary>>(caseListPath(query), signal ? { signal } : {});

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** `purpose` is recorded in the audit log with the read of the confidential part (default: case work). */
export const getCase = (id: string, signal?: AbortSignal, purpose?: string) =>
  api.get<CaseDetail>(casePath(id), { ...(purpose ? { query: { purpose } } : {}), ...(signal ? { signal } : {}) });

export const listCaseEvents = (id: string, signal?: AbortSignal) =>
  api.get<{ items: CaseEvent[] }>(`${casePath(id)}/events`, signal ? { signal } : {});

export interface PartyInput {
  role: PartyRole;
  name: string;
  organisation?: string | null;
  municipalityId?: string | null;
  department?: string | null;
  email?: string | null;
  phone?: string | null;
  informed: boolean;
}

export interface ReferralInput {
  requestingMunicipalityId: string;
  caseType: CaseType;
  title: string;
  description: string;
  parties: PartyInput[];
  referralSource: ReferralSource;
  urgency?: Urgency;
  preferredLanguage?: string;
  wantsExternalMediator?: boolean;
  objection?: { decisionSentOn: string; advisoryCommittee: boolean };
}

export const referCase = (input: ReferralInput) => api.post<{ id: string; number: string }>('/cases', input);

export interface TransitionInput {
  to: CaseStatus;
  /** The status the user saw; the server answers 409 when the case has moved on since. */
  from: CaseStatus;
  reason?: string;
  destination?: string;
}

export const transitionCase = (id: string, input: TransitionInput) => api.post<CaseDetail>(`${casePath(id)}/transitions`, input);

export interface TriageInput {
  route: string;
  contraIndications: string[];
  destination?: string | null;
  reason?: string | null;
  justification?: string | null;
}

export const triageCase = (id: string, input: TriageInput) => api.post<CaseDetail>(`${casePath(id)}/triage`, input);

export const recordFirstContact = (id: string, date: string) => api.put<CaseDetail>(`${casePath(id)}/first-contact`, { date });

export interface ObjectionInput {
  decisionSentOn: string | null;
  advisoryCommittee: boolean;
  adjournmentWeeks: number | null;
  postponementDays: number | null;
  postponementConsentOn: string | null;
}

export const updateObjection = (id: string, input: ObjectionInput) => api.put<CaseDetail>(`${casePath(id)}/objection`, input);

export const listCaseDocuments = (id: string, signal?: AbortSignal) =>
  api.get<{ items: CaseDocument[] }>(`${casePath(id)}/documents`, signal ? { signal } : {});

export const uploadCaseDocument = (id: string, input: { kind: DocumentKind; filename: string; contentBase64: string }) =>
  api.post<CaseDocument>(`${casePath(id)}/documents`, input);

/** A plain link downloads with the session cookie; a GET needs no CSRF code. */
export const caseDocumentUrl = (caseId: string, documentId: string) =>
  `/api/v1${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/content`;
