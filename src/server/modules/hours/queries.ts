import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { notFound } from '../../http/problem.js';
import { canSeeEntry } from './policy.js';

export interface EntryFilter {
  entryId?: string;
  caseId?: string;
  mediatorUserId?: string;
  status?: 'submitted' | 'approved' | 'rejected';
  from?: string;
  to?: string;
  correctsId?: string;
}

/** Hour entries with the names the screens show, and whether a final settlement locks them. */
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
    ])
    .where('e.pool_id', '=', poolId);
  if (f.entryId) q = q.where('e.id', '=', f.entryId);
  if (f.caseId) q = q.where('e.case_id', '=', f.caseId);
  if (f.mediatorUserId) q = q.where('mp.user_id', '=', f.mediatorUserId);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.from) q = q.where('e.work_date', '>=', f.from);
  if (f.to) q = q.where('e.work_date', '<=', f.to);
  if (f.correctsId) q = q.where('e.corrects_id', '=', f.correctsId);
  return q.orderBy('e.work_date').orderBy('e.created_at').orderBy('e.id').execute();
}

export type EntryRow = Awaited<ReturnType<typeof findEntries>>[number];

/** One entry for its own mediator or a coordinator; anyone else gets 404. */
export async function loadEntryForActor(db: Kysely<DB>, actor: Actor, entryId: string, opts: { forUpdate?: boolean } = {}): Promise<EntryRow> {
  if (opts.forUpdate) {
    const locked = await db.selectFrom('hour_entry').select('id').where('id', '=', entryId).where('pool_id', '=', actor.poolId).forUpdate().executeTakeFirst();
    if (!locked) throw notFound();
  }
  const [row] = await findEntries(db, actor.poolId, { entryId });
  if (!row || !canSeeEntry(actor, row)) throw notFound();
  return row;
}

/** The actor's own mediator profile in their pool, if they have one. */
export async function ownMediatorProfile(db: Kysely<DB>, actor: Actor, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('mediator_profile').select(['id', 'pool_id']).where('user_id', '=', actor.userId).where('pool_id', '=', actor.poolId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Whether the profile is on the case now (not released). */
export async function isOnCase(db: Kysely<DB>, caseId: string, mediatorId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_mediator')
    .select('case_id')
    .where('case_id', '=', caseId)
    .where('mediator_id', '=', mediatorId)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
