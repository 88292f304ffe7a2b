import type { ColumnType, Generated } from 'kysely';
import type { CaseTables } from './schema-cases.js';
import type { LendingTables } from './schema-lending.js';
import type { FrontDoorTables } from './schema-front-door.js';
import type { DirectoryTables } from './schema-directory.js';
import type { MatchingTables } from './schema-matching.js';
import type { HoursTables } from './schema-hours.js';
import type { OutcomeTables } from './schema-outcomes.js';
import type { CommunityTables } from './schema-community.js';
import type { RetentionTables } from './schema-retention.js';
import type { KnowledgeDiscussionTables } from './schema-knowledge-discussion.js';
import type { SingleSignOnTables } from './schema-single-sign-on.js';
import type { CommunityEventTables } from './schema-community-events.js';

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

/** An initiative of the public directory beside the pools (migration 0029): installation-wide. */
export interface DirectoryInitiativeTable {
  id: Generated<string>;
  name: string;
  kind: string;
  municipality_codes: Generated<string[]>;
  region: string | null;
  url: string | null;
  description: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  /** The installation-wide role that creates pools (migration 0025). */
  platform_admin: Generated<boolean>;
}

/** One account's place in one pool: its roles and municipality there (migration 0025, ADR 0022). */
export interface PoolMembershipTable {
  user_id: string;
  pool_id: string;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  municipality_id: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  /** The pool this session has chosen; null: the account's home pool (migration 0025). */
  pool_id: Generated<string | null>;
  /** How this session passed the second step; null while it has not (migration 0018). */
  second_factor: 'totp' | 'passkey' | 'recovery' | 'sso' | 'remembered' | null;
  /** The handle the sessions page uses (the id is the token's hash and never leaves the server). */
  public_id: Generated<string>;
  /** The passkey ceremony's challenge under way in this session, single use. */
  webauthn_challenge: string | null;
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
  /** The one pool the token works in (migration 0025). */
  pool_id: string | null;
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
  /** The processing activity (register code, src/domain/processing); migration 0020. */
  activity: string | null;
  subject_type: string | null;
  subject_id: string | null;
  /** W3C trace id of the request (the client's traceparent, or a new one). */
  trace_id: string | null;
}

