import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { MissingRateError, capLines, hasEnded, periodLabel } from '../../../domain/settlement/index.js';
import { formatDutchDate } from '../../../domain/calendar/iso-date.js';
import { SETTLEMENT_LINES_SHOWN, SETTLEMENT_OBJECT_ACTIONS, type Settlement, type SettlementFigures, type SettlementIssue, type SettlementPeriod, type SettlementSummary } from '../../../contract/settlement.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { contentHash } from './content-hash.js';
import { buildFigures } from './figures.js';
import { canSettlement, settlementObject } from './policy.js';
import { pendingInPeriod, type SettlementRow } from './repository/index.js';

export interface ResolvedFigures {
  figures: SettlementFigures | null;
  hashVerified: boolean | null;
  issues: SettlementIssue[];
}

export const missingRateMessage = (years: readonly number[]) =>
  `Er is geen uurtarief voor ${years.join(', ')}, terwijl er uren in ${years.length === 1 ? 'dat jaar' : 'die jaren'} zijn. Leg het tarief vast bij de poolinstellingen.`;

export const periodNotEndedMessage = (end: string) =>
  `Deze periode loopt nog tot en met ${formatDutchDate(end)}. U kunt haar pas vaststellen als ze voorbij is: uren van de laatste dagen kunnen nog worden geschreven en goedgekeurd, en zouden anders naar een volgende periode schuiven.`;

/** A final settlement's stored figures (hash checked), or a draft's figures computed now. */
export async function figuresOf(db: Kysely<DB>, s: SettlementRow): Promise<ResolvedFigures> {
  if (s.status === 'final' && s.figures) {
    const figures = JSON.parse(s.figures) as SettlementFigures;
    return { figures, hashVerified: contentHash(figures) === s.content_hash, issues: [] };
  }
  // A period that has not ended cannot be finalised yet (finalise answers 409 with the same reason).
  const open = hasEnded({ end: s.period_end }, todayInAmsterdam()) ? [] : [{ code: 'period-not-ended', message: periodNotEndedMessage(s.period_end) }];
  try {
    return { figures: await buildFigures(db, s, null), hashVerified: null, issues: open };
  } catch (e) {
    if (e instanceof MissingRateError) {
      return { figures: null, hashVerified: null, issues: [{ code: 'missing-rate', message: missingRateMessage(e.years), years: [...e.years] }, ...open] };
    }
    throw e;
  }
}

export const periodOf = (s: { period_kind: 'month' | 'quarter' | 'year'; period_code: string; period_start: string; period_end: string }): SettlementPeriod => ({
  kind: s.period_kind,
  code: s.period_code,
  label: periodLabel({ kind: s.period_kind, start: s.period_start, end: s.period_end }),
  start: s.period_start,
  end: s.period_end,
});

type SettlementLike = Parameters<typeof periodOf>[0] & { id: string; pool_id: string; status: 'draft' | 'final'; content_hash: string | null; created_at: Date; finalised_at: Date | null };

const actionsOn = (actor: Actor, s: SettlementLike) => allowedActions(canSettlement, actor, settlementObject(s), SETTLEMENT_OBJECT_ACTIONS);

export function presentSummary(actor: Actor, s: SettlementLike): SettlementSummary {
  return {
    id: s.id,
    period: periodOf(s),
    status: s.status,
    contentHash: s.content_hash,
    createdAt: s.created_at.toISOString(),
    finalisedAt: s.finalised_at?.toISOString() ?? null,
    allowedActions: actionsOn(actor, s),
  };
}

export async function presentSettlement(db: Kysely<DB>, actor: Actor, s: SettlementRow): Promise<Settlement> {
  const resolved = await figuresOf(db, s);
  return {
    id: s.id,
    period: periodOf(s),
    status: s.status,
    // The hash was checked on the whole figures above; the page gets the first lines only.
    ...(resolved.figures ? capLines(resolved.figures, SETTLEMENT_LINES_SHOWN) : { figures: null, linesTotal: 0 }),
    contentHash: s.content_hash,
    hashVerified: resolved.hashVerified,
    issues: resolved.issues,
    pendingApproval: await pendingInPeriod(db, s),
    createdBy: s.created_by_name,
    createdAt: s.created_at.toISOString(),
    finalisedBy: s.finalised_by_name,
    finalisedAt: s.finalised_at?.toISOString() ?? null,
    allowedActions: actionsOn(actor, s),
  };
}
