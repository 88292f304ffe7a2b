import { sql, type RawBuilder } from 'kysely';
import { addDays, type IsoDate } from '../../domain/calendar/iso-date.js';

/**
 * The approved minutes of a pool over a period, summed by the supplying municipality, the using
 * municipality or the mediator: the one reading of the hours ledger that reports and the
 * matching balance share (ADR 0012).
 *
 * The whole months of the period come from `approved_minutes_month` (kept current by triggers on
 * hour_entry in the same transaction, migration 0017): a few thousand rows for a national year.
 * The days before the first and after the last whole month come from hour_entry itself, through
 * the partial index `hour_entry_approved_day_idx` (pool, work date). The sum is exactly that of
 * the approved hour entries worked in the period, whatever the period.
 */
export type MinutesDimension = 'supplier' | 'user' | 'mediator';

/** [start, end): the first days of the first whole month and of the month after the last; empty as [to + 1, to + 1). */
export function wholeMonthsOf(from: IsoDate, to: IsoDate): { start: IsoDate; end: IsoDate } {
  const firstOfNext = (d: IsoDate) => {
    const y = Number(d.slice(0, 4));
    const m = Number(d.slice(5, 7));
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  };
  const start = from.endsWith('-01') ? from : firstOfNext(from);
  const afterTo = addDays(to, 1);
  const end = afterTo.endsWith('-01') ? afterTo : `${to.slice(0, 7)}-01`;
  return start < end ? { start, end } : { start: afterTo, end: afterTo };
}

/**
 * (dimension, subject_id, minutes) for every subject with approved hours worked in [from, to];
 * only the given subjects when `subjects` is set (ids, or a subquery of ids). Subjects without
 * hours have no row (read 0).
 */
export function approvedMinutes(
  poolId: string,
  from: IsoDate,
  to: IsoDate,
  dimensions: readonly MinutesDimension[],
  subjects?: readonly string[] | RawBuilder<unknown>,
): RawBuilder<{ dimension: MinutesDimension; subject_id: string; minutes: number }> {
  const months = wholeMonthsOf(from, to);
  const dims = sql`ARRAY[${sql.join(dimensions.map((d) => sql`${d}`))}]::text[]`;
  const only = (subject: RawBuilder<unknown> | ReturnType<typeof sql.ref>) =>
    subjects === undefined
      ? sql`true`
      : Array.isArray(subjects)
        ? sql`${subject} = ANY(${`{${subjects.join(',')}}`}::uuid[])`
        : sql`${subject} IN (${subjects as RawBuilder<unknown>})`;
  const column = { supplier: sql.ref('h.supplier_municipality_id'), user: sql.ref('h.user_municipality_id'), mediator: sql.ref('h.mediator_id') };
  // One index range per dimension and edge: no join per hour entry.
  const days = (first: IsoDate, beforeOrAt: RawBuilder<unknown>) =>
    dimensions.map(
      (d) => sql`
    UNION ALL SELECT ${d}::text, ${column[d]}, h.minutes
    FROM hour_entry h
    WHERE h.pool_id = ${poolId} AND h.status = 'approved' AND h.work_date >= ${first}::date AND ${beforeOrAt} AND ${only(column[d])}`,
    );
  return sql`
    SELECT dimension, subject_id, sum(minutes)::bigint AS minutes FROM (
      SELECT x.dimension, x.subject_id, x.minutes
      FROM approved_minutes_month x
      WHERE x.pool_id = ${poolId} AND x.dimension = ANY(${dims}) AND x.month >= ${months.start}::date AND x.month < ${months.end}::date AND ${only(sql.ref('x.subject_id'))}
      ${sql.join(days(from, sql`h.work_date < ${months.start}::date`), sql``)}
      ${sql.join(days(months.end, sql`h.work_date <= ${to}::date`), sql``)}
    ) m (dimension, subject_id, minutes)
    GROUP BY dimension, subject_id`;
}
