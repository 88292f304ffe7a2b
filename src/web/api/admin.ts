import { api } from './client.js';
import type { AuditEvent, AuditResult, MailStatus, OutboxMail, Page } from './types.js';

export interface AuditQuery {
  page?: number;
  pageSize?: number;
  action?: string;
  objectType?: string;
  actor?: string;
  result?: AuditResult;
  /** ISO 8601 date-time with offset. */
  from?: string;
  to?: string;
}

export const listAuditEvents = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<Page<AuditEvent>>('/audit-events', { query: { ...query }, ...(signal ? { signal } : {}) });

export interface MailQuery {
  page?: number;
  pageSize?: number;
  status?: MailStatus;
}

export const listMail = (query: MailQuery, signal?: AbortSignal) =>
  api.get<Page<OutboxMail>>('/mail-outbox', { query: { ...query }, ...(signal ? { signal } : {}) });

export const retryMail = (id: string) => api.post<{ id: string }>(`/mail-outbox/${encodeURIComponent(id)}/retries`);
