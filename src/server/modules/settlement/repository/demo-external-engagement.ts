import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The demo external engagement's SQL (seed-demo-external-engagement.ts): what it reads of the pool and the rows it writes straight into the tables. */

/** The pool's first coordinator, who refers and triages the demo case. */
export async function firstCoordinator(db: Kysely<DB>, poolId: string) {
  return db.selectFrom('app_user').select('id').where('pool_id', '=', poolId).where(sql<boolean>`'coordinator' = ANY(roles)`).orderBy('created_at').executeTakeFirst();
}

/** A member municipality of the pool by its name. */
export async function memberNamed(db: Kysely<DB>, poolId: string, name: string) {
  return db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select('m.id')
    .where('pm.pool_id', '=', poolId)
    .where('m.name', '=', name)
    .executeTakeFirst();
}

/** The next case number of the year (the same counter referrals use). */
export async function claimCaseNumber(db: Kysely<DB>, poolId: string, year: number): Promise<number> {
  const counter = await db
    .insertInto('case_number_counter')
    .values({ pool_id: poolId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`case_number_counter.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return counter.last_number;
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

export async function insertDemoEngagement(db: Kysely<DB>, values: Insertable<DB['external_mediator_assignment']>) {
  return db.insertInto('external_mediator_assignment').values(values).returning(['id', 'name', 'organisation', 'agreed_rate_cents']).executeTakeFirstOrThrow();
}

export async function insertDemoCaseEvent(db: Kysely<DB>, values: Insertable<DB['case_event']>): Promise<void> {
  await db.insertInto('case_event').values(values).execute();
}
