import { api } from './client.js';
import type {
  AftercareInput,
  AftercareTask,
  AftercareTaskList,
  AgreementsKept,
  CaseOutcome,
  Outcome,
  OutcomeAction,
  OutcomeInput,
  PublicSurvey,
  SurveyAnswer,
  SurveyInvited,
  SurveyState,
} from '../../contract/outcomes.js';

/** Outcome and aftercare of a case (src/server/modules/outcomes); types from src/contract/outcomes.ts. */
export type { AftercareTask, AftercareTaskList, AgreementsKept, CaseOutcome, Outcome, OutcomeAction, PublicSurvey, SurveyAnswer, SurveyState };

// The lists themselves are values; the contract holds them too, but the web imports only types from it.
export const OUTCOMES = ['full_agreement', 'partial_agreement', 'no_agreement', 'stopped_by_party', 'stopped_by_mediator', 'other_party_refused', 'referred_on'] as const satisfies readonly Outcome[];
export const AGREEMENTS_KEPT = ['yes', 'partly', 'no'] as const satisfies readonly AgreementsKept[];

export const getOutcome = (caseId: string, signal?: AbortSignal) => api.get<CaseOutcome>(`/cases/${caseId}/outcome`, signal ? { signal } : {});

export const recordOutcome = (caseId: string, body: OutcomeInput) => api.put<CaseOutcome>(`/cases/${caseId}/outcome`, body);

export const inviteSurvey = (caseId: string) => api.post<SurveyInvited>(`/cases/${caseId}/satisfaction-invitations`);
export const resendSurvey = (caseId: string) => api.post<SurveyInvited>(`/cases/${caseId}/satisfaction-invitations/resend`);

export const recordAftercare = (caseId: string, body: AftercareInput) => api.post<CaseOutcome>(`/cases/${caseId}/aftercare`, body);

/** Open aftercare, earliest due date first: a mediator's own cases, a coordinator's whole pool. Not paged. */
export const listAftercareTasks = (signal?: AbortSignal) => api.get<AftercareTaskList>('/me/aftercare-tasks', signal ? { signal } : {});

/** The anonymous satisfaction survey behind a party's single-use link (no account). */
export const getPublicSurvey = (token: string, signal?: AbortSignal) =>
  api.get<PublicSurvey>(`/satisfaction/${encodeURIComponent(token)}`, { anonymous: true, ...(signal ? { signal } : {}) });
export const answerPublicSurvey = (token: string, body: SurveyAnswer) =>
  api.post<void>(`/satisfaction/${encodeURIComponent(token)}`, body, { anonymous: true });
