import type { ColumnType } from 'kysely';

/** Row types of outcomes, aftercare and the satisfaction survey (migrations 0006 and 0008). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Generated<T> = ColumnType<T, T | undefined, T>;

export type Outcome = 'full_agreement' | 'partial_agreement' | 'no_agreement' | 'stopped_by_party' | 'stopped_by_mediator' | 'other_party_refused' | 'referred_on';
export type AgreementsKept = 'yes' | 'partly' | 'no';

export interface CaseOutcomeTable {
  case_id: string;
  pool_id: string;
  outcome: Outcome;
  written_agreement: boolean;
  recorded_by: string;
  recorded_at: Timestamp;
  aftercare_due_on: string | null;
  aftercare_kept: AgreementsKept | null;
  aftercare_note: string | null;
  aftercare_recorded_by: string | null;
  aftercare_recorded_at: NullableTimestamp;
}

export interface SatisfactionInvitationTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  municipality_id: string;
  token_hash: string;
  created_at: Timestamp;
  used_at: NullableTimestamp;
  /** Migration 0008: the party the link was sent to (null for links sent before). */
  party_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0008: set when a newer link for the same party replaced this unused one. */
  replaced_at: NullableTimestamp;
}

export interface SatisfactionAnswerTable {
  id: Generated<string>;
  pool_id: string;
  municipality_id: string;
  answered_month: string;
  score_process: number;
  score_mediator: number;
  score_outcome: number;
  comment: string | null;
}

export interface OutcomeTables {
  case_outcome: CaseOutcomeTable;
  satisfaction_invitation: SatisfactionInvitationTable;
  satisfaction_answer: SatisfactionAnswerTable;
}
