import type { ColumnType, Generated } from 'kysely';

/** Row types of lending between pools (migrations 0027 and 0028, ADR 0022). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface LendingAgreementTable {
  id: Generated<string>;
  proposer_pool_id: string;
  partner_pool_id: string;
  case_types: ColumnType<string[], string[], string[]>;
  rate_cents: number | null;
  yearly_cap_hours: number | null;
  auto_approve: Generated<boolean>;
  proposed_by: string;
  proposed_at: Timestamp;
  confirmed_by: string | null;
  confirmed_at: NullableTimestamp;
  ended_at: NullableTimestamp;
}

/** A loan of one mediator to another pool for one case (migration 0028); `pool_id` is the borrowing pool. */
export interface MediatorLoanTable {
  id: Generated<string>;
  pool_id: string;
  lender_pool_id: string;
  agreement_id: string;
  case_id: string;
  mediator_user_id: string;
  lender_profile_id: string;
  borrower_profile_id: string | null;
  status: Generated<'requested' | 'approved' | 'refused' | 'withdrawn'>;
  rate_cents: number | null;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  refusal_reason: string | null;
}

/** What a lending pool's final settlement settled of one hour entry of a loan (migration 0031). */
export interface LentHoursSettledTable {
  settlement_id: string;
  pool_id: string;
  loan_id: string;
  hour_entry_id: string;
  minutes: number;
}

export interface LendingTables {
  lending_agreement: LendingAgreementTable;
  mediator_loan: MediatorLoanTable;
  lent_hours_settled: LentHoursSettledTable;
}
