import { api } from './client.js';

/** Sessions of a case, the mediation agreement and the private calendar feed. */
export interface CaseSession {
  id: string;
  caseId: string;
  caseNumber: string;
  uid: string;
  sequence: number;
  status: 'planned' | 'cancelled';
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  description: string | null;
  parties: { id: string; name: string; role: string; invited: boolean }[];
  plannedBy: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionInput {
  date: string;
  start: string;
  end: string;
  location: string | null;
  onlineUrl: string | null;
  partyIds: string[];
}

export interface Agreement {
  caseId: string;
  required: boolean;
  signed: boolean;
  signedOn: string | null;
  document: { id: string; filename: string } | null;
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface CalendarFeed {
  active: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
}

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listSessions = (caseId: string, signal?: AbortSignal) => api.get<{ items: CaseSession[] }>(`/cases/${caseId}/sessions`, opts(signal));
export const planSession = (caseId: string, input: SessionInput) => api.post<CaseSession>(`/cases/${caseId}/sessions`, input);
export const rescheduleSession = (id: string, input: SessionInput & { sequence: number }) => api.patch<CaseSession>(`/sessions/${id}`, input);
export const cancelSession = (id: string, sequence: number, reason: string | null) => api.post<CaseSession>(`/sessions/${id}/cancel`, { sequence, reason });
export const sessionIcsUrl = (id: string) => `/api/v1/sessions/${id}/ics`;

export const getAgreement = (caseId: string, signal?: AbortSignal) => api.get<Agreement>(`/cases/${caseId}/mediation-agreement`, opts(signal));
export const recordAgreement = (caseId: string, signedOn: string, documentId: string) =>
  api.put<Agreement>(`/cases/${caseId}/mediation-agreement`, { signedOn, documentId });

export const getCalendarFeed = (signal?: AbortSignal) => api.get<CalendarFeed>('/me/calendar-feed', opts(signal));
export const renewCalendarFeed = () => api.post<{ url: string; createdAt: string }>('/me/calendar-feed');
export const revokeCalendarFeed = () => api.delete('/me/calendar-feed');
