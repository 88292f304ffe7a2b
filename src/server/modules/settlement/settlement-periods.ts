import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nextPeriod, periodCode, periodContaining, type PeriodKind, type SettlementPeriod } from '../../../domain/settlement/index.js';

/**
 * Which settlement period an approved hour entry belongs to.
 *
 * Rule: at approval, an entry gets the first period (of the pool's current period kind) that
 * contains or follows the period of its work date and that no final settlement covers (overlaps).
 * So hours approved before a period is finalised are settled in the period of their date, and
 * hours approved afterwards land in the next open period. The period is stored on the entry
 * (period_code, period_start, period_end) and never recomputed. A settlement of [start, end] takes
 * the approved entries whose period starts inside it.
 */

/** Serialises approvals and finalisations of one pool: both lock the pool's settings row. */
export async function lockPoolSettlement(trx: Kysely<DB>, poolId: string): Promise<PeriodKind> {
  const row = await trx.selectFrom('pool_settings').select('settlement_period').where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
  return (row?.settlement_period ?? 'quarter') as PeriodKind;
}

export async function poolPeriodKind(db: Kysely<DB>, poolId: string): Promise<PeriodKind> {
  const row = await db.selectFrom('pool_settings').select('settlement_period').where('pool_id', '=', poolId).executeTakeFirst();
  return (row?.settlement_period ?? 'quarter') as PeriodKind;
}

/** The final settlement whose period contains `date`, if any. */
export async function finalSettlementCovering(db: Kysely<DB>, poolId: string, date: string) {
  return db
    .selectFrom('settlement')
    .select(['id', 'period_code', 'period_start', 'period_end'])
    .where('pool_id', '=', poolId)
    .where('status', '=', 'final')
    .where('period_start', '<=', date)
    .where('period_end', '>=', date)
    .executeTakeFirst();
}

export interface AssignedPeriod {
  code: string;
  start: string;
  end: string;
}

/** The first open period at or after the period of `workDate` (see the rule above). */
export async function assignPeriod(trx: Kysely<DB>, poolId: string, kind: PeriodKind, workDate: string): Promise<AssignedPeriod> {
  const finals = await trx.selectFrom('settlement').select(['period_start', 'period_end']).where('pool_id', '=', poolId).where('status', '=', 'final').execute();
  let period: SettlementPeriod = periodContaining(kind, workDate);
  const overlaps = (p: SettlementPeriod) => finals.some((f) => f.period_start <= p.end && f.period_end >= p.start);
  // Bounded: there are at most as many final settlements as periods to skip.
  for (let i = 0; i <= finals.length && overlaps(period); i++) period = nextPeriod(period);
  return { code: periodCode(period), start: period.start, end: period.end };
}
