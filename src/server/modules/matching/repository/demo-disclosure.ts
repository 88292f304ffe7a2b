import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The SQL of the demo cases for a disclosed relationship (seed-demo-disclosure.ts): what it reads of the pool and the rows it writes. */

/** The pool's first coordinator (who referred and triaged the demo cases) and the Meppel member municipality. */
export async function demoDisclosureFacts(db: Kysely<DB>, poolId: string) {
  const coordinator = await db
    .selectFrom('app_user')
    .select('id')
    .where('pool_id', '=', poolId)
    .where(sql<boolean>`'coordinator' = ANY(roles)`)
    .orderBy('created_at')
    .executeTakeFirst();
  const meppel = await db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select('m.id')
    .where('pm.pool_id', '=', poolId)
    .where('m.name', '=', 'Meppel')
    .executeTakeFirst();
  return { coordinator, meppel };
}

/** Whether a demo case with this title exists already (the seed may run twice). */
export async function demoCaseExists(db: Kysely<DB>, poolId: string, title: string): Promise<boolean> {
  return (await db.selectFrom('mediation_case').select('id').where('pool_id', '=', poolId).where('title', '=', title).executeTakeFirst()) !== undefined;
}

/** The next case number of the year (the same counter referrals use). */
export async function claimDemoCaseNumber(db: Kysely<DB>, poolId: string, year: number): Promise<number> {
  const counter = await db
    .insertInto('case_number_counter')
    .values({ pool_id: poolId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`case_number_counter.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return counter.last_number;
}

export async function insertDisclosureDemoCase(
  db: Kysely<DB>,
  values: {
    case: Insertable<DB['mediation_case']>;
    parties: Omit<Insertable<DB['case_party']>, 'case_id'>[];
    triage: Omit<Insertable<DB['case_triage']>, 'case_id'>;
    events: Omit<Insertable<DB['case_event']>, 'case_id'>[];
  },
): Promise<string> {
  const caseId = (await db.insertInto('mediation_case').values(values.case).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('case_party').values(values.parties.map((p) => ({ ...p, case_id: caseId }))).execute();
  await db.insertInto('case_triage').values({ ...values.triage, case_id: caseId }).execute();
  await db.insertInto('case_event').values(values.events.map((e) => ({ ...e, case_id: caseId }))).execute();
  return caseId;
}
