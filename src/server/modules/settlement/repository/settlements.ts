import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SettlementPositionTable, SettlementTable } from '../../../db/schema-hours.js';
import type { PeriodKind } from '../../../../domain/settlement/index.js';
import { loanOfEntry } from './lent-hours.js';

/** The settlement module's SQL on settlements, their periods and the hours and pool facts their figures come from. */

/** "The settlement's period overlaps [start, end]". */
const overlapping = (start: string, end: string) => sql<boolean>`period_start <= ${end} AND period_end >= ${start}`;

export async function findSettlement(db: Kysely<DB>, poolId: string, id: string) {
  return db
    .selectFrom('settlement as s')
    .innerJoin('app_user as cu', 'cu.id', 's.created_by')
    .leftJoin('app_user as fu', 'fu.id', 's.finalised_by')
    .selectAll('s')
    .select(['cu.name as created_by_name', 'fu.name as finalised_by_name'])
    .where('s.id', '=', id)
    .where('s.pool_id', '=', poolId)
    .executeTakeFirst();
}

export type SettlementRow = NonNullable<Awaited<ReturnType<typeof findSettlement>>>;

/** The pool's settlements, newest period first; `finalOnly` for those who see final ones only. */
export async function listSettlementRows(db: Kysely<DB>, poolId: string, opts: { finalOnly: boolean }) {
  let q = db.selectFrom('settlement').selectAll().where('pool_id', '=', poolId);
  if (opts.finalOnly) q = q.where('status', '=', 'final');
  return q.orderBy('period_start', 'desc').execute();
}

/** Serialises approvals and finalisations of one pool: both lock the pool's settings row. Answers the pool's period kind. */
export async function lockPoolSettlement(trx: Kysely<DB>, poolId: string): Promise<PeriodKind> {
  const row = await trx.selectFrom('pool_settings').select('settlement_period').where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
  return (row?.settlement_period ?? 'quarter') as PeriodKind;
}

/** The pool's settlement period kind (month, quarter, year), without locking. */
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

/** The periods of the pool's final settlements. */
export async function finalPeriods(trx: Kysely<DB>, poolId: string) {
  return trx.selectFrom('settlement').select(['period_start', 'period_end']).where('pool_id', '=', poolId).where('status', '=', 'final').execute();
}

/** A settlement (of any status, or final only) whose period overlaps [start, end], other than `exceptId`. */
export async function overlappingSettlement(trx: Kysely<DB>, poolId: string, start: string, end: string, opts: { finalOnly?: boolean; exceptId?: string } = {}) {
  let q = trx.selectFrom('settlement').select(['id', 'period_code', 'status']).where('pool_id', '=', poolId).where(overlapping(start, end));
  if (opts.finalOnly) q = q.where('status', '=', 'final');
  if (opts.exceptId) q = q.where('id', '!=', opts.exceptId);
  return q.executeTakeFirst();
}

