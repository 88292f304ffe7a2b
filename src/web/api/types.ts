import type { Role } from '../../domain/roles.js';

/** The shapes of the API's answers, as documented at /api/v1/openapi.json. */
export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  municipalityId: string | null;
  municipalityName: string | null;
  active: boolean;
  locale: string;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface PoolBrand {
  id: string;
  name: string;
  colour: string;
}

export interface CurrentSession {
  user: User;
  csrfToken: string | null;
  pool: PoolBrand;
}

export interface Branding {
  name: string;
  colour: string;
  /** Where parties and users turn with a question; set in the pool settings. */
  contact: { email: string | null; phone: string | null };
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  municipalityId: string | null;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
}

export interface InvitationLookup {
  email: string;
  name: string;
  poolName: string;
  expiresAt: string;
  emailEditable: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type AuditResult = 'success' | 'denied' | 'failure';

export interface AuditEvent {
  id: number;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  result: AuditResult;
  purpose: string | null;
  requestId: string | null;
  origin: string | null;
  detail: Record<string, unknown>;
}

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  bodyText: string;
  attachments: { filename: string; contentType: string }[];
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface MemberMunicipality {
  id: string;
  code: string;
  name: string;
  memberSince: string;
  memberUntil: string | null;
}
