import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { LentHoursSettledTable } from '../../../db/schema-lending.js';

/**
 * The settlement module's SQL on lent hours (issue 15, item 2; ADR 0022). An hour entry is a
 * loan's when a loan of its pool (the borrowing pool) names its case and its mediator's profile
 * there (`borrower_profile_id`), whatever the loan's state now: the hours were worked on loan.
 */

/** The loan an hour entry was worked under, or null (the most recent approved loan first). */
export const loanOfEntry = sql<string | null>`(
  SELECT l.id FROM mediator_loan l
  WHERE l.pool_id = e.pool_id AND l.case_id = e.case_id AND l.borrower_profile_id = e.mediator_id
  ORDER BY (l.status = 'approved') DESC, l.requested_at DESC, l.id
  LIMIT 1)`;

/** What the settlements of both pools print of a loan: the two pools, the case, the mediator, the rate. */
export async function loanFacts(db: Kysely<DB>, loanIds: readonly string[]) {
  if (loanIds.length === 0) return [];
  return db
    .selectFrom('mediator_loan as l')
    .innerJoin('pool as bp', 'bp.id', 'l.pool_id')
    .innerJoin('pool as lp', 'lp.id', 'l.lender_pool_id')
    .innerJoin('mediation_case as c', 'c.id', 'l.case_id')
    .innerJoin('app_user as u', 'u.id', 'l.mediator_user_id')
    .leftJoin('pool_membership as pm', (j) => j.onRef('pm.user_id', '=', 'l.mediator_user_id').onRef('pm.pool_id', '=', 'l.lender_pool_id'))
    .select([
      'l.id',
      'l.pool_id',
      'l.lender_pool_id',
      'bp.name as borrower_name',
      'lp.name as lender_name',
      'l.rate_cents',
      'c.number as case_number',
      'c.number_order',
      'c.requesting_municipality_id',
      'u.name as mediator_name',
      'pm.municipality_id as lender_municipality_id',
    ])
    .where('l.id', 'in', [...loanIds])
    .orderBy('c.number_order')
    .orderBy('l.id')
    .execute();
}

export type LoanFacts = Awaited<ReturnType<typeof loanFacts>>[number];

/**
 * The hour entries of the pool's mediators lent to other pools that its final settlements have
 * not settled in full yet: minutes approved now (0 when no longer approved) differ from the
 * minutes settled before. With the start of the entry's period in the borrowing pool, and the
 * start of the period of the last final settlement that settled some of it.
 */
export async function unsettledLentEntries(db: Kysely<DB>, lenderPoolId: string) {
  const { rows } = await sql<{ id: string; loan_id: string; approved_minutes: number; settled_minutes: number; period_start: string | null; last_settled_start: string | null }>`
    SELECT DISTINCT ON (e.id) e.id, l.id AS loan_id,
      (CASE WHEN e.status = 'approved' THEN e.minutes ELSE 0 END)::int AS approved_minutes,
      coalesce(x.settled, 0)::int AS settled_minutes,
      to_char(e.period_start, 'YYYY-MM-DD') AS period_start,
      to_char(x.last_start, 'YYYY-MM-DD') AS last_settled_start
    FROM mediator_loan l
    JOIN hour_entry e ON e.pool_id = l.pool_id AND e.case_id = l.case_id AND e.mediator_id = l.borrower_profile_id
    LEFT JOIN LATERAL (
      SELECT sum(z.minutes) AS settled, max(s.period_start) AS last_start
      FROM lent_hours_settled z JOIN settlement s ON s.id = z.settlement_id
      WHERE z.pool_id = l.lender_pool_id AND z.hour_entry_id = e.id
    ) x ON true
    WHERE l.lender_pool_id = ${lenderPoolId} AND l.borrower_profile_id IS NOT NULL
      AND (CASE WHEN e.status = 'approved' THEN e.minutes ELSE 0 END) <> coalesce(x.settled, 0)
    ORDER BY e.id, (l.status = 'approved') DESC, l.requested_at DESC, l.id`.execute(db);
  return rows;
}

/** The periods of the pool's final settlements. */
export const finalSettlementPeriods = (db: Kysely<DB>, poolId: string) =>
  db.selectFrom('settlement').select(['period_start as start', 'period_end as end']).where('pool_id', '=', poolId).where('status', '=', 'final').execute();

/** What a final settlement of the lending pool settles of each entry (before the status turns final: the database refuses rows for a final settlement). */
export async function insertLentHoursSettled(trx: Kysely<DB>, rows: Insertable<LentHoursSettledTable>[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('lent_hours_settled').values(rows).execute();
}
