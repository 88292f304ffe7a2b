import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ExternalMediatorCostTable } from '../../../db/schema-hours.js';

/** The settlement module's SQL on external mediators' costs and their engagements from matching. */

export interface ExternalCostRow {
  id: string;
  case_id: string;
  case_number: string;
  municipality_id: string;
  municipality_name: string;
  external_name: string;
  organisation: string | null;
  hourly_rate_cents: number;
  minutes: number;
  declared_on: string;
  note: string | null;
  created_at: Date;
}

/** The pool's declarations with their case number and the requesting municipality. */
const declarationRows = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('external_mediator_cost as x')
    .innerJoin('mediation_case as c', 'c.id', 'x.case_id')
    .innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id')
    .selectAll('x')
    .select(['c.number as case_number', 'm.id as municipality_id', 'm.name as municipality_name'])
    .where('x.pool_id', '=', poolId);

/** The pool's declarations dated in [from, to] (either end open), by case number and date. */
export async function declarationsInPeriod(db: Kysely<DB>, poolId: string, from: string | undefined, to: string | undefined): Promise<ExternalCostRow[]> {
  let q = declarationRows(db, poolId);
  if (from) q = q.where('x.declared_on', '>=', from);
  if (to) q = q.where('x.declared_on', '<=', to);
  return q.orderBy('c.number_order').orderBy('x.declared_on').orderBy('x.id').execute();
}

/** One case's declarations, by date. */
export async function declarationsOfCase(db: Kysely<DB>, poolId: string, caseId: string): Promise<ExternalCostRow[]> {
  return declarationRows(db, poolId).where('x.case_id', '=', caseId).orderBy('x.declared_on').orderBy('x.created_at').orderBy('x.id').execute();
}

/** The external mediators matching assigned (or released) on the case, in order of engagement. */
export async function engagedExternalMediators(db: Kysely<DB>, poolId: string, caseId: string) {
  return db
    .selectFrom('external_mediator_assignment')
    .select(['id', 'name', 'organisation', 'agreed_rate_cents', 'status'])
    .where('case_id', '=', caseId)
    .where('pool_id', '=', poolId)
    .where('status', 'in', ['assigned', 'released'])
    .orderBy('created_at')
    .execute();
}

/** One engagement of an external mediator on the case, in whatever status. */
export async function findEngagement(trx: Kysely<DB>, poolId: string, caseId: string, engagementId: string) {
  return trx
    .selectFrom('external_mediator_assignment')
    .select(['id', 'name', 'organisation', 'agreed_rate_cents', 'status'])
    .where('id', '=', engagementId)
    .where('case_id', '=', caseId)
    .where('pool_id', '=', poolId)
    .executeTakeFirst();
}

export async function insertExternalCost(trx: Kysely<DB>, values: Insertable<ExternalMediatorCostTable>): Promise<string> {
  const row = await trx.insertInto('external_mediator_cost').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** One declaration of the pool, locked for the transaction. */
export async function lockExternalCost(trx: Kysely<DB>, poolId: string, id: string) {
  return trx.selectFrom('external_mediator_cost').selectAll().where('id', '=', id).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
}

export async function deleteExternalCost(trx: Kysely<DB>, id: string): Promise<void> {
  await trx.deleteFrom('external_mediator_cost').where('id', '=', id).execute();
}
