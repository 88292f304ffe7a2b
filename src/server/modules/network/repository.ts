import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** All of the network module's SQL: memberships, the session's chosen pool, the installation's pools. */

/** The pools the account is an active member of, by name. */
export const listOwnPools = (db: Kysely<DB>, userId: string) =>
  db
    .selectFrom('pool_membership as pm')
    .innerJoin('pool as p', 'p.id', 'pm.pool_id')
    .select(['p.id', 'p.name', 'p.colour', 'pm.roles'])
    .where('pm.user_id', '=', userId)
    .where('pm.active', '=', true)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();

/** Whether the account is an active member of the pool. */
export async function isActiveMember(db: Kysely<DB>, userId: string, poolId: string): Promise<boolean> {
  const row = await db
    .selectFrom('pool_membership')
    .select('pool_id')
    .where('user_id', '=', userId)
    .where('pool_id', '=', poolId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** The session's chosen pool; false when the session is gone. */
export async function setSessionPool(db: Kysely<DB>, sessionId: string, userId: string, poolId: string): Promise<boolean> {
  const done = await db.updateTable('user_session').set({ pool_id: poolId }).where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export const poolNameOf = async (db: Kysely<DB>, poolId: string) =>
  (await db.selectFrom('pool').select('name').where('id', '=', poolId).executeTakeFirst())?.name ?? null;

/** Every pool of the installation with its municipalities and how many members and administrators it has. */
export function listPools(db: Kysely<DB>, poolId?: string) {
  let q = db
    .selectFrom('pool as p')
    .select([
      'p.id',
      'p.name',
      'p.colour',
      'p.created_at',
      sql<string[]>`coalesce((SELECT array_agg(m.name ORDER BY m.name) FROM pool_member pmb JOIN municipality m ON m.id = pmb.municipality_id
        WHERE pmb.pool_id = p.id AND (pmb.member_until IS NULL OR pmb.member_until >= current_date)), '{}')`.as('municipalities'),
      sql<number>`(SELECT count(*)::int FROM pool_membership pm JOIN app_user u ON u.id = pm.user_id WHERE pm.pool_id = p.id AND pm.active AND u.active)`.as('members'),
      sql<number>`(SELECT count(*)::int FROM pool_membership pm JOIN app_user u ON u.id = pm.user_id
        WHERE pm.pool_id = p.id AND pm.active AND u.active AND 'admin' = ANY(pm.roles))`.as('administrators'),
      sql<number>`(SELECT count(*)::int FROM invitation i WHERE i.pool_id = p.id AND 'admin' = ANY(i.roles)
        AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now())`.as('open_admin_invitations'),
    ])
    .orderBy('p.name')
    .orderBy('p.id');
  if (poolId) q = q.where('p.id', '=', poolId);
  return q.execute();
}

export async function poolNameTaken(db: Kysely<DB>, name: string): Promise<boolean> {
  const row = await db.selectFrom('pool').select('id').where(sql<boolean>`lower(name) = ${name.toLowerCase()}`).executeTakeFirst();
  return row !== undefined;
}

export const insertPool = (db: Kysely<DB>, pool: { name: string; colour?: string | undefined }) =>
  db
    .insertInto('pool')
    .values({ name: pool.name, ...(pool.colour ? { colour: pool.colour } : {}) })
    .returning('id')
    .executeTakeFirstOrThrow();

/** A municipality of the CBS list as a member of the new pool (the municipality row is shared by all pools). */
export async function addPoolMunicipality(
  db: Kysely<DB>,
  poolId: string,
  ref: { code: string; name: string; province: string | null; lat: number | null; lon: number | null },
) {
  const m = await db
    .insertInto('municipality')
    .values({ code: ref.code, name: ref.name, province: ref.province, lat: ref.lat, lon: ref.lon })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: ref.name }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('pool_member').values({ pool_id: poolId, municipality_id: m.id }).onConflict((oc) => oc.columns(['pool_id', 'municipality_id']).doNothing()).execute();
}
