import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { HourEntryTable, HourStatus } from '../../db/schema-hours.js';
import { CURRENT_MEDIATOR_SQL, currentCaseMediators } from '../case-status/index.js';
import { cappedCount, type PageWindow } from '../../db/paging.js';

/** All of the hours module's SQL: hour entries with what the screens show, and the checks around them. */

export interface EntryFilter {
  entryId?: string;
  caseId?: string;
  mediatorUserId?: string;
  status?: HourStatus;
  from?: string;
  to?: string;
  correctsId?: string;
  /** Only these entries (a page of the approval queue, see approvalQueuePage). */
  entryIds?: string[];
  /** The approval queue's order: oldest submitted first, the id as tie-breaker. */
  queueOrder?: boolean;
}

/** Hour entries with the names the screens show, whether a final settlement locks them and whether their mediator is still on the case. */
export async function findEntries(db: Kysely<DB>, poolId: string, f: EntryFilter) {
  let q = db
    .selectFrom('hour_entry as e')
    .innerJoin('mediation_case as c', 'c.id', 'e.case_id')
    .innerJoin('mediator_profile as mp', 'mp.id', 'e.mediator_id')
    .leftJoin('app_user as mu', 'mu.id', 'mp.user_id')
    .innerJoin('municipality as sm', 'sm.id', 'e.supplier_municipality_id')
    .innerJoin('municipality as um', 'um.id', 'e.user_municipality_id')
    .leftJoin('app_user as du', 'du.id', 'e.decided_by')
    .leftJoin('hour_entry as o', 'o.id', 'e.corrects_id')
    .selectAll('e')
    .select([
      'c.number as case_number',
      'mp.user_id as mediator_user_id',
      'mu.name as mediator_name',
      'sm.name as supplier_name',
      'um.name as user_name',
      'du.name as decided_by_name',
      'o.work_date as corrects_date',
      // The original with its submitted and approved corrections (null without corrections): what
      // the screens show as "after corrections" and what a next correction must keep within 0..24 h.
      sql<number | null>`(SELECT e.minutes + sum(x.minutes)::int FROM hour_entry x WHERE x.corrects_id = e.id AND x.status <> 'rejected')`.as('corrected_minutes'),
      sql<boolean>`(e.status = 'approved' AND EXISTS (
        SELECT 1 FROM settlement s WHERE s.pool_id = e.pool_id AND s.status = 'final'
          AND e.period_start BETWEEN s.period_start AND s.period_end))`.as('locked'),
      sql<boolean>`EXISTS (SELECT 1 FROM case_mediator cm WHERE cm.case_id = e.case_id AND cm.mediator_id = e.mediator_id AND ${CURRENT_MEDIATOR_SQL})`.as('mediator_on_case'),
    ])
    .where('e.pool_id', '=', poolId);
  if (f.entryId) q = q.where('e.id', '=', f.entryId);
  if (f.caseId) q = q.where('e.case_id', '=', f.caseId);
  if (f.mediatorUserId) q = q.where('mp.user_id', '=', f.mediatorUserId);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.from) q = q.where('e.work_date', '>=', f.from);
  if (f.to) q = q.where('e.work_date', '<=', f.to);
  if (f.correctsId) q = q.where('e.corrects_id', '=', f.correctsId);
  if (f.entryIds) q = f.entryIds.length ? q.where('e.id', 'in', f.entryIds) : q.where(sql<boolean>`false`);
  if (f.queueOrder) return q.orderBy('e.created_at').orderBy('e.id').execute();
  return q.orderBy('e.work_date').orderBy('e.created_at').orderBy('e.id').execute();
}

export type EntryRow = Awaited<ReturnType<typeof findEntries>>[number];

/**
 * The ids of one page of the approval queue, oldest first, from its partial index (migration
 * 0016). The page's rows are then read by id: asked in one statement with the order and LIMIT,
 * PostgreSQL plans the per-row subqueries of findEntries for the whole queue (a hash over every
 * case's mediators, 90 ms at national scale) instead of for the 25 rows of the page.
 */
