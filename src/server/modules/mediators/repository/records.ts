import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** A mediator's own records: periods away, declared relationships and MfN upkeep entries (reads and writes). */

// ---------- Unavailability ----------

const unavailabilityOf = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db.selectFrom('mediator_unavailability').selectAll().where('pool_id', '=', poolId).where('mediator_id', '=', mediatorId);

export async function listUnavailability(db: Kysely<DB>, poolId: string, mediatorId: string, from?: string) {
  let q = unavailabilityOf(db, poolId, mediatorId);
  if (from) q = q.where('ends_on', '>=', from);
  return q.orderBy('starts_on').execute();
}

export const findUnavailability = (db: Kysely<DB>, poolId: string, mediatorId: string, periodId: string) =>
  unavailabilityOf(db, poolId, mediatorId).where('id', '=', periodId).executeTakeFirst();

/** The mediator's other periods, for the overlap check. */
export async function otherPeriods(db: Kysely<DB>, mediatorId: string, exceptId?: string) {
  let q = db.selectFrom('mediator_unavailability').select(['id', 'starts_on', 'ends_on', 'kind']).where('mediator_id', '=', mediatorId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.execute();
}

// ---------- Declared relationships ----------

export const selectRelationships = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db
    .selectFrom('mediator_relationship as r')
    .leftJoin('municipality as m', 'm.id', 'r.municipality_id')
    .select(['r.id', 'r.kind', 'r.department', 'r.person_name', 'r.reason', 'r.since', 'r.updated_at', 'm.id as m_id', 'm.code as m_code', 'm.name as m_name'])
    .where('r.pool_id', '=', poolId)
    .where('r.mediator_id', '=', mediatorId);

export type RelationshipRow = Awaited<ReturnType<ReturnType<typeof selectRelationships>['execute']>>[number];

export const listRelationships = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  selectRelationships(db, poolId, mediatorId).orderBy('r.since').orderBy('r.id').execute();

export const findRelationship = (db: Kysely<DB>, poolId: string, mediatorId: string, relationshipId: string) =>
  selectRelationships(db, poolId, mediatorId).where('r.id', '=', relationshipId).executeTakeFirst();

// ---------- MfN upkeep ----------

const upkeepEntriesOf = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db.selectFrom('upkeep_entry').selectAll().where('pool_id', '=', poolId).where('mediator_id', '=', mediatorId);

export async function listUpkeepEntries(db: Kysely<DB>, poolId: string, mediatorId: string, type?: 'mediation' | 'education' | 'peer_review') {
  let q = upkeepEntriesOf(db, poolId, mediatorId);
  if (type) q = q.where('type', '=', type);
  return q.orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').execute();
}

export const allUpkeepEntries = (db: Kysely<DB>, poolId: string, mediatorId: string) => upkeepEntriesOf(db, poolId, mediatorId).execute();

export const findUpkeepEntry = (db: Kysely<DB>, poolId: string, mediatorId: string, entryId: string) =>
  upkeepEntriesOf(db, poolId, mediatorId).where('id', '=', entryId).executeTakeFirst();

/** What the upkeep summary starts from: the cycle start and the registration's expiry. */
export const findUpkeepBasis = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db
    .selectFrom('mediator_profile')
    .select(['id', 'upkeep_cycle_start', 'registration_expires_on'])
    .where('id', '=', mediatorId)
    .where('pool_id', '=', poolId)
    .executeTakeFirstOrThrow();

// ---------- Writes (the commands') ----------

export const insertUnavailability = (trx: Kysely<DB>, row: Insertable<DB['mediator_unavailability']>) =>
  trx.insertInto('mediator_unavailability').values(row).returningAll().executeTakeFirstOrThrow();

export const updateUnavailabilityRow = (trx: Kysely<DB>, poolId: string, periodId: string, set: Updateable<DB['mediator_unavailability']>) =>
  trx.updateTable('mediator_unavailability').set({ ...set, updated_at: new Date() }).where('id', '=', periodId).where('pool_id', '=', poolId).returningAll().executeTakeFirstOrThrow();

export const deleteUnavailability = (trx: Kysely<DB>, poolId: string, mediatorId: string, periodId: string) =>
  trx
    .deleteFrom('mediator_unavailability')
    .where('id', '=', periodId)
    .where('mediator_id', '=', mediatorId)
    .where('pool_id', '=', poolId)
    .returning(['starts_on', 'ends_on', 'kind'])
    .executeTakeFirst();

/** The relationship's own row (its columns as stored), for a change. */
export const findRelationshipRow = (trx: Kysely<DB>, poolId: string, mediatorId: string, relationshipId: string) =>
  trx.selectFrom('mediator_relationship').selectAll().where('id', '=', relationshipId).where('mediator_id', '=', mediatorId).where('pool_id', '=', poolId).executeTakeFirst();

export const insertRelationship = (trx: Kysely<DB>, row: Insertable<DB['mediator_relationship']>) =>
  trx.insertInto('mediator_relationship').values(row).returningAll().executeTakeFirstOrThrow();

export const updateRelationshipRow = (trx: Kysely<DB>, poolId: string, relationshipId: string, set: Updateable<DB['mediator_relationship']>) =>
  trx.updateTable('mediator_relationship').set({ ...set, updated_at: new Date() }).where('id', '=', relationshipId).where('pool_id', '=', poolId).returningAll().executeTakeFirstOrThrow();

export const deleteRelationship = (trx: Kysely<DB>, poolId: string, mediatorId: string, relationshipId: string) =>
  trx
    .deleteFrom('mediator_relationship')
    .where('id', '=', relationshipId)
    .where('mediator_id', '=', mediatorId)
    .where('pool_id', '=', poolId)
    .returning(['kind', 'municipality_id', 'department', 'person_name', 'since'])
    .executeTakeFirst();

export const insertUpkeepEntry = (trx: Kysely<DB>, row: Insertable<DB['upkeep_entry']>) => trx.insertInto('upkeep_entry').values(row).returningAll().executeTakeFirstOrThrow();

export const deleteUpkeepEntry = (trx: Kysely<DB>, poolId: string, mediatorId: string, entryId: string) =>
  trx.deleteFrom('upkeep_entry').where('id', '=', entryId).where('mediator_id', '=', mediatorId).where('pool_id', '=', poolId).returning(['type', 'occurred_on']).executeTakeFirst();

/**
 * The concluded pool cases of one mediator, for the MfN upkeep: cases with status concluded or
 * closed and a conclusion date, on which the mediator is still on the case or was released on or
 * after the conclusion day (a mediator taken off before the end did not conclude it). With the
 * number of mediators ever on the case, the written agreement of the recorded outcome and the
 * mediator's own hour entries on it.
 */
export async function concludedPoolCases(db: Kysely<DB>, poolId: string, mediatorId: string) {
  const cases = await db
    .selectFrom('case_mediator as cm')
    .innerJoin('mediation_case as c', 'c.id', 'cm.case_id')
    .leftJoin('case_outcome as o', 'o.case_id', 'c.id')
    .select((eb) => [
      'c.id',
      'c.number',
      'c.concluded_on',
      'cm.released_at',
      'o.written_agreement',
      eb.selectFrom('case_mediator as all_cm').whereRef('all_cm.case_id', '=', 'c.id').select((e) => e.fn.countAll<string>().as('n')).as('mediator_count'),
    ])
    .where('cm.pool_id', '=', poolId)
    .where('cm.mediator_id', '=', mediatorId)
    .where('c.pool_id', '=', poolId)
    .where('c.status', 'in', ['concluded', 'closed'])
    .where('c.concluded_on', 'is not', null)
    .orderBy('c.concluded_on')
    .orderBy('c.number_order')
    .execute();
  const ids = cases.map((c) => c.id);
  const hours = ids.length
    ? await db.selectFrom('hour_entry').select(['case_id', 'activity', 'minutes', 'status']).where('pool_id', '=', poolId).where('mediator_id', '=', mediatorId).where('case_id', 'in', ids).execute()
    : [];
  return cases.map((c) => ({ ...c, mediator_count: Number(c.mediator_count ?? 1), hours: hours.filter((h) => h.case_id === c.id) }));
}
