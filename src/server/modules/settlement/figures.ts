import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Static } from 'typebox';
import { computeSettlement, periodLabel, type PeriodKind, type SettlementMode } from '../../../domain/settlement/index.js';
import type { FiguresSchema } from './schemas.js';

/**
 * The figures of one settlement: everything a statement prints, as plain data. For a final
 * settlement this object is stored as canonical JSON and hashed (content_hash), so the statements
 * can be reproduced exactly and any later change is detectable.
 */
export type SettlementFigures = Static<typeof FiguresSchema>;

export interface SettlementRowLike {
  pool_id: string;
  period_kind: PeriodKind;
  period_code: string;
  period_start: string;
  period_end: string;
}

/**
 * Approved entries whose settlement period starts inside this settlement's period. A correction
 * is priced at the rate of the year of the entry it corrects.
 */
async function approvedEntries(db: Kysely<DB>, s: SettlementRowLike) {
  return db
    .selectFrom('hour_entry as e')
    .innerJoin('mediation_case as c', 'c.id', 'e.case_id')
    .leftJoin('hour_entry as o', 'o.id', 'e.corrects_id')
    .select([
      'e.id',
      'e.case_id',
      'c.number as case_number',
      'e.supplier_municipality_id',
      'e.user_municipality_id',
      'e.minutes',
      sql<string>`to_char(coalesce(o.work_date, e.work_date), 'YYYY-MM-DD')`.as('rate_date'),
    ])
    .where('e.pool_id', '=', s.pool_id)
    .where('e.status', '=', 'approved')
    .where('e.period_start', '>=', s.period_start)
    .where('e.period_start', '<=', s.period_end)
    .orderBy('c.number')
    .orderBy('e.id')
    .execute();
}

/** Computes the figures from the approved hours; throws the domain's MissingRateError when a year has no rate. */
export async function buildFigures(db: Kysely<DB>, s: SettlementRowLike, finalisedAt: Date | null): Promise<SettlementFigures> {
  const [pool, settings, rates, members, entries] = await Promise.all([
    db.selectFrom('pool').select(['id', 'name']).where('id', '=', s.pool_id).executeTakeFirstOrThrow(),
    db.selectFrom('pool_settings').select('settlement_mode').where('pool_id', '=', s.pool_id).executeTakeFirst(),
    db.selectFrom('pool_hourly_rate').select(['year', 'cents']).where('pool_id', '=', s.pool_id).execute(),
    db
      .selectFrom('pool_member')
      .select('municipality_id')
      .where('pool_id', '=', s.pool_id)
      .where('member_since', '<=', s.period_end)
      .where((eb) => eb.or([eb('member_until', 'is', null), eb('member_until', '>=', s.period_start)]))
      .execute(),
    approvedEntries(db, s),
  ]);
  const mode: SettlementMode = settings?.settlement_mode ?? 'none';
  const settlement = computeSettlement({
    mode,
    entries: entries.map((e) => ({ minutes: e.minutes, supplierId: e.supplier_municipality_id, userId: e.user_municipality_id, date: e.rate_date })),
    ratesByYear: Object.fromEntries(rates.map((r) => [r.year, r.cents])),
    municipalityIds: members.map((m) => m.municipality_id),
  });

  const ids = settlement.positions.map((p) => p.municipalityId);
  const municipalities = ids.length
    ? await db.selectFrom('municipality').select(['id', 'code', 'name']).where('id', 'in', ids).execute()
    : [];
  municipalities.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code));

  const lineMap = new Map<string, SettlementFigures['lines'][number]>();
  for (const e of entries) {
    const year = Number(e.rate_date.slice(0, 4));
    const key = `${e.case_number}|${e.supplier_municipality_id}|${e.user_municipality_id}|${year}`;
    const line = lineMap.get(key) ?? { caseId: e.case_id, caseNumber: e.case_number, supplierId: e.supplier_municipality_id, userId: e.user_municipality_id, year, minutes: 0, entries: 0 };
    line.minutes += e.minutes;
    line.entries += 1;
    lineMap.set(key, line);
  }
  const usedYears = new Set(settlement.pairs.flatMap((p) => p.years.map((y) => y.year)));
  return {
    version: 1,
    pool: { id: pool.id, name: pool.name },
    period: { kind: s.period_kind, code: s.period_code, label: periodLabel({ kind: s.period_kind, start: s.period_start, end: s.period_end }), start: s.period_start, end: s.period_end },
    mode,
    rates: mode === 'hourly' ? rates.filter((r) => usedYears.has(r.year)).map((r) => ({ year: r.year, cents: r.cents })).sort((a, b) => a.year - b.year) : [],
    municipalities,
    lines: [...lineMap.values()],
    pairs: settlement.pairs.map((p) => ({ ...p, years: p.years.map((y) => ({ ...y })) })),
    positions: settlement.positions.map((p) => ({ ...p })),
    transfers: settlement.transfers.map((t) => ({ ...t })),
    totals: { settledMinutes: settlement.settledMinutes, ownMinutes: settlement.ownMinutes, totalAmountCents: settlement.totalAmountCents, entries: entries.length },
    finalisedAt: finalisedAt?.toISOString() ?? null,
  };
}

/** Submitted hours dated in the period that still wait for approval (they land in a later period if approved after finalising). */
export async function pendingInPeriod(db: Kysely<DB>, s: SettlementRowLike) {
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
