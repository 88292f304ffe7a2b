import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

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
