import { api } from './client.js';

/** The hours API (/api/v1/me/hours, /api/v1/hours, /api/v1/cases/:id/hours). */
export const ACTIVITIES = ['intake', 'session', 'preparation', 'reporting', 'travel', 'consultation'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export type HourStatus = 'submitted' | 'approved' | 'rejected';

export interface HourEntry {
  id: string;
  caseId: string;
  caseNumber: string;
  mediator: { id: string; name: string; userId: string | null };
  supplierMunicipality: { id: string; name: string };
  userMunicipality: { id: string; name: string };
  date: string;
  minutes: number;
  activity: Activity;
  travelKm: number | null;
  note: string | null;
  correctsId: string | null;
  /** For a correction: the date of the hours it corrects. */
  correctsDate: string | null;
  /** For hours with (pending or approved) corrections: the minutes including them. */
  correctedMinutes: number | null;
  status: HourStatus;
  rejectReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  period: { code: string; start: string; end: string } | null;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface HourTotals {
  approvedMinutes: number;
  submittedMinutes: number;
  rejectedMinutes: number;
  travelKm: number;
}

export interface HourEntryList {
  items: HourEntry[];
  totals: HourTotals;
}

export interface HourDefaults {
  date: string;
  activity: Activity | null;
  caseId: string | null;
  cases: { id: string; number: string; title: string; status: string }[];
}

export interface LogHoursInput {
  date: string;
  minutes: number;
  activity: Activity;
  travelKm?: number | null;
  note?: string | null;
}

export type UpdateHoursInput = Partial<LogHoursInput>;

export interface CorrectionInput {
  date?: string;
  /** The difference: negative to take time back, never 0. */
  minutes: number;
  note: string;
}

export interface HoursTotalsReport {
  from: string;
  to: string;
  perCase: (HourTotals & { caseId: string; caseNumber: string; municipality: string })[];
  perMediator: (HourTotals & { mediatorId: string; name: string; municipality: string })[];
  totals: HourTotals;
}

export const getMyHours = (month: string, signal?: AbortSignal) => api.get<HourEntryList>('/me/hours', { query: { month }, ...(signal ? { signal } : {}) });
export const getHourDefaults = (signal?: AbortSignal) => api.get<HourDefaults>('/me/hours/defaults', signal ? { signal } : {});
export const logHours = (caseId: string, input: LogHoursInput) => api.post<HourEntry>(`/cases/${caseId}/hours`, input);
export const getApprovalQueue = (signal?: AbortSignal) => api.get<HourEntryList>('/hours/approval-queue', signal ? { signal } : {});
export const getHoursTotals = (from: string, to: string, signal?: AbortSignal) =>
  api.get<HoursTotalsReport>('/hours/totals', { query: { from, to }, ...(signal ? { signal } : {}) });
export const approveHours = (id: string) => api.post<HourEntry>(`/hours/${id}/approve`);
export const rejectHours = (id: string, reason: string) => api.post<HourEntry>(`/hours/${id}/reject`, { reason });
export const deleteHours = (id: string) => api.delete(`/hours/${id}`);
export const updateHours = (id: string, input: UpdateHoursInput) => api.patch<HourEntry>(`/hours/${id}`, input);
export const reopenHours = (id: string) => api.post<HourEntry>(`/hours/${id}/reopen`);
export const correctHours = (id: string, input: CorrectionInput) => api.post<HourEntry>(`/hours/${id}/corrections`, input);
export const getCaseHours = (caseId: string, signal?: AbortSignal) => api.get<HourEntryList>(`/cases/${caseId}/hours`, signal ? { signal } : {});
