import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PoolCounts } from '../../../domain/pool-benchmark/compare-pools.js';
import type { WorkingDayIndex } from '../reports/index.js';
import { AGREEMENT_OUTCOMES } from '../outcomes/index.js';

/** Whether the pool agreed to be compared (pool setting, migration 0032). */
export async function poolTakesPart(db: Kysely<DB>, poolId: string): Promise<boolean> {
  const row = await db.selectFrom('pool_settings').select('compare_with_other_pools').where('pool_id', '=', poolId).executeTakeFirst();
  return row?.compare_with_other_pools ?? false;
}

/** How many pools agreed (what a pool that has not agreed may know: a number). */
export async function countParticipants(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('pool_settings').select((eb) => eb.fn.countAll<number>().as('n')).where('compare_with_other_pools', '=', true).executeTakeFirstOrThrow();
  return Number(row.n);
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The counts of every pool that agreed, for one calendar year, in one statement: each part is an
 * aggregate grouped by pool (GROUP BY, percentile_cont), never a loop over cases in JavaScript.
 * The cases are those referred in the year (as in the reports); outcomes those of them that are
 * concluded; the lead mediator's municipality is the one of the mediator's membership in the
 * mediator's own pool (a lent mediator counts as from elsewhere); hours are approved hours worked
 * in the year; satisfaction the survey answers given in the year's months. Working days from
 * referral to assignment come from one shared calendar index (working-days.ts), an array lookup
 * per case.
 */
export async function participantCounts(db: Kysely<DB>, year: number, idx: WorkingDayIndex): Promise<PoolCounts[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = (
    await sql<Row>`
    WITH cal AS (SELECT ${sql.lit(`{${idx.cum.join(',')}}`)}::int[] AS cum, ${idx.start}::date AS s, ${idx.end}::date AS e),
    p AS (
      SELECT ps.pool_id, pl.name FROM pool_settings ps JOIN pool pl ON pl.id = ps.pool_id WHERE ps.compare_with_other_pools
    ),
    c AS (
      SELECT c.id, c.pool_id, c.requesting_municipality_id, c.referred_on, c.assigned_on, c.concluded_on
      FROM mediation_case c JOIN p ON p.pool_id = c.pool_id
      WHERE c.referred_on BETWEEN ${from}::date AND ${to}::date
    ),
    referred AS (
      SELECT c.pool_id, count(*)::int AS referrals, count(d.wa)::int AS assigned,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY d.wa) AS median_wa
      FROM c CROSS JOIN cal
      CROSS JOIN LATERAL (SELECT CASE WHEN c.assigned_on BETWEEN c.referred_on AND cal.e
        THEN cal.cum[c.assigned_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wa) d
      GROUP BY c.pool_id
    ),
    outcomes AS (
      SELECT c.pool_id, count(*)::int AS concluded,
        count(*) FILTER (WHERE o.outcome = ANY(${`{${AGREEMENT_OUTCOMES.join(',')}}`}::text[]))::int AS agreements
      FROM c JOIN case_outcome o ON o.case_id = c.id
      WHERE c.concluded_on IS NOT NULL
      GROUP BY c.pool_id
    ),
    leads AS (
      SELECT c.pool_id, count(*)::int AS with_mediator,
        count(*) FILTER (WHERE lead.municipality_id IS DISTINCT FROM c.requesting_municipality_id)::int AS elsewhere
      FROM c
      JOIN LATERAL (
        SELECT coalesce(ms.municipality_id, i.municipality_id) AS municipality_id
        FROM case_mediator cm
        JOIN mediator_profile mp ON mp.id = cm.mediator_id
        LEFT JOIN pool_membership ms ON ms.user_id = mp.user_id AND ms.pool_id = mp.pool_id
        LEFT JOIN invitation i ON i.id = mp.invitation_id
        WHERE cm.case_id = c.id AND cm.role = 'lead'
        ORDER BY cm.released_at IS NULL DESC, cm.assigned_at DESC
        LIMIT 1
      ) lead ON true
      GROUP BY c.pool_id
    ),
    hours AS (
      SELECT h.pool_id, count(DISTINCT h.case_id)::int AS cases, sum(h.minutes)::bigint AS minutes
      FROM hour_entry h JOIN p ON p.pool_id = h.pool_id
      WHERE h.status = 'approved' AND h.work_date BETWEEN ${from}::date AND ${to}::date
      GROUP BY h.pool_id
    ),
    survey AS (
      SELECT s.pool_id, count(*)::int AS answers, avg((s.score_process + s.score_mediator + s.score_outcome) / 3.0) AS score
      FROM satisfaction_answer s JOIN p ON p.pool_id = s.pool_id
      WHERE s.answered_month BETWEEN ${`${year}-01`} AND ${`${year}-12`}
      GROUP BY s.pool_id
    )
    SELECT p.pool_id, p.name,
      r.referrals, r.assigned, r.median_wa, o.concluded, o.agreements, l.with_mediator, l.elsewhere,
      h.cases AS cases_with_hours, h.minutes, s.answers, s.score
    FROM p
    LEFT JOIN referred r ON r.pool_id = p.pool_id
    LEFT JOIN outcomes o ON o.pool_id = p.pool_id
    LEFT JOIN leads l ON l.pool_id = p.pool_id
    LEFT JOIN hours h ON h.pool_id = p.pool_id
    LEFT JOIN survey s ON s.pool_id = p.pool_id
    ORDER BY p.name, p.pool_id`.execute(db)
  ).rows;
  return rows.map((r) => ({
    poolId: String(r.pool_id),
    name: String(r.name),
    referrals: num(r.referrals),
    concluded: num(r.concluded),
    agreements: num(r.agreements),
    assigned: num(r.assigned),
    medianWorkingDaysToAssignment: numOrNull(r.median_wa),
    casesWithHours: num(r.cases_with_hours),
    minutes: num(r.minutes),
    withMediator: num(r.with_mediator),
    fromOtherMunicipality: num(r.elsewhere),
    answers: num(r.answers),
    satisfaction: numOrNull(r.score),
  }));
}
