import type { ColumnType, Generated } from 'kysely';

/** Row types of lending between pools (migration 0027, ADR 0022). */

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

export interface LendingTables {
  lending_agreement: LendingAgreementTable;
}
