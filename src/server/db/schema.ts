import type { ColumnType, Generated } from 'kysely';

/** Row types of the database, kept by hand beside the migrations. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface PoolTable {
  id: Generated<string>;
  name: string;
  colour: Generated<string>;
  created_at: Timestamp;
}

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
  created_at: Timestamp;
}

export interface PoolMemberTable {
  pool_id: string;
  municipality_id: string;
  member_since: ColumnType<string, string | undefined, string>;
  member_until: string | null;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  pool_id: string;
  municipality_id: string | null;
  email: string;
  name: string;
  password_hash: string | null;
  roles: ColumnType<string[], string[], string[]>;
  locale: Generated<string>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: NullableTimestamp;
}

export interface UserSessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  email: string;
  ip: string;
  success: boolean;
  at: Timestamp;
}

export interface InvitationTable {
  id: Generated<string>;
  pool_id: string;
  token_hash: string;
  email: string;
  name: string;
  municipality_id: string | null;
  roles: ColumnType<string[], string[], string[]>;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  user_id: string | null;
}

export interface PasswordResetTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditEventTable {
  id: Generated<number>;
  pool_id: string | null;
  at: Timestamp;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  object_type: string;
  object_id: string | null;
  result: 'success' | 'denied' | 'failure';
  purpose: string | null;
  request_id: string | null;
  origin: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

export interface MailOutboxTable {
  id: Generated<string>;
  pool_id: string | null;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  attachments: Json<MailAttachment[]>;
  status: Generated<'queued' | 'sending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface DB {
  pool: PoolTable;
  municipality: MunicipalityTable;
  pool_member: PoolMemberTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  login_attempt: LoginAttemptTable;
  invitation: InvitationTable;
  password_reset: PasswordResetTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
  mail_outbox: MailOutboxTable;
}
