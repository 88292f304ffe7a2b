import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ReportScope } from '../report-scope.js';

/** The report module's smaller queries: the scope's municipality, the pool's size and its mediators by status. */

/** A municipality that is (or was) a member of the pool; undefined otherwise. */
export async function memberMunicipality(db: Kysely<DB>, poolId: string, municipalityId: string) {
  return db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code', 'm.name'])
    .where('pm.pool_id', '=', poolId)
    .where('pm.municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export async function poolMemberCount(db: Kysely<DB>, poolId: string): Promise<number> {
  const row = await db.selectFrom('pool_member').select((eb) => eb.fn.countAll<number>().as('n')).where('pool_id', '=', poolId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Mediators of the pool (of one municipality, when given) per status. */
export async function mediatorStatusCounts(db: Kysely<DB>, poolId: string, municipalityId: string | null): Promise<{ status: string; n: number }[]> {
  return (
    await sql<{ status: string; n: number }>`
      SELECT mp.status, count(*)::int AS n FROM mediator_profile mp
      LEFT JOIN app_user u ON u.id = mp.user_id LEFT JOIN invitation i ON i.id = mp.invitation_id
      WHERE mp.pool_id = ${poolId} AND (${municipalityId}::uuid IS NULL OR coalesce(u.municipality_id, i.municipality_id) = ${municipalityId}::uuid)
      GROUP BY mp.status`.execute(db)
  ).rows;
}

/**
 * The anonymised register's rows: one per case referred in the period, without personal data
 * (dates as year-month), in random order. `idx` is the running count of working days.
 */
export async function caseRegisterRows(db: Kysely<DB>, scope: ReportScope, idx: { cum: number[]; start: string; end: string }) {
  return (
    await sql<Record<string, unknown>>`
    WITH cal AS (SELECT ${sql.lit(`{${idx.cum.join(',')}}`)}::int[] AS cum, ${idx.start}::date AS s, ${idx.end}::date AS e)
    SELECT m.code, to_char(c.referred_on, 'YYYY-MM') AS referred, c.case_type, c.referral_source, c.urgency, c.route, c.status,
      to_char(c.assigned_on, 'YYYY-MM') AS assigned, to_char(c.concluded_on, 'YYYY-MM') AS concluded,
      CASE WHEN c.assigned_on BETWEEN c.referred_on AND cal.e THEN cal.cum[c.assigned_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wa,
      CASE WHEN c.concluded_on BETWEEN c.referred_on AND cal.e THEN cal.cum[c.concluded_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wc,
      o.outcome, o.written_agreement, o.aftercare_kept,
      (SELECT count(*)::int FROM mediation_session s WHERE s.case_id = c.id AND s.status = 'planned' AND s.starts_at <= now()) AS sessions,
      (SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entry h WHERE h.case_id = c.id AND h.status = 'approved') AS minutes
    FROM mediation_case c CROSS JOIN cal
    JOIN municipality m ON m.id = c.requesting_municipality_id
    LEFT JOIN case_outcome o ON o.case_id = c.id
    WHERE c.pool_id = ${scope.poolId} AND c.referred_on BETWEEN ${scope.from}::date AND ${scope.to}::date
      AND (${scope.municipality?.id ?? null}::uuid IS NULL OR c.requesting_municipality_id = ${scope.municipality?.id ?? null}::uuid)
    ORDER BY random()`.execute(db)
  ).rows;
}
