import { api } from './client.js';

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
  /** The satisfaction survey to the parties; null until sent (and for limited access). */
  survey: SurveyState | null;
}

export interface SurveyState {
  firstSentAt: string;
  lastSentAt: string;
  /** Live links (a link sent again replaces the earlier one). */
  invited: number;
  /** Links used. */
  answered: number;
  /** Parties with an e-mail address a new round would reach. */
  pending: number;
}

export const getOutcome = (caseId: string, signal?: AbortSignal) => api.get<CaseOutcome>(`/cases/${caseId}/outcome`, signal ? { signal } : {});

export const recordOutcome = (caseId: string, body: { outcome: Outcome; writtenAgreement: boolean; shareWithReferrer: boolean }) =>
  api.put<CaseOutcome>(`/cases/${caseId}/outcome`, body);

export const inviteSurvey = (caseId: string) => api.post<{ invited: number }>(`/cases/${caseId}/satisfaction-invitations`);
export const resendSurvey = (caseId: string) => api.post<{ invited: number }>(`/cases/${caseId}/satisfaction-invitations/resend`);

export const recordAftercare = (caseId: string, body: { agreementsKept: AgreementsKept; note?: string }) => api.post<CaseOutcome>(`/cases/${caseId}/aftercare`, body);

/** An open aftercare check: a concluded case whose agreements have not been checked yet. */
export interface AftercareTask {
  caseId: string;
  caseNumber: string;
  status: string;
  concludedOn: string | null;
  dueOn: string;
  /** The due date has been reached (today in Amsterdam, on the server). */
  due: boolean;
  /** The lead mediator on the case; null when there is none. */
  leadMediatorName: string | null;
}

/** Open aftercare, earliest due date first: a mediator's own cases, a coordinator's whole pool. Not paged. */
export const listAftercareTasks = (signal?: AbortSignal) => api.get<{ items: AftercareTask[] }>('/me/aftercare-tasks', signal ? { signal } : {});

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