/** The pool's register of processing activities: its wording of a standard one, or its own. */
export interface ProcessingActivityTable {
  id: Generated<string>;
  pool_id: string;
  code: string;
  name: string;
  purpose: string;
  legal_basis: string;
  data_categories: string;
  subject_categories: string;
  retention: string;
  recipients: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One link of the audit log's hash chain (written by a trigger at commit; migration 0020). */
export interface AuditChainTable {
  seq: number;
  audit_id: number;
  prev_hash: string;
  hash: string;
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
  /** Emptied ('' and []) once the mail is sent (migration 0011 for older rows); kept while it waits or failed. */
  body_text: string;
  attachments: Json<MailAttachment[]>;
  status: Generated<'queued' | 'sending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

/* Registry (migration 0002). */

type DateString = ColumnType<string, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface PoolDocumentTable {
  id: Generated<string>;
  pool_id: string;
  purpose: 'covenant';
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface PoolSettingsTable {
  pool_id: string;
  settlement_mode: Generated<'none' | 'hourly'>;
  settlement_period: Generated<'month' | 'quarter' | 'year'>;
  norm_first_contact_days: Generated<number>;
  norm_assignment_days: Generated<number>;
  norm_conclusion_days: Generated<number>;
  allow_different_department: Generated<boolean>;
  retention_months: Generated<number>;
  aftercare_weeks: Generated<number>;
  covenant_signed_on: string | null;
  covenant_description: string | null;
  covenant_document_id: string | null;
  /** Where parties and users turn with a question (shown in mails to parties and in the footer). */
  contact_email: string | null;
  contact_phone: string | null;
  /** Whether Good Friday and 5 May are days off for the pool's norms (migration 0014); the Atw count keeps both. */
  good_friday_day_off: Generated<boolean>;
  liberation_day_day_off: Generated<boolean>;
  /** PE points per hour of intervision, as the register counts them (migration 0023). */
  intervision_points_per_hour: Generated<string>;
  /** Administrators, coordinators and finance must sign in with a second factor (migration 0018). */
  require_second_factor: Generated<boolean>;
  /** Positive co-mediations after which a mediator in training is suggested for lead status (migration 0024). */
  lead_after_co_mediations: Generated<number>;
  /** The pool agreed to be compared with the other pools that agreed (migration 0032; off by default). */
  compare_with_other_pools: Generated<boolean>;
  updated_at: Timestamp;
}

export interface PoolHourlyRateTable {
  pool_id: string;
  year: number;
  cents: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PoolDayOffTable {
  id: Generated<string>;
  pool_id: string;
  date: string;
  description: string;
  created_at: Timestamp;
}

export interface MediatorProfileTable {
  id: Generated<string>;
  pool_id: string;
  user_id: string | null;
  invitation_id: string | null;
  department: string | null;
  kind: Generated<'mediator' | 'process_facilitator'>;
  status: Generated<'active' | 'in_training' | 'dormant' | 'inactive' | 'left'>;
  status_since: DateString;
  specialisms: TextArray;
  languages: TextArray;
  mfn_register_number: string | null;
  registration_expires_on: string | null;
  upkeep_cycle_start: string | null;
  max_concurrent_cases: Generated<number>;
  hours_per_month: Generated<number>;
  last_activity_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MediatorStatusChangeTable {
  id: Generated<string>;
  pool_id: string;
  mediator_id: string;
  status: 'active' | 'in_training' | 'dormant' | 'inactive' | 'left';
  from_date: string;
  note: string | null;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface MediatorUnavailabilityTable {
  id: Generated<string>;
  pool_id: string;
  mediator_id: string;
  starts_on: string;
  ends_on: string;
  kind: 'holiday' | 'leave' | 'other';
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MediatorRelationshipTable {
  id: Generated<string>;
  pool_id: string;
  mediator_id: string;
  kind: 'municipality' | 'department' | 'person';
  municipality_id: string | null;
  department: string | null;
  person_name: string | null;
  reason: string;
  since: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UpkeepEntryTable {
  id: Generated<string>;
  pool_id: string;
  mediator_id: string;
  type: 'mediation' | 'education' | 'peer_review';
  occurred_on: string;
  contact_minutes: number | null;
  written_agreement: boolean | null;
  co_mediation: boolean | null;
  points: number | null;
  education_kind: 'training' | 'intervision' | 'other' | null;
  description: string | null;
  created_by: string | null;
  created_at: Timestamp;
  /** What earned the entry (e.g. 'intervision-meeting', 'training-event'); null for manual entries. */
  source_type: Generated<string | null>;
  source_id: Generated<string | null>;
}

export interface MediatorWakeUpTable {
  id: Generated<string>;
  pool_id: string;
  mediator_id: string;
  sent_at: Timestamp;
  sent_by: string | null;
  mail_id: string | null;
  message: string | null;
}

export interface DB extends CommunityTables, CaseTables, MatchingTables, HoursTables, OutcomeTables, CommunityEventTables, SingleSignOnTables, KnowledgeDiscussionTables, RetentionTables, LendingTables, FrontDoorTables, DirectoryTables {
  pool: PoolTable;
  directory_initiative: DirectoryInitiativeTable;
  municipality: MunicipalityTable;
  pool_member: PoolMemberTable;
  app_user: AppUserTable;
  pool_membership: PoolMembershipTable;
  user_session: UserSessionTable;
  login_attempt: LoginAttemptTable;
  invitation: InvitationTable;
  password_reset: PasswordResetTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
  audit_chain: AuditChainTable;
  processing_activity: ProcessingActivityTable;
  mail_outbox: MailOutboxTable;
  pool_document: PoolDocumentTable;
  pool_settings: PoolSettingsTable;
  pool_hourly_rate: PoolHourlyRateTable;
  pool_day_off: PoolDayOffTable;
  mediator_profile: MediatorProfileTable;
  mediator_status_change: MediatorStatusChangeTable;
  mediator_unavailability: MediatorUnavailabilityTable;
  mediator_relationship: MediatorRelationshipTable;
  upkeep_entry: UpkeepEntryTable;
  mediator_wake_up: MediatorWakeUpTable;
  user_totp: UserTotpTable;
  user_passkey: UserPasskeyTable;
  user_recovery_code: UserRecoveryCodeTable;
  remembered_device: RememberedDeviceTable;
  second_factor_attempt: SecondFactorAttemptTable;
}

/** Second factor (migration 0018): the authenticator-app secret, encrypted; the last step used. */
export interface UserTotpTable {
  user_id: string;
  secret_encrypted: string;
  confirmed_at: Timestamp | null;
  last_used_step: number | null;
  created_at: Timestamp;
}

export interface UserPasskeyTable {
  id: Generated<string>;
  user_id: string;
  credential_id: string;
  public_key: Uint8Array;
  counter: Generated<number>;
  transports: Generated<string[]>;
  name: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
}

export interface UserRecoveryCodeTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface RememberedDeviceTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
}

export interface SecondFactorAttemptTable {
  id: Generated<number>;
  user_id: string;
  ip: string;
  success: boolean;
  at: Timestamp;
}
