import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { addYears } from '../../../../domain/calendar/iso-date.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { canSettlement, poolSettlements } from '../policy.js';
import { draftSettlements, settleablePeriods } from '../repository/index.js';

/** How far back the start page looks for periods that were never settled. */
const SETTLEABLE_LOOKBACK_YEARS = 3;

/** The pool's draft settlements to review, the newest period first (coordinator, finance). */
export async function draftSettlementWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureCan(canSettlement, actor, 'read', poolSettlements(actor.poolId), 'collection');
  const { rows, counted } = await draftSettlements(db, actor.poolId, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'settlement' as const,
      caseId: null,
      title: r.period_code,
      detail: `${r.period_start} – ${r.period_end}`,
      state: 'draft',
      at: r.created_at.toISOString(),
      atKind: 'since' as const,
    })),
  };
}

/** The ended periods with approved hours that no final settlement covers, the oldest first (coordinator, finance). */
export async function settleablePeriodWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureCan(canSettlement, actor, 'create', poolSettlements(actor.poolId), 'collection');
  const today = todayInAmsterdam();
  const { rows, counted } = await settleablePeriods(db, actor.poolId, today, addYears(today, -SETTLEABLE_LOOKBACK_YEARS), WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.period_code ?? '',
      kind: 'period' as const,
      caseId: null,
      title: r.period_code ?? '',
      detail: `${r.period_start} – ${r.period_end}`,
      state: String(r.entries),
      at: r.period_end,
      atKind: 'since' as const,
    })),
  };
}