export async function approvalQueuePage(db: Kysely<DB>, poolId: string, window: PageWindow): Promise<string[]> {
  const rows = await db
    .selectFrom('hour_entry')
    .select('id')
    .where('pool_id', '=', poolId)
    .where('status', '=', 'submitted')
    .orderBy('created_at')
    .orderBy('id')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return rows.map((r) => r.id);
}

/** How many entries wait for approval, counted up to LIST_REACH (the partial index of migration 0016). */
export const countApprovalQueue = (db: Kysely<DB>, poolId: string) =>
  cappedCount(db, db.selectFrom('hour_entry as e').where('e.pool_id', '=', poolId).where('e.status', '=', 'submitted'));

/** Takes the entry's row for the rest of the transaction; false when the pool has no such entry. */
export async function lockEntry(trx: Kysely<DB>, poolId: string, entryId: string): Promise<boolean> {
  const row = await trx.selectFrom('hour_entry').select('id').where('id', '=', entryId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/** The user's mediator profile in the pool, if they have one; `forUpdate` serialises their entries (the 24-hour limit). */
export async function ownMediatorProfile(db: Kysely<DB>, poolId: string, userId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('mediator_profile').select(['id', 'pool_id']).where('user_id', '=', userId).where('pool_id', '=', poolId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The activity and case of the user's last logged (non-correction) entry in the pool, for quick entry. */
export async function lastLoggedEntry(db: Kysely<DB>, poolId: string, userId: string) {
  return db
    .selectFrom('hour_entry as e')
    .innerJoin('mediator_profile as mp', 'mp.id', 'e.mediator_id')
    .select(['e.activity', 'e.case_id'])
    .where('mp.user_id', '=', userId)
    .where('e.pool_id', '=', poolId)
    .where('e.corrects_id', 'is', null)
    .orderBy('e.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The cases the user is a current mediator of in the pool, newest number first, with what their assignment window needs. */
export async function casesOfMediator(db: Kysely<DB>, poolId: string, userId: string) {
  return currentCaseMediators(db)
    .innerJoin('mediation_case as c', 'c.id', 'cm.case_id')
    .select(['c.id', 'c.number', 'c.title', 'c.status', 'c.referred_on', 'c.closed_on', 'cm.assigned_at'])
    .where('mp.user_id', '=', userId)
    .where('cm.pool_id', '=', poolId)
    .orderBy('c.number_order', 'desc')
    .execute();
}

/** When the mediator's current assignment to the case began (undefined when they are not on it now). */
export async function currentAssignedAt(db: Kysely<DB>, caseId: string, mediatorId: string): Promise<Date | undefined> {
  const row = await currentCaseMediators(db).select('cm.assigned_at').where('cm.case_id', '=', caseId).where('cm.mediator_id', '=', mediatorId).orderBy('cm.assigned_at', 'desc').executeTakeFirst();
  return row?.assigned_at;
}

/** Minutes the mediator has on the day over submitted and approved entries, corrections excluded. */
export async function minutesOnDay(db: Kysely<DB>, mediatorId: string, date: string, exceptEntryId?: string): Promise<number> {
  let q = db
    .selectFrom('hour_entry')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('minutes'), eb.lit(0)).as('total'))
    .where('mediator_id', '=', mediatorId)
    .where('work_date', '=', date)
    .where('status', '!=', 'rejected')
    .where('corrects_id', 'is', null);
  if (exceptEntryId) q = q.where('id', '!=', exceptEntryId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.total);
}

/** The date a case was referred on (hours are not logged before it). */
export async function caseReferredOn(db: Kysely<DB>, caseId: string): Promise<string> {
  const row = await db.selectFrom('mediation_case').select('referred_on').where('id', '=', caseId).executeTakeFirstOrThrow();
  return row.referred_on;
}

/** The sum of the submitted and approved corrections of an entry (0 without). */
export async function correctionMinutes(db: Kysely<DB>, originalId: string): Promise<number> {
  const row = await db
    .selectFrom('hour_entry')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('minutes'), eb.lit(0)).as('total'))
    .where('corrects_id', '=', originalId)
    .where('status', '!=', 'rejected')
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Whether corrections point at the entry: any at all, or (`live`) submitted or approved ones. */
export async function hasCorrections(db: Kysely<DB>, originalId: string, opts: { live?: boolean } = {}): Promise<boolean> {
  let q = db.selectFrom('hour_entry').select('id').where('corrects_id', '=', originalId);
  if (opts.live) q = q.where('status', '!=', 'rejected');
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertEntry(trx: Kysely<DB>, values: Insertable<HourEntryTable>): Promise<string> {
  const row = await trx.insertInto('hour_entry').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A guarded update: changes the entry only while it still has the status it was read with; false when it changed meanwhile. */
export async function updateEntryFrom(trx: Kysely<DB>, entryId: string, fromStatus: HourStatus, set: Updateable<HourEntryTable>): Promise<boolean> {
  const res = await trx.updateTable('hour_entry').set(set).where('id', '=', entryId).where('status', '=', fromStatus).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A guarded delete, like `updateEntryFrom`. */
export async function deleteEntryFrom(trx: Kysely<DB>, entryId: string, fromStatus: HourStatus): Promise<boolean> {
  const res = await trx.deleteFrom('hour_entry').where('id', '=', entryId).where('status', '=', fromStatus).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** The account behind a mediator, for the rejection mail. */
export async function mediatorAccount(db: Kysely<DB>, userId: string) {
  return db.selectFrom('app_user').select(['email', 'name', 'active']).where('id', '=', userId).executeTakeFirst();
}

/**
 * What the approval queue's flags need per entry (domain/hours/hour-flags.ts): the case's
 * referral and close, the mediator's last assignment on the case (and its release), and the
 * minutes of the case's planned sessions on the entry's day (Dutch calendar day).
 */
export async function flagFactsOf(db: Kysely<DB>, poolId: string, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('hour_entry as e')
    .innerJoin('mediation_case as c', 'c.id', 'e.case_id')
    .select([
      'e.id',
      'c.referred_on',
      'c.closed_on',
      sql<Date | null>`(SELECT cm.assigned_at FROM case_mediator cm WHERE cm.case_id = e.case_id AND cm.mediator_id = e.mediator_id ORDER BY cm.assigned_at DESC LIMIT 1)`.as('assigned_at'),
      sql<Date | null>`(SELECT cm.released_at FROM case_mediator cm WHERE cm.case_id = e.case_id AND cm.mediator_id = e.mediator_id ORDER BY cm.assigned_at DESC LIMIT 1)`.as('released_at'),
      sql<number | null>`(SELECT round(sum(extract(epoch FROM (s.ends_at - s.starts_at))) / 60)::int FROM mediation_session s
        WHERE s.case_id = e.case_id AND s.status = 'planned' AND (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date = e.work_date)`.as('session_minutes'),
    ])
    .where('e.pool_id', '=', poolId)
    .where('e.id', 'in', [...entryIds])
    .execute();
}

/**
 * The start page's hours (workspace): the oldest few entries of the approval queue (its partial
 * index), with the case number and the mediator's name.
 */
export async function approvalQueueHead(db: Kysely<DB>, poolId: string, limit: number) {
  return db
    .selectFrom('hour_entry as e')
    .innerJoin('mediation_case as c', 'c.id', 'e.case_id')
    .innerJoin('mediator_profile as mp', 'mp.id', 'e.mediator_id')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .select(['e.id', 'e.case_id', 'c.number', 'u.name as mediator_name', 'e.activity', 'e.created_at'])
    .where('e.pool_id', '=', poolId)
    .where('e.status', '=', 'submitted')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

/** A mediator's rejected entries (to correct and submit again), counted up to LIST_REACH, and the newest few. */
export async function rejectedEntriesOf(db: Kysely<DB>, poolId: string, userId: string, limit: number) {
  const q = db
    .selectFrom('hour_entry as e')
    .innerJoin('mediator_profile as mp', 'mp.id', 'e.mediator_id')
    .innerJoin('mediation_case as c', 'c.id', 'e.case_id')
    .where('mp.user_id', '=', userId)
    .where('e.pool_id', '=', poolId)
    .where('e.status', '=', 'rejected');
  const counted = await cappedCount(db, q);
  const rows = await q
    .select(['e.id', 'e.case_id', 'c.number', 'e.work_date', 'e.reject_reason', 'e.decided_at'])
    .orderBy('e.work_date', 'desc')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return { rows, counted };
}
