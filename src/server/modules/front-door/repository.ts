import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The front door's SQL: which pool serves a municipality, the anonymous route counts, the
 * resident's status link and the coordinator's report.
 */

/** The municipality (by CBS code) and the pool it is a current member of; the first pool by name if several. */
export const selectServingPool = (db: Kysely<DB>, code: string) =>
  db
    .selectFrom('municipality as m')
    .innerJoin('pool_member as pm', 'pm.municipality_id', 'm.id')
    .innerJoin('pool as p', 'p.id', 'pm.pool_id')
    .select(['m.id as municipality_id', 'm.name as municipality_name', 'p.id as pool_id', 'p.name as pool_name'])
    .where('m.code', '=', code)
    .where('pm.member_since', '<=', sql<string>`current_date`)
    .where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', sql<string>`current_date`)]))
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirst();

/** One more advice of this route, this month, for this municipality: the only trace a routed visitor leaves. */
export async function countRoute(db: Kysely<DB>, c: { month: string; route: string; municipalityCode: string; poolId: string | null }): Promise<void> {
  await db
    .insertInto('front_door_route_count')
    .values({ month: c.month, route: c.route, municipality_code: c.municipalityCode, pool_id: c.poolId, count: 1 })
    .onConflict((oc) => oc.columns(['month', 'route', 'municipality_code']).doUpdateSet({ count: sql<number>`front_door_route_count.count + 1`, pool_id: c.poolId }))
    .execute();
}

export async function insertStatusLink(db: Kysely<DB>, link: { poolId: string; caseId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('front_door_status_link')
    .values({ pool_id: link.poolId, case_id: link.caseId, token_hash: link.tokenHash, expires_at: link.expiresAt })
    .execute();
}

/** The case status behind an unexpired status link, or undefined. */
export const selectStatusByTokenHash = (db: Kysely<DB>, tokenHash: string) =>
  db
    .selectFrom('front_door_status_link as l')
    .innerJoin('mediation_case as c', 'c.id', 'l.case_id')
    .select(['l.pool_id', 'l.case_id', 'c.status'])
    .where('l.token_hash', '=', tokenHash)
    .where('l.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();

/** Routes advised per month for the municipalities a pool served, newest month first. */
export const selectRouteCounts = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('front_door_route_count')
    .select([sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'route', sql<number>`sum(count)::int`.as('count')])
    .where('pool_id', '=', poolId)
    .groupBy(['month', 'route'])
    .orderBy('month', 'desc')
    .orderBy('route')
    .limit(600)
    .execute();
