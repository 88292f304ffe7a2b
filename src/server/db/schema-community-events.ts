import type { ColumnType } from 'kysely';

/** Row types of events (training, masterclasses) and of growing mediators (migration 0024). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Generated<T> = ColumnType<T, T | undefined, T>;

export type EventKind = 'training' | 'masterclass' | 'intervision_day' | 'coordinator_meeting';
export type RegistrationStatus = 'registered' | 'waiting' | 'cancelled';

export interface CommunityEventTable {
  id: Generated<string>;
  pool_id: string;
  kind: EventKind;
  title: string;
  description: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  location: string | null;
  online_url: string | null;
  capacity: number;
  points: Generated<number>;
  organiser_id: string;
  cancelled_at: NullableTimestamp;
  /** Migration 0026: who cancelled the event and why (the mail to the registrants says so). */
  cancelled_by: ColumnType<string | null, string | null | undefined, string | null>;
  cancel_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventRegistrationTable {
  id: Generated<string>;
  pool_id: string;
  event_id: string;
  user_id: string;
  status: RegistrationStatus;
  queued_at: Timestamp;
  placed_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  attended: boolean | null;
  attendance_recorded_by: string | null;
  attendance_recorded_at: NullableTimestamp;
}

export interface EventEvaluationAnswerTable {
  id: Generated<string>;
  pool_id: string;
  event_id: string;
  overall: number;
  usefulness: number;
  comment: string | null;
}

export interface EventEvaluationGivenTable {
  event_id: string;
  user_id: string;
}

export interface CoMediationReviewTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  co_mediator_id: string;
  lead_mediator_id: string;
  positive: boolean;
  review: string;
  written_by: string;
  written_at: Timestamp;
}

export interface LeadStatusDecisionTable {
  id: Generated<string>;
  pool_id: string;
  mediator_id: string;
  decision: 'approved' | 'declined';
  positive_reviews: number;
  note: string | null;
  decided_by: string;
  decided_at: Timestamp;
}

export interface CommunityEventTables {
  community_event: CommunityEventTable;
  event_registration: EventRegistrationTable;
  event_evaluation_answer: EventEvaluationAnswerTable;
  event_evaluation_given: EventEvaluationGivenTable;
  co_mediation_review: CoMediationReviewTable;
  lead_status_decision: LeadStatusDecisionTable;
}