export async function insertSettlement(trx: Kysely<DB>, values: Insertable<SettlementTable>): Promise<string> {
  const row = await trx.insertInto('settlement').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Draft → final with the stored figures and hash; false when it was no longer a draft. */
export async function markFinal(trx: Kysely<DB>, id: string, set: { mode: 'none' | 'hourly'; figures: string; content_hash: string; finalised_by: string; finalised_at: Date }): Promise<boolean> {
  const res = await trx
    .updateTable('settlement')
    .set({ status: 'final', ...set })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertPositions(trx: Kysely<DB>, rows: Insertable<SettlementPositionTable>[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('settlement_position').values(rows).execute();
}

/** Deletes a draft; false when it was no longer a draft. */
export async function deleteDraft(trx: Kysely<DB>, id: string): Promise<boolean> {
  const res = await trx.deleteFrom('settlement').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export interface PeriodOfPool {
  pool_id: string;
  period_start: string;
  period_end: string;
}

/**
 * The approved hours whose settlement period starts inside this period, summed per case, pair of
 * municipalities, rate year, final settlement that priced the corrected entry, and loan: a
 * national pool has tens of thousands of entries a quarter, and the figures need only these sums
 * (the settlement rounds per pair and year, never per entry), so the database adds them up.
 * A correction is priced at the rate of the year of the entry it corrects (`rate_year`), and
 * where a final settlement already priced that entry (`original_settled_in`), at the rate that
 * settlement used. Ordered by case number and then by each group's first entry, the order the
 * statement lists them in.
 */
export async function approvedMinutesIn(db: Kysely<DB>, s: PeriodOfPool) {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('hour_entry as e')
        .leftJoin('hour_entry as o', 'o.id', 'e.corrects_id')
        .leftJoin('settlement as fs', (j) =>
          j
            .onRef('fs.pool_id', '=', 'o.pool_id')
            .on('fs.status', '=', 'final')
            .onRef('fs.period_start', '<=', 'o.period_start')
            .onRef('fs.period_end', '>=', 'o.period_start'),
        )
        .select([
          'fs.id as original_settled_in',
          'e.id',
          'e.case_id',
          'e.supplier_municipality_id',
          'e.user_municipality_id',
          'e.minutes',
          sql<number>`extract(year FROM coalesce(o.work_date, e.work_date))::int`.as('rate_year'),
          // Hours of a mediator lent by another pool: settled with that pool, not between municipalities.
          loanOfEntry.as('loan_id'),
        ])
        .where('e.pool_id', '=', s.pool_id)
        .where('e.status', '=', 'approved')
        .where('e.period_start', '>=', s.period_start)
        .where('e.period_start', '<=', s.period_end)
        .as('e'),
    )
    .innerJoin('mediation_case as c', 'c.id', 'e.case_id')
    .select([
      'e.original_settled_in',
      'e.case_id',
      'c.number as case_number',
      'e.supplier_municipality_id',
      'e.user_municipality_id',
      'e.rate_year',
      'e.loan_id',
      sql<number>`sum(e.minutes)::int`.as('minutes'),
      sql<number>`count(*)::int`.as('entries'),
    ])
    .groupBy(['e.original_settled_in', 'e.case_id', 'c.number', 'c.number_order', 'e.supplier_municipality_id', 'e.user_municipality_id', 'e.rate_year', 'e.loan_id'])
    .orderBy('c.number_order')
    .orderBy(sql`min(e.id::text COLLATE "C")`)
    .execute();
  return rows;
}

/**
 * The rates per year that final settlements priced hours at (their stored figures' `rates`), per
 * settlement; only `ids` when given. Stored figures never change, so neither do these.
 */
export async function settledRates(db: Kysely<DB>, poolId: string, ids?: readonly string[]): Promise<Map<string, Map<number, number>>> {
  if (ids && ids.length === 0) return new Map();
  let q = db.selectFrom('settlement').select(['id', 'figures']).where('pool_id', '=', poolId).where('status', '=', 'final').where('mode', '=', 'hourly');
  if (ids) q = q.where('id', 'in', ids);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.id, new Map(((JSON.parse(r.figures ?? '{}') as { rates?: { year: number; cents: number }[] }).rates ?? []).map((x) => [x.year, x.cents]))]));
}

/** The years whose rate a final settlement of the pool priced hours at: those rates are fixed. */
export async function settledRateYears(db: Kysely<DB>, poolId: string): Promise<Set<number>> {
  return new Set([...(await settledRates(db, poolId)).values()].flatMap((m) => [...m.keys()]));
}

/** The pool's settlement mode, its hourly rates and the municipalities that were members during the period. */
export async function settlementSettings(db: Kysely<DB>, s: PeriodOfPool) {
  const [settings, rates, members] = await Promise.all([
    db.selectFrom('pool_settings').select('settlement_mode').where('pool_id', '=', s.pool_id).executeTakeFirst(),
    db.selectFrom('pool_hourly_rate').select(['year', 'cents']).where('pool_id', '=', s.pool_id).execute(),
    db
      .selectFrom('pool_member')
      .select('municipality_id')
      .where('pool_id', '=', s.pool_id)
      .where('member_since', '<=', s.period_end)
      .where((eb) => eb.or([eb('member_until', 'is', null), eb('member_until', '>=', s.period_start)]))
      .execute(),
  ]);
  return { mode: settings?.settlement_mode ?? null, rates, members };
}

export async function municipalitiesById(db: Kysely<DB>, ids: readonly string[]) {
  return ids.length ? db.selectFrom('municipality').select(['id', 'code', 'name']).where('id', 'in', [...ids]).execute() : [];
}

/** Submitted hours dated in the period that still wait for approval. */
export async function pendingInPeriod(db: Kysely<DB>, s: PeriodOfPool) {
  const row = await db
    .selectFrom('hour_entry')
    .select((eb) => [eb.fn.countAll<number>().as('entries'), eb.fn.coalesce(eb.fn.sum<number>('minutes'), eb.lit(0)).as('minutes')])
    .where('pool_id', '=', s.pool_id)
    .where('status', '=', 'submitted')
    .where('work_date', '>=', s.period_start)
    .where('work_date', '<=', s.period_end)
    .executeTakeFirstOrThrow();
  return { entries: Number(row.entries), minutes: Number(row.minutes) };
}
