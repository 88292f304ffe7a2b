import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The demo year's SQL (seed-demo-year.ts): what it reads of the pool, and the rows it writes straight into the tables. */

export async function poolHasCases(db: Kysely<DB>, poolId: string): Promise<boolean> {
  return (await db.selectFrom('mediation_case').select('id').where('pool_id', '=', poolId).executeTakeFirst()) !== undefined;
}

export async function poolMembers(db: Kysely<DB>, poolId: string) {
  return db.selectFrom('pool_member as pm').innerJoin('municipality as m', 'm.id', 'pm.municipality_id').select(['m.id', 'm.code']).where('pm.pool_id', '=', poolId).orderBy('m.code').execute();
}

export async function poolUsers(db: Kysely<DB>, poolId: string) {
  return db.selectFrom('app_user').select(['id', 'roles', 'municipality_id', 'name']).where('pool_id', '=', poolId).execute();
}

/** The pool's active and in-training mediators with an account. */
export async function workingMediators(db: Kysely<DB>, poolId: string) {
  return db
    .selectFrom('mediator_profile as mp')
    .innerJoin('app_user as u', 'u.id', 'mp.user_id')
    .select(['mp.id', 'mp.status', 'u.id as user_id', 'u.municipality_id'])
    .where('mp.pool_id', '=', poolId)
    .where('mp.status', 'in', ['active', 'in_training'])
    // A fixed order (ids are random), so the demo year assigns the same mediators on every start.
    .orderBy('u.email')
    .execute();
}

export async function insertDemoCase(db: Kysely<DB>, values: Insertable<DB['mediation_case']>): Promise<string> {
  return (await db.insertInto('mediation_case').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertDemoParties(db: Kysely<DB>, values: Insertable<DB['case_party']>[]): Promise<void> {
  await db.insertInto('case_party').values(values).execute();
}

export async function insertDemoTriage(db: Kysely<DB>, values: Insertable<DB['case_triage']>): Promise<void> {
  await db.insertInto('case_triage').values(values).execute();
}

export async function insertDemoCaseMediator(db: Kysely<DB>, values: Insertable<DB['case_mediator']>): Promise<void> {
  await db.insertInto('case_mediator').values(values).execute();
}

export async function insertDemoSession(db: Kysely<DB>, values: Insertable<DB['mediation_session']>): Promise<void> {
  await db.insertInto('mediation_session').values(values).execute();
}

export async function insertDemoHours(db: Kysely<DB>, values: Insertable<DB['hour_entry']>): Promise<void> {
  await db.insertInto('hour_entry').values(values).execute();
}

export async function insertDemoOutcome(db: Kysely<DB>, values: Insertable<DB['case_outcome']>): Promise<void> {
  await db.insertInto('case_outcome').values(values).execute();
}

export async function insertDemoEvent(db: Kysely<DB>, values: Insertable<DB['case_event']>): Promise<void> {
  await db.insertInto('case_event').values(values).execute();
}

/** Raises the pool's case number counter for the year to at least `last`. */
export async function raiseCaseNumberCounter(db: Kysely<DB>, poolId: string, year: number, last: number): Promise<void> {
  await db
    .insertInto('case_number_counter')
    .values({ pool_id: poolId, year, last_number: last })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`greatest(case_number_counter.last_number, ${last})` }))
    .execute();
}
