import type { ColumnType, Generated } from 'kysely';

/** Row types of sessions, agreements, hours, settlements and external costs (migration 0005). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type SessionStatus = 'planned' | 'cancelled';
export type HourActivity = 'intake' | 'session' | 'preparation' | 'reporting' | 'travel' | 'consultation';
export type HourStatus = 'submitted' | 'approved' | 'rejected';

export interface MediationSessionTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  sequence: Generated<number>;
  status: Generated<SessionStatus>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  location: string | null;
  online_url: string | null;
  description: string | null;
  planned_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  cancelled_at: NullableTimestamp;
  cancel_reason: string | null;
}

export interface MediationSessionPartyTable {
  session_id: string;
  party_id: string;
  pool_id: string;
}

export interface CalendarFeedTable {
  id: Generated<string>;
  pool_id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface MediationAgreementTable {
  case_id: string;
  pool_id: string;
  signed_on: string;
  document_id: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface PoolAgreementPolicyTable {
  pool_id: string;
  exempt_routes: TextArray;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface HourEntryTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  mediator_id: string;
  supplier_municipality_id: string;
  user_municipality_id: string;
  work_date: string;
  minutes: number;
  activity: HourActivity;
  travel_km: number | null;
  note: string | null;
  corrects_id: string | null;
  status: Generated<HourStatus>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  reject_reason: string | null;
  period_code: string | null;
  period_start: string | null;
  period_end: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SettlementTable {
  id: Generated<string>;
  pool_id: string;
  period_kind: 'month' | 'quarter' | 'year';
  period_code: string;
  period_start: string;
  period_end: string;
  status: Generated<'draft' | 'final'>;
  mode: 'none' | 'hourly' | null;
  figures: string | null;
  content_hash: string | null;
  created_by: string;
  created_at: Timestamp;
  finalised_by: string | null;
  finalised_at: NullableTimestamp;
}

export interface SettlementPositionTable {
  settlement_id: string;
  pool_id: string;
  municipality_id: string;
  minutes_supplied: number;
  minutes_used: number;
  net_minutes: number;
  own_minutes: number;
  received_cents: number | null;
  paid_cents: number | null;
  net_cents: number | null;
}

export interface ExternalMediatorCostTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  /** The engagement matching recorded; null only for declarations made before migration 0009. */
  external_assignment_id: string | null;
  external_name: string;
  organisation: string | null;
  hourly_rate_cents: number;
  minutes: number;
  declared_on: string;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface HoursTables {
  mediation_session: MediationSessionTable;
  mediation_session_party: MediationSessionPartyTable;
  calendar_feed: CalendarFeedTable;
  mediation_agreement: MediationAgreementTable;
  pool_agreement_policy: PoolAgreementPolicyTable;
  hour_entry: HourEntryTable;
  settlement: SettlementTable;
  settlement_position: SettlementPositionTable;
  external_mediator_cost: ExternalMediatorCostTable;
}
