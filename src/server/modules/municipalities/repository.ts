import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { containsPattern } from '../../db/like-pattern.js';

/** The municipalities module's reads; the commands keep their own writes. */

/** Member municipalities of one pool (current and former). */
export const selectMembers = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .where('pm.pool_id', '=', poolId)
    .select(['m.id', 'm.code', 'm.name', 'm.province', 'm.lat', 'm.lon', 'pm.member_since', 'pm.member_until']);

export const findMember = (db: Kysely<DB>, poolId: string, municipalityId: string) =>
  selectMembers(db, poolId).where('m.id', '=', municipalityId).executeTakeFirst();

/** Active users with the contact role for the given municipalities. */
export async function contactPersons(db: Kysely<DB>, poolId: string, municipalityIds: string[]) {
  if (municipalityIds.length === 0) return [];
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'email', 'municipality_id'])
    .where('pool_id', '=', poolId)
    .where('active', '=', true)
    .where('municipality_id', 'in', municipalityIds)
    .where(sql<boolean>`'contact' = ANY(roles)`)
    .orderBy('name')
    .execute();
}

export interface MemberSearch {
  q?: string | undefined;
  membership: 'current' | 'former' | 'all';
  today: string;
  page: number;
  pageSize: number;
}

/** One page of the pool's member municipalities with the total count, by name. */
export async function searchMembers(db: Kysely<DB>, poolId: string, s: MemberSearch) {
  let query = selectMembers(db, poolId);
  if (s.q) {
    const like = containsPattern(s.q);
    query = query.where((eb) => eb.or([eb('m.name', 'ilike', like), eb('m.code', 'ilike', like)]));
  }
  if (s.membership === 'current') query = query.where('pm.member_since', '<=', s.today).where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', s.today)]));
  if (s.membership === 'former') query = query.where('pm.member_until', '<', s.today);
  const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.orderBy('m.name').orderBy('m.id').limit(s.pageSize).offset((s.page - 1) * s.pageSize).execute();
  return { rows, total: Number(total.n) };
}

/** The CBS codes of the pool's members (current and former), to mark them in the reference list. */
export async function memberCodes(db: Kysely<DB>, poolId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('pool_member as pm').innerJoin('municipality as m', 'm.id', 'pm.municipality_id').select('m.code').where('pm.pool_id', '=', poolId).execute();
  return new Set(rows.map((r) => r.code));
}

/** Whether another pool of the installation has this municipality as a member. */
export async function sharedWithOtherPool(db: Kysely<DB>, poolId: string, municipalityId: string): Promise<boolean> {
  const row = await db.selectFrom('pool_member').select('pool_id').where('municipality_id', '=', municipalityId).where('pool_id', '<>', poolId).executeTakeFirst();
  return row !== undefined;
}

// ---------- Writes (the commands') ----------

export const findMunicipalityByCode = (db: Kysely<DB>, code: string) => db.selectFrom('municipality').selectAll().where('code', '=', code).executeTakeFirst();

/** The pool's membership of a municipality, if any. */
export const findMembership = (db: Kysely<DB>, poolId: string, municipalityId: string) =>
  db.selectFrom('pool_member').select(['member_since', 'member_until']).where('pool_id', '=', poolId).where('municipality_id', '=', municipalityId).executeTakeFirst();

/** Registers a municipality the installation did not know yet (another request may have just done so) and returns it. */
export async function insertMunicipality(trx: Kysely<DB>, row: { code: string; name: string; province: string | null; lat: number | null; lon: number | null }) {
  await trx.insertInto('municipality').values(row).onConflict((oc) => oc.column('code').doNothing()).execute();
  return trx.selectFrom('municipality').selectAll().where('code', '=', row.code).executeTakeFirstOrThrow();
}

export async function updateMunicipalityDetails(trx: Kysely<DB>, municipalityId: string, details: { name: string; province: string | null; lat: number | null; lon: number | null }) {
  await trx.updateTable('municipality').set(details).where('id', '=', municipalityId).execute();
}

/** Adds the membership; false when the pool already has it. */
export async function insertMembership(trx: Kysely<DB>, row: { pool_id: string; municipality_id: string; member_since: string; member_until: string | null }): Promise<boolean> {
  const inserted = await trx.insertInto('pool_member').values(row).onConflict((oc) => oc.doNothing()).returning('municipality_id').executeTakeFirst();
  return inserted !== undefined;
}

/** A member municipality with its membership, locked for the rest of the transaction. */
export const lockMember = (trx: Kysely<DB>, poolId: string, municipalityId: string) =>
  trx
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code', 'm.name', 'm.province', 'm.lat', 'm.lon', 'pm.member_since', 'pm.member_until'])
    .where('pm.pool_id', '=', poolId)
    .where('pm.municipality_id', '=', municipalityId)
    .forUpdate()
    .executeTakeFirst();

export async function setMembershipDates(trx: Kysely<DB>, poolId: string, municipalityId: string, dates: { member_since: string; member_until: string | null }) {
  await trx.updateTable('pool_member').set(dates).where('pool_id', '=', poolId).where('municipality_id', '=', municipalityId).execute();
}

/** Ends an open membership (a guarded update); false when it had already ended. */
export async function endOpenMembership(trx: Kysely<DB>, poolId: string, municipalityId: string, memberUntil: string): Promise<boolean> {
  const ended = await trx
    .updateTable('pool_member')
    .set({ member_until: memberUntil })
    .where('pool_id', '=', poolId)
    .where('municipality_id', '=', municipalityId)
    .where('member_until', 'is', null)
    .executeTakeFirst();
  return Number(ended.numUpdatedRows) === 1;
}
