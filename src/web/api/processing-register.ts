import { api } from './client.js';
import type { AuditChainReport, ProcessingActivity, ProcessingActivityInput, ProcessingActivityList } from '../../contract/processing-register.js';

export type { AuditChainReport, ProcessingActivity, ProcessingActivityInput } from '../../contract/processing-register.js';

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listProcessingActivities = (signal?: AbortSignal) => api.get<ProcessingActivityList>('/processing-activities', opts(signal));
export const getProcessingActivity = (code: string, signal?: AbortSignal) =>
  api.get<ProcessingActivity>(`/processing-activities/${encodeURIComponent(code)}`, opts(signal));
export const createProcessingActivity = (body: ProcessingActivityInput) => api.post<ProcessingActivity>('/processing-activities', body);
export const updateProcessingActivity = (code: string, body: ProcessingActivityInput) =>
  api.put<ProcessingActivity>(`/processing-activities/${encodeURIComponent(code)}`, body);
export const checkAuditChain = () => api.get<AuditChainReport>('/audit-chain');
