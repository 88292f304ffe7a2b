import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

/** Row types of the case tables (migration 0003). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface CaseNumberCounterTable {
  pool_id: string;
  year: number;
  last_number: number;
}

export interface MediationCaseTable {
  id: Generated<string>;
  pool_id: string;
  number: string;
  /** Sorts like the number, with MP-2026-10000 after MP-2026-9999 (migration 0015, generated). */
  number_order: GeneratedAlways<string>;
  requesting_municipality_id: string;
  case_type: string;
  title: string;
  description: string;
  status: Generated<string>;
  route: string | null;
  referral_source: string;
  urgency: Generated<string>;
  preferred_language: Generated<string>;
  wants_external_mediator: Generated<boolean>;
  /** NULL only for a self-referral through the front door (migration 0030). */
  referrer_user_id: string | null;
  referred_on: string;
  first_contact_on: string | null;
  assigned_on: string | null;
  concluded_on: string | null;
  closed_on: string | null;
  first_contact_due_on: string | null;
  assignment_due_on: string | null;
  conclusion_due_on: string | null;
  statutory_due_on: string | null;
  outcome_shareable: Generated<boolean>;
  referred_to: string | null;
  objection_decision_sent_on: string | null;
  objection_advisory_committee: boolean | null;
  objection_adjournment_weeks: number | null;
  objection_postponement_days: number | null;
  objection_postponement_consent_on: string | null;
  /** When the adjournment was announced (Awb 7:10(3); migration 0014); NULL on older cases. */
  objection_adjournment_announced_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CasePartyTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  position: number;
  role: string;
  name: string;
  organisation: string | null;
  municipality_id: string | null;
  department: string | null;
  email: string | null;
  phone: string | null;
  informed: Generated<boolean>;
}

export interface CaseTriageTable {
  case_id: string;
  pool_id: string;
  contra_indications: ColumnType<string[], string[] | undefined, string[]>;
  route: string;
  reason: string;
  justification: string | null;
  destination: string | null;
  decided_by: string;
  decided_at: Timestamp;
}

export interface CaseEventTable {
  id: Generated<number>;
  pool_id: string;
  case_id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_label: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface CaseMediatorTable {
  case_id: string;
  mediator_id: string;
  pool_id: string;
  role: 'lead' | 'co';
  assigned_at: Timestamp;
  released_at: NullableTimestamp;
}

export interface CaseDocumentTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  kind: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface JobRunTable {
  job_name: string;
  run_key: string;
  ran_at: Timestamp;
}

export interface CaseTables {
  case_number_counter: CaseNumberCounterTable;
  mediation_case: MediationCaseTable;
  case_party: CasePartyTable;
  case_triage: CaseTriageTable;
  case_event: CaseEventTable;
  case_mediator: CaseMediatorTable;
  case_document: CaseDocumentTable;
  job_run: JobRunTable;
}
