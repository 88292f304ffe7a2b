import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { finalPeriods } from './repository/index.js';
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

export interface AssignedPeriod {
  code: string;
  start: string;
  end: string;
}

/** The first open period at or after the period of `workDate` (see the rule above). */
export async function assignPeriod(trx: Kysely<DB>, poolId: string, kind: PeriodKind, workDate: string): Promise<AssignedPeriod> {
  const finals = await finalPeriods(trx, poolId);
  let period: SettlementPeriod = periodContaining(kind, workDate);
  const overlaps = (p: SettlementPeriod) => finals.some((f) => f.period_start <= p.end && f.period_end >= p.start);
  // Bounded: there are at most as many final settlements as periods to skip.
  for (let i = 0; i <= finals.length && overlaps(period); i++) period = nextPeriod(period);
  return { code: periodCode(period), start: period.start, end: period.end };
}
