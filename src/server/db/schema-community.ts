import type { ColumnType } from 'kysely';

/** Row types of date polls and intervision (migration 0023). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Generated<T> = ColumnType<T, T | undefined, T>;

export type PollPurpose = 'intervision-meeting' | 'case-first-session';
export type PollStatus = 'open' | 'fixed' | 'cancelled';
export type PollAnswerValue = 'yes' | 'maybe' | 'no';

export interface DatePollTable {
  id: Generated<string>;
  pool_id: string;
  purpose: PollPurpose;
  title: string;
  location: string | null;
  online_url: string | null;
  case_id: string | null;
  organiser_id: string;
  status: Generated<PollStatus>;
  fixed_slot_id: string | null;
  fixed_at: NullableTimestamp;
  fixed_by: string | null;
  session_id: string | null;
  created_at: Timestamp;
}

export interface DatePollSlotTable {
  id: Generated<string>;
  poll_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
}

export interface DatePollInviteeTable {
  id: Generated<string>;
  poll_id: string;
  user_id: string | null;
  party_id: string | null;
  token_hash: string | null;
  token_expires_at: NullableTimestamp;
  answered_at: NullableTimestamp;
}

export interface DatePollAnswerTable {
  invitee_id: string;
  slot_id: string;
  answer: PollAnswerValue;
  answered_at: Timestamp;
}

export interface IntervisionGroupTable {
  id: Generated<string>;
  pool_id: string;
  name: string;
  facilitator_id: string;
  meetings_per_year: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface IntervisionMemberTable {
  group_id: string;
  mediator_id: string;
  added_at: Timestamp;
}

export interface IntervisionMeetingTable {
  id: Generated<string>;
  pool_id: string;
  group_id: string;
  method: 'incident' | 'balint' | 'free';
  poll_id: string;
  attendance_recorded_at: NullableTimestamp;
  attendance_recorded_by: string | null;
  created_at: Timestamp;
}

export interface IntervisionAttendanceTable {
  meeting_id: string;
  mediator_id: string;
  points: number;
  recorded_at: Timestamp;
}

export interface CommunityTables {
  date_poll: DatePollTable;
  date_poll_slot: DatePollSlotTable;
  date_poll_invitee: DatePollInviteeTable;
  date_poll_answer: DatePollAnswerTable;
  intervision_group: IntervisionGroupTable;
  intervision_member: IntervisionMemberTable;
  intervision_meeting: IntervisionMeetingTable;
  intervision_attendance: IntervisionAttendanceTable;
}
