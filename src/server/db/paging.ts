import { sql, type QueryExecutorProvider, type SelectQueryBuilder } from 'kysely';
import { LIST_REACH } from '../../contract/common.js';
import { invalidField } from '../http/problem.js';

/**
 * The one way a list is paged (docs/adr/0013-lists-that-stay-flat.md): the page is read in an
 * order an index holds, with LIMIT and an OFFSET that never passes LIST_REACH, and the total is
 * counted up to LIST_REACH + 1 rows, no further. So a page reads at most about LIST_REACH index
 * entries however many rows the table holds, and the count never scans the table.
 */

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/** LIMIT and OFFSET of a page; a page that starts beyond the first LIST_REACH rows is a 400 on `page`. */
export function pageWindow({ page, pageSize }: PageRequest): PageWindow {
  const offset = (page - 1) * pageSize;
  if (offset >= LIST_REACH) {
    throw invalidField(
      'page',
      'page-beyond-reach',
      `De lijst toont de eerste ${LIST_REACH.toLocaleString('nl-NL')} resultaten. Verfijn de filters of draai de sortering om.`,
    );
  }
  return { limit: pageSize, offset };
}

export interface CappedTotal {
  /** The number of rows, or LIST_REACH when there are more. */
  total: number;
  /** True when there are more than LIST_REACH rows. */
  totalCapped: boolean;
}

/**
 * How many rows the query (its FROM, joins and WHERE; select and order are dropped) yields,
 * counted up to LIST_REACH + 1: `SELECT count(*) FROM (… LIMIT 1001)`.
 */
export async function cappedCount<DB, TB extends keyof DB, O>(db: QueryExecutorProvider, query: SelectQueryBuilder<DB, TB, O>): Promise<CappedTotal> {
  const { rows: counted } = await cappedCountQuery(query).execute(db);
  const n = Number(counted[0]?.n ?? 0);
  return { total: Math.min(n, LIST_REACH), totalCapped: n > LIST_REACH };
}

/** The statement cappedCount runs (a test EXPLAINs it). */
export function cappedCountQuery<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) {
  const rows = query.clearSelect().clearOrderBy().select(sql<number>`1`.as('one')).limit(LIST_REACH + 1);
  return sql<{ n: number }>`SELECT count(*)::int AS n FROM (${rows}) AS capped`;
}

/** The paging fields of a list's answer. */
export const pageFields = (request: PageRequest, counted: CappedTotal) => ({
  page: request.page,
  pageSize: request.pageSize,
  total: counted.total,
  totalCapped: counted.totalCapped,
});
