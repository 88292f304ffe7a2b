import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The demo's old case (seed-demo-retention.ts): what it reads of the pool and the rows it writes. */

export const demoFacts = async (db: Kysely<DB>, poolId: string) => ({
  coordinator: await db.selectFrom('app_user').select('id').where('pool_id', '=', poolId).where(sql<boolean>`'coordinator' = ANY(roles)`).orderBy('created_at').executeTakeFirst(),
  municipality: await db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select('m.id')
    .where('pm.pool_id', '=', poolId)
    .orderBy('m.code')
    .executeTakeFirst(),
});

export const demoCaseExists = async (db: Kysely<DB>, poolId: string, number: string) =>
  (await db.selectFrom('mediation_case').select('id').where('pool_id', '=', poolId).where('number', '=', number).executeTakeFirst()) !== undefined;

export async function insertOldDemoCase(
  db: Kysely<DB>,
  rows: {
    case: Insertable<DB['mediation_case']>;
    parties: Omit<Insertable<DB['case_party']>, 'case_id'>[];
    triage: Omit<Insertable<DB['case_triage']>, 'case_id'>;
    events: Omit<Insertable<DB['case_event']>, 'case_id'>[];
  },
): Promise<void> {
  const c = await db.insertInto('mediation_case').values(rows.case).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('case_party').values(rows.parties.map((p) => ({ ...p, case_id: c.id }))).execute();
  await db.insertInto('case_triage').values({ ...rows.triage, case_id: c.id }).execute();
  await db.insertInto('case_event').values(rows.events.map((e) => ({ ...e, case_id: c.id }))).execute();
  const year = Number(String(rows.case.number).slice(3, 7));
  await db
    .insertInto('case_number_counter')
    .values({ pool_id: rows.case.pool_id, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`greatest(case_number_counter.last_number, 1)` }))
    .execute();
}
