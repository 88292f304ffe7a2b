import { api } from './client.js';
import type {
  Agreement,
  CalendarFeed,
  CalendarFeedCreated,
  CancelSessionInput,
  CaseSession,
  PlanSessionInput,
  RecordAgreementInput,
  RescheduleSessionInput,
  SessionAction,
  SessionList,
} from '../../contract/sessions.js';

/** Sessions of a case, the mediation agreement and the private calendar feed; types from src/contract/sessions.ts. */
export type { Agreement, CalendarFeed, CaseSession, SessionAction, SessionList };

/** What the session form sends: the time, the place and the attending parties. */
export type SessionInput = Pick<PlanSessionInput, 'date' | 'start' | 'end' | 'location' | 'onlineUrl' | 'partyIds'>;

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listSessions = (caseId: string, signal?: AbortSignal) => api.get<SessionList>(`/cases/${caseId}/sessions`, opts(signal));
export const planSession = (caseId: string, input: PlanSessionInput) => api.post<CaseSession>(`/cases/${caseId}/sessions`, input);
export const rescheduleSession = (id: string, input: RescheduleSessionInput) => api.patch<CaseSession>(`/sessions/${id}`, input);
export const cancelSession = (id: string, sequence: number, reason: string | null) => api.post<CaseSession>(`/sessions/${id}/cancel`, { sequence, reason } satisfies CancelSessionInput);
export const sessionIcsUrl = (id: string) => `/api/v1/sessions/${id}/ics`;

export const getAgreement = (caseId: string, signal?: AbortSignal) => api.get<Agreement>(`/cases/${caseId}/mediation-agreement`, opts(signal));
export const recordAgreement = (caseId: string, signedOn: string, documentId: string) =>
  api.put<Agreement>(`/cases/${caseId}/mediation-agreement`, { signedOn, documentId } satisfies RecordAgreementInput);

export const getCalendarFeed = (signal?: AbortSignal) => api.get<CalendarFeed>('/me/calendar-feed', opts(signal));
export const renewCalendarFeed = () => api.post<CalendarFeedCreated>('/me/calendar-feed');
export const revokeCalendarFeed = () => api.delete('/me/calendar-feed');
