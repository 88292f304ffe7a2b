import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeSettlement, periodLabel, type PeriodKind, type SettlementMode } from '../../../domain/settlement/index.js';
import type { SettlementFigures } from '../../../contract/settlement.js';
import { poolName } from '../pool/index.js';
import { approvedMinutesIn, municipalitiesById, settledRates, settlementSettings } from './repository/index.js';
import { loanFigures, type LentClaim } from './loan-figures.js';

/**
 * The figures of one settlement: everything a statement prints, as plain data (its schema is in
 * the contract). For a final settlement this object is stored as canonical JSON and hashed
 * (content_hash), so the statements can be reproduced exactly and any later change is detectable.
 */
export type { SettlementFigures };

export interface SettlementRowLike {
  pool_id: string;
  period_kind: PeriodKind;
  period_code: string;
  period_start: string;
  period_end: string;
}

/** Computes the figures from the approved hours; throws the domain's MissingRateError when a year has no rate. */
export async function buildFigures(db: Kysely<DB>, s: SettlementRowLike, finalisedAt: Date | null): Promise<SettlementFigures> {
  return (await buildFiguresAndClaims(db, s, finalisedAt)).figures;
}

/**
 * The figures, and what they settle of the pool's lent hours per entry (the finalisation stores
 * those, so the next settlement of the lending pool settles only what changed since).
 */
export async function buildFiguresAndClaims(db: Kysely<DB>, s: SettlementRowLike, finalisedAt: Date | null): Promise<{ figures: SettlementFigures; claims: LentClaim[] }> {
  const [name, { mode: storedMode, rates, members }, allEntries] = await Promise.all([poolName(db, s.pool_id), settlementSettings(db, s), approvedMinutesIn(db, s)]);
  // Hours of a mediator borrowed from another pool are settled with that pool, not between the municipalities.
  const entries = allEntries.filter((e) => e.loan_id === null);
  const borrowed = allEntries.flatMap((e) => (e.loan_id === null ? [] : [{ loanId: e.loan_id, minutes: e.minutes }]));
  const { loans, claims } = await loanFigures(db, s, borrowed);
  const mode: SettlementMode = storedMode ?? 'none';
  // A correction of hours a final settlement priced is priced at the rate that settlement used.
  const settledIn = [...new Set(entries.flatMap((e) => (e.original_settled_in ? [e.original_settled_in] : [])))];
  const settled = await settledRates(db, s.pool_id, settledIn);
  const ratesByYear: Record<number, number> = Object.fromEntries(rates.map((r) => [r.year, r.cents]));
  const settlement = computeSettlement({
    mode,
    entries: entries.map((e) => {
      const rateCents = e.original_settled_in ? settled.get(e.original_settled_in)?.get(e.rate_year) : undefined;
      // The settlement prices per year, so any day of the rate year stands for the entries' dates.
      return { minutes: e.minutes, supplierId: e.supplier_municipality_id, userId: e.user_municipality_id, date: `${e.rate_year}-01-01`, ...(rateCents === undefined ? {} : { rateCents }) };
    }),
    ratesByYear,
    municipalityIds: members.map((m) => m.municipality_id),
  });

  const ids = settlement.positions.map((p) => p.municipalityId);
  const municipalities = await municipalitiesById(db, ids);
  municipalities.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code));

  const lineMap = new Map<string, SettlementFigures['lines'][number]>();
  for (const e of entries) {
    const year = e.rate_year;
    const key = `${e.case_number}|${e.supplier_municipality_id}|${e.user_municipality_id}|${year}`;
    const line = lineMap.get(key) ?? { caseId: e.case_id, caseNumber: e.case_number, supplierId: e.supplier_municipality_id, userId: e.user_municipality_id, year, minutes: 0, entries: 0 };
    line.minutes += e.minutes;
    line.entries += e.entries;
    lineMap.set(key, line);
  }
  // The years priced at their own rate (not only at a correction's fixed rate).
  const usedYears = new Set(settlement.pairs.flatMap((p) => p.years.filter((y) => y.rateCents === ratesByYear[y.year]).map((y) => y.year)));
  const figures: SettlementFigures = {
    version: 1,
    pool: { id: s.pool_id, name },
    period: { kind: s.period_kind, code: s.period_code, label: periodLabel({ kind: s.period_kind, start: s.period_start, end: s.period_end }), start: s.period_start, end: s.period_end },
    mode,
    rates: mode === 'hourly' ? rates.filter((r) => usedYears.has(r.year)).map((r) => ({ year: r.year, cents: r.cents })).sort((a, b) => a.year - b.year) : [],
    municipalities,
    lines: [...lineMap.values()],
    pairs: settlement.pairs.map((p) => ({ ...p, years: p.years.map((y) => ({ ...y })) })),
    positions: settlement.positions.map((p) => ({ ...p })),
    transfers: settlement.transfers.map((t) => ({ ...t })),
    totals: { settledMinutes: settlement.settledMinutes, ownMinutes: settlement.ownMinutes, totalAmountCents: settlement.totalAmountCents, entries: entries.reduce((n, e) => n + e.entries, 0) },
    finalisedAt: finalisedAt?.toISOString() ?? null,
    ...(loans ? { loans } : {}),
  };
  return { figures, claims };
}
