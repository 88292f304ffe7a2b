import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import type { CaseList, CaseQuery } from '../../../../contract/cases.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../../case-status/index.js';
import { accessTo, canCase, type CaseCollection } from '../policy.js';
import { selectCaseList } from '../repository/index.js';
import { presentCaseSummary } from '../present-case.js';
import { pageFields } from '../../../db/paging.js';

/** The cases this actor may see, filtered, sorted and paged; with whether they may refer a case. */
export async function listCases(db: Kysely<DB>, actor: Actor, query: CaseQuery): Promise<CaseList> {
  const cases: CaseCollection = { collection: 'cases', poolId: actor.poolId };
  ensureCan(canCase, actor, 'list', cases, 'collection');
  const { page = 1, pageSize = 25, ...filters } = query;
  const today = todayInAmsterdam();
  const { calendar } = await loadPoolClockSettings(db, actor.poolId);
  const { rows, counted } = await selectCaseList(db, actor, { ...filters, page, pageSize }, today, calendar);
  return {
    items: rows.map((r) => presentCaseSummary(r, accessTo(actor, { row: r, isAssignedMediator: Boolean(r.is_assigned_mediator) }) ?? 'limited', today, calendar)),
    ...pageFields({ page, pageSize }, counted),
    allowedActions: allowedActions(canCase, actor, cases, ['list', 'refer'] as const),
  };
}
