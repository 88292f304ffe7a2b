import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { cappedCount } from '../../../db/paging.js';

/** The start page's settlement sections (workspace). */

/** The pool's draft settlements, counted up to LIST_REACH, and the newest few periods. */
export async function draftSettlements(db: Kysely<DB>, poolId: string, limit: number) {
  const q = db.selectFrom('settlement').where('pool_id', '=', poolId).where('status', '=', 'draft');
  const counted = await cappedCount(db, q);
  const rows = await q.select(['id', 'period_code', 'period_start', 'period_end', 'created_at']).orderBy('period_start', 'desc').limit(limit).execute();
  return { rows, counted };
}

/**
 * The periods that can be settled: periods that have ended (before `today`), hold approved hours
 * and that no final settlement covers, the oldest first. Read from the approved hours' period
 * index (migration of hour_entry_period_idx) since `since` only: the hours of a period are assigned
 * at approval to a period no final settlement covers, so unsettled periods are recent ones.
 */
export async function settleablePeriods(db: Kysely<DB>, poolId: string, today: string, since: string, limit: number) {
  const q = db
    .selectFrom('hour_entry as e')
    .where('e.pool_id', '=', poolId)
    .where('e.status', '=', 'approved')
    .where('e.period_start', '>=', since)
    .where('e.period_end', '<', today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('settlement as s')
            .select('s.id')
            .where('s.pool_id', '=', poolId)
            .where('s.status', '=', 'final')
            .whereRef('s.period_start', '<=', 'e.period_end')
            .whereRef('s.period_end', '>=', 'e.period_start'),
        ),
      ),
    )
    .groupBy(['e.period_code', 'e.period_start', 'e.period_end']);
  const counted = await cappedCount(db, q);
  const rows = await q
    .select(['e.period_code', 'e.period_start', 'e.period_end', sql<number>`count(*)::int`.as('entries')])
    .orderBy('e.period_start')
    .limit(limit)
    .execute();
  return { rows, counted };
}
