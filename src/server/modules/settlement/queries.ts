import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../http/problem.js';
import { contentHash } from '../../../domain/settlement/content-hash.js';
import { MissingRateError, periodLabel } from '../../../domain/settlement/index.js';
import { buildFigures, pendingInPeriod, type SettlementFigures } from './figures.js';
import { todayInAmsterdam } from '../case-status/index.js';

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

export async function loadSettlement(db: Kysely<DB>, poolId: string, id: string): Promise<SettlementRow> {
  const row = await findSettlement(db, poolId, id);
  if (!row) throw notFound();
  return row;
}

export interface ResolvedFigures {
  figures: SettlementFigures | null;
  hashVerified: boolean | null;
  issues: { code: string; message: string; years?: number[] }[];
}

/** A final settlement's stored figures (hash checked), or a draft's figures computed now. */
export async function figuresOf(db: Kysely<DB>, s: SettlementRow): Promise<ResolvedFigures> {
  if (s.status === 'final' && s.figures) {
    const figures = JSON.parse(s.figures) as SettlementFigures;
    return { figures, hashVerified: contentHash(figures) === s.content_hash, issues: [] };
  }
  // Informational: finalising a period that has not ended is allowed, but later hours of it move on.
  const open = s.period_end >= todayInAmsterdam()
    ? [{ code: 'period-not-ended', message: 'Deze periode is nog niet voorbij. Uren die na het vaststellen worden goedgekeurd, komen in een latere periode.' }]
    : [];
  try {
    return { figures: await buildFigures(db, s, null), hashVerified: null, issues: open };
  } catch (e) {
    if (e instanceof MissingRateError) {
      return { figures: null, hashVerified: null, issues: [{ code: 'missing-rate', message: missingRateMessage(e.years), years: [...e.years] }, ...open] };
    }
    throw e;
  }
}

export const missingRateMessage = (years: readonly number[]) =>
  `Er is geen uurtarief voor ${years.join(', ')}, terwijl er uren in ${years.length === 1 ? 'dat jaar' : 'die jaren'} zijn. Leg het tarief vast bij de poolinstellingen.`;

export async function presentSettlement(db: Kysely<DB>, s: SettlementRow) {
  const resolved = await figuresOf(db, s);
  return {
    id: s.id,
    period: periodOf(s),
    status: s.status,
    figures: resolved.figures,
    contentHash: s.content_hash,
    hashVerified: resolved.hashVerified,
    issues: resolved.issues,
    pendingApproval: await pendingInPeriod(db, s),
    createdBy: s.created_by_name,
    createdAt: s.created_at.toISOString(),
    finalisedBy: s.finalised_by_name,
    finalisedAt: s.finalised_at?.toISOString() ?? null,
  };
}

export const periodOf = (s: { period_kind: 'month' | 'quarter' | 'year'; period_code: string; period_start: string; period_end: string }) => ({
  kind: s.period_kind,
  code: s.period_code,
  label: periodLabel({ kind: s.period_kind, start: s.period_start, end: s.period_end }),
  start: s.period_start,
  end: s.period_end,
});
