import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions, ensureCan } from '../../auth/policy.js';
import { invalidField } from '../../http/problem.js';
import { loadCaseForActor, todayInAmsterdam } from '../case-status/index.js';
import { HOURS_COLLECTION_ACTIONS, type ApprovalQueueQueryInput, type HourApprovalQueuePage, type HourDefaults, type HourEntry, type HourEntryList, type HoursTotalsReport } from '../../../contract/hours.js';
import { canHours, poolHours } from './policy.js';
import { approvalQueuePage, casesOfMediator, countApprovalQueue, findEntries, lastLoggedEntry, type EntryRow } from './repository.js';
import { pageFields, pageWindow } from '../../db/paging.js';
import { loadEntryForActor } from './load-entry.js';
import { presentEntry, totalsOf } from './present-entry.js';
import { windowOf } from './hour-rules.js';
import { queueFlags } from './queue-flags.js';
import { takesHoursOn } from '../../../domain/cases/assignment-window.js';
import { compareCaseNumbers } from '../../../domain/cases/case-number.js';
import { isCaseStatus, isOpen } from '../../../domain/cases/case-status.js';

/** The read use cases of hours: each asks the policy before it reads. */

/** What the actor may do with the pool's hours (log, review, totals). */
const collectionActions = (actor: Actor) => allowedActions(canHours, actor, poolHours(actor.poolId), HOURS_COLLECTION_ACTIONS);

const listOf = (actor: Actor, rows: EntryRow[]): HourEntryList => ({ items: rows.map((e) => presentEntry(actor, e)), totals: totalsOf(rows), allowedActions: collectionActions(actor) });

/** Last day of a `YYYY-MM` month. */
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** One entry, for its own mediator or a coordinator. */
export async function hourEntry(db: Kysely<DB>, actor: Actor, entryId: string): Promise<HourEntry> {
  return presentEntry(actor, await loadEntryForActor(db, actor, entryId));
}

/** The hours on a case, for whoever sees the whole case (the coordinator and its mediators). */
export async function caseHours(db: Kysely<DB>, actor: Actor, caseId: string): Promise<HourEntryList> {
  const { row, access, isAssignedMediator } = await loadCaseForActor(db, actor, caseId);
  ensureCan(canHours, actor, 'read-case', { kind: 'case', poolId: row.pool_id, access, actorOnCase: isAssignedMediator });
  return listOf(actor, await findEntries(db, actor.poolId, { caseId }));
}

/** The mediator's own hours of one month. */
export async function myMonth(db: Kysely<DB>, actor: Actor, month: string): Promise<HourEntryList> {
  ensureCan(canHours, actor, 'read-own', poolHours(actor.poolId), 'collection');
  return listOf(actor, await findEntries(db, actor.poolId, { mediatorUserId: actor.userId, from: `${month}-01`, to: monthEnd(month) }));
}

/** For quick entry: today (Dutch time), the last used activity and case, and the mediator's cases that still take hours. */
export async function hourDefaults(db: Kysely<DB>, actor: Actor): Promise<HourDefaults> {
  ensureCan(canHours, actor, 'read-own', poolHours(actor.poolId), 'collection');
  const last = await lastLoggedEntry(db, actor.poolId, actor.userId);
  const today = todayInAmsterdam();
  // Only the running cases that still take hours today: a closed case is neither offered nor preselected.
  const cases = (await casesOfMediator(db, actor.poolId, actor.userId))
    .filter((c) => isCaseStatus(c.status) && isOpen(c.status) && takesHoursOn(today, windowOf(c, c.assigned_at)))
    .map((c) => ({ id: c.id, number: c.number, title: c.title, status: c.status }));
  const lastCase = last && cases.some((c) => c.id === last.case_id) ? last.case_id : null;
  return { date: today, activity: last?.activity ?? null, caseId: lastCase, cases, allowedActions: collectionActions(actor) };
}

/** One page of the submitted hours waiting for approval, oldest first, with how many wait (up to LIST_REACH). */
export async function approvalQueue(db: Kysely<DB>, actor: Actor, query: ApprovalQueueQueryInput): Promise<HourApprovalQueuePage> {
  ensureCan(canHours, actor, 'review', poolHours(actor.poolId), 'collection');
  const { page = 1, pageSize = 25 } = query;
  const window = pageWindow({ page, pageSize });
  const ids = await approvalQueuePage(db, actor.poolId, window);
  // Read by id: an entry decided meanwhile by another coordinator is left out, not shown as waiting.
  const rows = await findEntries(db, actor.poolId, { entryIds: ids, status: 'submitted', queueOrder: true });
  const counted = await countApprovalQueue(db, actor.poolId);
  const flags = await queueFlags(db, actor.poolId, rows);
  return { items: rows.map((e) => ({ ...presentEntry(actor, e), flags: flags.get(e.id) ?? [] })), ...pageFields({ page, pageSize }, counted), allowedActions: collectionActions(actor) };
}

/** Totals per case and per mediator of the entries dated in [from, to]. */
export async function hoursTotals(db: Kysely<DB>, actor: Actor, from: string, to: string): Promise<HoursTotalsReport> {
  ensureCan(canHours, actor, 'totals', poolHours(actor.poolId), 'collection');
  if (to < from) throw invalidField('to', 'before-from', 'De einddatum ligt vóór de begindatum.');
  const rows = await findEntries(db, actor.poolId, { from, to });
  const group = <K extends string>(key: (e: EntryRow) => K) => {
    const map = new Map<K, EntryRow[]>();
    for (const e of rows) map.set(key(e), [...(map.get(key(e)) ?? []), e]);
    return map;
  };
  const perCase = [...group((e) => e.case_id).values()]
    .map((list) => ({ caseId: list[0]!.case_id, caseNumber: list[0]!.case_number, municipality: list[0]!.user_name, ...totalsOf(list) }))
    .sort((a, b) => compareCaseNumbers(a.caseNumber, b.caseNumber));
  const perMediator = [...group((e) => e.mediator_id).values()]
    .map((list) => ({ mediatorId: list[0]!.mediator_id, name: list[0]!.mediator_name ?? '(uitgenodigd)', municipality: list[0]!.supplier_name, ...totalsOf(list) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { from, to, perCase, perMediator, totals: totalsOf(rows) };
}
