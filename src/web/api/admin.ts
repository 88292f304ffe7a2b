import { api } from './client.js';
import type { AuditEventPage, AuditQuery } from '../../contract/audit-log.js';
import type { MailQuery, MailRetryAccepted, OutboxMailPage } from '../../contract/mail-outbox.js';

export type { AuditQuery } from '../../contract/audit-log.js';
export type { MailQuery } from '../../contract/mail-outbox.js';

export const listAuditEvents = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<AuditEventPage>('/audit-events', { query: { ...query }, ...(signal ? { signal } : {}) });

export const listMail = (query: MailQuery, signal?: AbortSignal) =>
  api.get<OutboxMailPage>('/mail-outbox', { query: { ...query }, ...(signal ? { signal } : {}) });

export const retryMail = (id: string) => api.post<MailRetryAccepted>(`/mail-outbox/${encodeURIComponent(id)}/retries`);
