import type { ColumnType, Generated } from 'kysely';

/** Row types of retention terms and destruction lists (migration 0021). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface RetentionTermTable {
  pool_id: string;
  kind: string;
  months: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface DestructionListTable {
  id: Generated<string>;
  pool_id: string;
  month: string;
  status: Generated<'proposed' | 'destroyed'>;
  version: Generated<number>;
  proposed_at: Timestamp;
  proposed_by: string | null;
  proposed_label: string;
  approved_by: string | null;
  approved_label: string | null;
  approved_at: NullableTimestamp;
  terms: Json<Record<string, number>>;
}

export interface DestructionListItemTable {
  id: Generated<string>;
  list_id: string;
  pool_id: string;
  kind: string;
  object_id: string;
  label: string;
  term_started_on: string;
  destroyable_from: string;
  excluded: Generated<boolean>;
  exclude_reason: string | null;
  destroyed_at: NullableTimestamp;
}

export interface DestroyedCaseTable {
  case_id: string;
  pool_id: string;
  list_id: string;
  destroyed_at: Timestamp;
}

export interface RetentionTables {
  retention_term: RetentionTermTable;
  destruction_list: DestructionListTable;
  destruction_list_item: DestructionListItemTable;
  destroyed_case: DestroyedCaseTable;
}
