import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The demo registry's writes. The seed fills tables the other registry modules own (settings,
 * municipalities, accounts, profiles and their records) straight, once, for a demo pool: it runs
 * under no actor and must not depend on those modules (they import this one).
 */

export async function poolHasMediators(db: Kysely<DB>, poolId: string): Promise<boolean> {
  return (await db.selectFrom('mediator_profile').select('id').where('pool_id', '=', poolId).executeTakeFirst()) !== undefined;
}

export async function setDemoSettings(db: Kysely<DB>, poolId: string, settings: Updateable<DB['pool_settings']>) {
  await db.insertInto('pool_settings').values({ pool_id: poolId }).onConflict((oc) => oc.column('pool_id').doNothing()).execute();
  await db.updateTable('pool_settings').set({ ...settings, updated_at: new Date() }).where('pool_id', '=', poolId).execute();
}

export async function ensureHourlyRate(db: Kysely<DB>, poolId: string, year: number, cents: number) {
  await db.insertInto('pool_hourly_rate').values({ pool_id: poolId, year, cents }).onConflict((oc) => oc.columns(['pool_id', 'year']).doNothing()).execute();
}

/** The municipality (created when new) as a member of the pool since the date; its id. */
export async function ensureMember(db: Kysely<DB>, poolId: string, m: { code: string; name: string; province: string; lat: number; lon: number }, memberSince: string) {
  const row = await db
    .insertInto('municipality')
    .values(m)
    .onConflict((oc) => oc.column('code').doUpdateSet({ code: m.code }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('pool_member').values({ pool_id: poolId, municipality_id: row.id, member_since: memberSince }).onConflict((oc) => oc.doNothing()).execute();
  return row.id;
}

export const findAccount = (db: Kysely<DB>, poolId: string, email: string) =>
  db.selectFrom('app_user').select(['id', 'roles']).where('pool_id', '=', poolId).where('email', '=', email).executeTakeFirst();

export const insertAccount = (db: Kysely<DB>, row: Insertable<DB['app_user']>) => db.insertInto('app_user').values(row).returning(['id', 'roles']).executeTakeFirstOrThrow();

export async function setRoles(db: Kysely<DB>, userId: string, roles: string[]) {
  await db.updateTable('app_user').set({ roles }).where('id', '=', userId).execute();
}

export const insertProfile = (db: Kysely<DB>, row: Insertable<DB['mediator_profile']>) => db.insertInto('mediator_profile').values(row).returning('id').executeTakeFirstOrThrow();

export async function setUpkeepCycleStart(db: Kysely<DB>, mediatorId: string, start: string) {
  await db.updateTable('mediator_profile').set({ upkeep_cycle_start: start }).where('id', '=', mediatorId).execute();
}

export async function insertStatusChange(db: Kysely<DB>, row: Insertable<DB['mediator_status_change']>) {
  await db.insertInto('mediator_status_change').values(row).execute();
}

export async function insertUnavailability(db: Kysely<DB>, row: Insertable<DB['mediator_unavailability']>) {
  await db.insertInto('mediator_unavailability').values(row).execute();
}

export async function insertRelationship(db: Kysely<DB>, row: Insertable<DB['mediator_relationship']>) {
  await db.insertInto('mediator_relationship').values(row).execute();
}

export async function insertUpkeepEntry(db: Kysely<DB>, row: Insertable<DB['upkeep_entry']>) {
  await db.insertInto('upkeep_entry').values(row).execute();
}
