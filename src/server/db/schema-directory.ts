import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A pool's own text on its public directory page (migration 0034); the contact stays in pool_settings. */
export interface DirectoryPoolTextTable {
  pool_id: string;
  description: string;
  how_to_ask: string;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface DirectoryTables {
  directory_pool_text: DirectoryPoolTextTable;
}
