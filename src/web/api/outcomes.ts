import { api, request } from './client.js';

/** Outcome and aftercare of a case (src/server/modules/outcomes). */
export const OUTCOMES = ['full_agreement', 'partial_agreement', 'no_agreement', 'stopped_by_party', 'stopped_by_mediator', 'other_party_refused', 'referred_on'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const AGREEMENTS_KEPT = ['yes', 'partly', 'no'] as const;
export type AgreementsKept = (typeof AGREEMENTS_KEPT)[number];

export interface CaseOutcome {
  caseId: string;
  status: string;
  concludedOn: string | null;
  shareWithReferrer: boolean;
  outcome: Outcome | null;
  writtenAgreement: boolean | null;
  recordedAt: string | null;
  sessionsHeld: number | null;
  minutesApproved: number | null;
  minutesSubmitted: number | null;
  aftercare: { dueOn: string | null; agreementsKept: AgreementsKept | null; note: string | null; recordedAt: string | null } | null;
}

export const getOutcome = (caseId: string, signal?: AbortSignal) => api.get<CaseOutcome>(`/cases/${caseId}/outcome`, signal ? { signal } : {});

/**
 * The server records an outcome with PUT, which the shared client's method list does not name
 * yet; `request` passes the method to fetch unchanged, with the CSRF code like any other write.
 */
export const recordOutcome = (caseId: string, body: { outcome: Outcome; writtenAgreement: boolean; shareWithReferrer: boolean }) =>
  request<CaseOutcome>('PUT' as 'PATCH', `/cases/${caseId}/outcome`, { body });

export const recordAftercare = (caseId: string, body: { agreementsKept: AgreementsKept; note?: string }) => api.post<CaseOutcome>(`/cases/${caseId}/aftercare`, body);

/** The anonymous satisfaction survey behind a party's single-use link (no account). */
export interface PublicSurvey {
  poolName: string;
  answered: boolean;
}
export interface SurveyAnswer {
  process: number;
  mediator: number;
  outcome: number;
  comment?: string;
}
export const getPublicSurvey = (token: string, signal?: AbortSignal) =>
  api.get<PublicSurvey>(`/satisfaction/${encodeURIComponent(token)}`, { anonymous: true, ...(signal ? { signal } : {}) });
export const answerPublicSurvey = (token: string, body: SurveyAnswer) =>
  api.post<void>(`/satisfaction/${encodeURIComponent(token)}`, body, { anonymous: true });
