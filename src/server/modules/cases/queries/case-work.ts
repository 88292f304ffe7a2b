import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { IsoDate } from '../../../../domain/calendar/iso-date.js';
import type { CaseStatus } from '../../../../domain/cases/case-status.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../../case-status/index.js';
import { canCase, type CaseCollection } from '../policy.js';
import { selectCaseList } from '../repository/index.js';

export interface CaseWorkFilter {
  status?: CaseStatus[];
  /** Only the cases of this requesting municipality (a contact's own). */
  municipalityId?: string;
  /** Only cases whose next running clock is due on or before this date; listed earliest due first. */
  dueBy?: IsoDate;
  /** `waiting`: longest waiting first (referred date ascending); `newest`: newest referral first. */
  order: 'waiting' | 'newest' | 'due';
}

/**
 * One start-page section of cases: the cases this actor may see (the case list's own rule,
 * visibleCases), filtered, with the count capped at LIST_REACH and the first few items in an order
 * an index holds (migration 0016).
 */
export async function caseWork(db: Kysely<DB>, actor: Actor, f: CaseWorkFilter): Promise<WorkList> {
  const cases: CaseCollection = { collection: 'cases', poolId: actor.poolId };
  ensureCan(canCase, actor, 'list', cases, 'collection');
  const today = todayInAmsterdam();
  const { calendar } = await loadPoolClockSettings(db, actor.poolId);
  const sort = f.order === 'due' ? ('nextDue' as const) : ('referredOn' as const);
  const direction = f.order === 'newest' ? ('desc' as const) : ('asc' as const);
  const { rows, counted } = await selectCaseList(
    db,
    actor,
    { status: f.status, municipalityId: f.municipalityId, dueBy: f.dueBy, sort, direction, page: 1, pageSize: WORK_SECTION_ITEMS },
    today,
    calendar,
  );
  return {
    total: counted.total,
    totalCapped: counted.totalCapped,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'case' as const,
      caseId: r.id,
      title: r.number,
      detail: r.title,
      state: r.status,
      at: f.order === 'due' ? r.next_due_on : r.referred_on,
      atKind: f.order === 'due' ? ('due' as const) : ('since' as const),
    })),
  };
}
