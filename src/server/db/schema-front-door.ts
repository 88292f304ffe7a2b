import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The public front door's tables (migration 0030). */
export interface FrontDoorStatusLinkTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Date;
}

export interface FrontDoorRouteCountTable {
  month: string;
  route: string;
  municipality_code: string;
  pool_id: string | null;
  count: number;
}

export interface FrontDoorTables {
  front_door_status_link: FrontDoorStatusLinkTable;
  front_door_route_count: FrontDoorRouteCountTable;
}
