import { api } from './client.js';
import type {
  Activity,
  CorrectionInput,
  HourApprovalQueuePage,
  HourDefaults,
  HourEntry,
  HourEntryList,
  HoursTotalsReport,
  LogHoursInput,
  UpdateHoursInput,
} from '../../contract/hours.js';

/** The hours API (/api/v1/me/hours, /api/v1/hours, /api/v1/cases/:id/hours); its shapes come from the contract. */
export type {
  Activity,
  CorrectionInput,
  HourApprovalQueuePage,
  HourDefaults,
  HourEntry,
  HourEntryAction,
  HourEntryList,
  HourFlag,
  HourQueueEntry,
  HoursCollectionAction,
  HourStatus,
  HourTotals,
  HoursTotalsReport,
  LogHoursInput,
  UpdateHoursInput,
} from '../../contract/hours.js';

/** The activities in the order the form offers them (the contract's list; the web takes no TypeBox values). */
export const ACTIVITIES = ['intake', 'session', 'preparation', 'reporting', 'travel', 'consultation'] as const satisfies readonly Activity[];
// Fails to compile when the contract gains an activity this list lacks.
const _everyActivity: Activity extends (typeof ACTIVITIES)[number] ? true : never = true;
void _everyActivity;

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const getMyHours = (month: string, signal?: AbortSignal) => api.get<HourEntryList>('/me/hours', { query: { month }, ...opts(signal) });
export const getHourDefaults = (signal?: AbortSignal) => api.get<HourDefaults>('/me/hours/defaults', opts(signal));
export const logHours = (caseId: string, input: LogHoursInput) => api.post<HourEntry>(`/cases/${caseId}/hours`, input);
/** One page of the approval queue, oldest first. */
export const getApprovalQueue = (page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<HourApprovalQueuePage>('/hours/approval-queue', { query: { page, pageSize }, ...opts(signal) });
export const getHoursTotals = (from: string, to: string, signal?: AbortSignal) => api.get<HoursTotalsReport>('/hours/totals', { query: { from, to }, ...opts(signal) });
export const approveHours = (id: string) => api.post<HourEntry>(`/hours/${id}/approve`);
export const rejectHours = (id: string, reason: string) => api.post<HourEntry>(`/hours/${id}/reject`, { reason });
export const deleteHours = (id: string) => api.delete(`/hours/${id}`);
export const updateHours = (id: string, input: UpdateHoursInput) => api.patch<HourEntry>(`/hours/${id}`, input);
export const reopenHours = (id: string) => api.post<HourEntry>(`/hours/${id}/reopen`);
export const correctHours = (id: string, input: CorrectionInput) => api.post<HourEntry>(`/hours/${id}/corrections`, input);
export const getCaseHours = (caseId: string, signal?: AbortSignal) => api.get<HourEntryList>(`/cases/${caseId}/hours`, opts(signal));
