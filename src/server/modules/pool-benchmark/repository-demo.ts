import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ReferenceMunicipality } from '../../reference-data/municipalities.js';

/** The demo's third pool (seed-demo-pool-benchmark.ts): the rows it writes straight into the tables. */

export async function insertDemoPool(db: Kysely<DB>, pool: { name: string; colour: string }): Promise<string> {
  return (await db.insertInto('pool').values(pool).returning('id').executeTakeFirstOrThrow()).id;
}

/** The municipality (from the CBS list) as a member of the pool since `since`; its id. */
export async function insertDemoMember(db: Kysely<DB>, poolId: string, ref: ReferenceMunicipality, since: string): Promise<string> {
  const m = await db
    .insertInto('municipality')
    .values({ code: ref.code, name: ref.name, province: ref.province, lat: ref.lat, lon: ref.lon })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: ref.name }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('pool_member').values({ pool_id: poolId, municipality_id: m.id, member_since: since }).execute();
  return m.id;
}

export async function insertDemoAccount(db: Kysely<DB>, values: Insertable<DB['app_user']>): Promise<string> {
  return (await db.insertInto('app_user').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** An active mediator profile (with its first status) for the account. */
export async function insertDemoMediator(db: Kysely<DB>, poolId: string, userId: string, since: string): Promise<void> {
  const profile = await db
    .insertInto('mediator_profile')
    .values({
      pool_id: poolId,
      user_id: userId,
      status: 'active',
      status_since: since,
      specialisms: ['employment', 'citizen_government', 'neighbours'],
      languages: ['nl'],
      registration_expires_on: '2029-03-01',
      max_concurrent_cases: 4,
      hours_per_month: 10,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('mediator_status_change').values({ pool_id: poolId, mediator_id: profile.id, status: 'active', from_date: since }).execute();
}

export async function insertDemoSatisfaction(db: Kysely<DB>, rows: Insertable<DB['satisfaction_answer']>[]): Promise<void> {
  if (rows.length) await db.insertInto('satisfaction_answer').values(rows).execute();
}

/** Every pool of the installation agrees to be compared: only for the demo, whose pools are all its own. */
export async function letEveryPoolTakePart(db: Kysely<DB>): Promise<void> {
  await db.updateTable('pool_settings').set({ compare_with_other_pools: true }).execute();
}

/**
 * A year of cases for the comparison, written set-based (a handful of statements, so the demo
 * start stays fast): `cases` referrals spread over the twelve months up to `today` (weekends moved
 * to Monday) by the pool's municipalities, each assigned to one of the pool's mediators (never of
 * the requesting municipality), concluded with an outcome some six to twelve weeks on when that lies in the past, with
 * approved hours (an intake and a session a week until conclusion or today). The cases have no
 * parties, sessions or timeline, and stay concluded (not closed, no aftercare due), so no job and
 * no destruction list ever takes them up: nobody signs in to this pool; it is there for its figures.
 */
export async function insertDemoCaseYear(db: Kysely<DB>, poolId: string, o: { cases: number; today: string; coordinatorId: string }): Promise<void> {
  await sql`
    WITH m AS (
      SELECT array_agg(pm.municipality_id ORDER BY mu.code) AS ids
      FROM pool_member pm JOIN municipality mu ON mu.id = pm.municipality_id WHERE pm.pool_id = ${poolId}
    ),
    g AS (
      SELECT i, d + CASE extract(isodow FROM d) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS referred_on
      FROM generate_series(1, ${o.cases}) i
      CROSS JOIN LATERAL (SELECT (${o.today}::date - ((${o.cases} - i + 1) * 350 / ${o.cases}) - 7) AS d) x
    ),
    c AS (
      SELECT g.i, g.referred_on, m.ids[1 + g.i % array_length(m.ids, 1)] AS municipality_id,
        (ARRAY['employment', 'citizen_government', 'neighbours', 'employment', 'group', 'neighbours', 'employment'])[1 + g.i % 7] AS case_type,
        g.referred_on + 3 + (g.i * 7) % 10 AS assigned_on,
        g.referred_on + 42 + (g.i * 11) % 45 AS concluded_on
      FROM g CROSS JOIN m
    )
    INSERT INTO mediation_case (pool_id, number, requesting_municipality_id, case_type, title, description, status, route, referral_source,
      referrer_user_id, referred_on, first_contact_on, assigned_on, concluded_on, closed_on, created_at, updated_at)
    SELECT ${poolId}, 'MP-' || extract(year FROM c.referred_on) || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM c.referred_on) ORDER BY c.i))::text, 4, '0'),
      c.municipality_id, c.case_type,
      (ARRAY['Samenwerking in het team', 'Bezwaar tegen een besluit', 'Overlast tussen buren', 'Terugkeer na verzuim', 'Spanningen op de afdeling', 'Erfgrens en schutting', 'Taakverdeling na reorganisatie'])[1 + c.i % 7],
      'Demozaak van de vergelijking tussen pools.',
      CASE WHEN c.concluded_on < ${o.today}::date THEN 'concluded' WHEN c.assigned_on <= ${o.today}::date THEN 'in_progress' ELSE 'matching' END,
      'formal_mediation',
      (ARRAY['hr', 'manager', 'party', 'hr', 'complaints_officer', 'objections_officer'])[1 + c.i % 6],
      ${o.coordinatorId}, c.referred_on, c.referred_on + 2,
      CASE WHEN c.assigned_on <= ${o.today}::date THEN c.assigned_on END,
      CASE WHEN c.concluded_on < ${o.today}::date THEN c.concluded_on END,
      NULL,
      c.referred_on::timestamptz + interval '9 hours', c.referred_on::timestamptz + interval '9 hours'
    FROM c`.execute(db);
  await sql`
    INSERT INTO case_mediator (case_id, mediator_id, pool_id, role, assigned_at)
    SELECT c.id, pick.id, c.pool_id, 'lead', c.assigned_on::timestamptz + interval '12 hours'
    FROM mediation_case c
    CROSS JOIN LATERAL (
      SELECT mp.id FROM mediator_profile mp JOIN app_user u ON u.id = mp.user_id
      WHERE mp.pool_id = c.pool_id AND mp.status = 'active' AND u.municipality_id <> c.requesting_municipality_id
      ORDER BY md5(c.number || u.email) LIMIT 1
    ) pick
    WHERE c.pool_id = ${poolId} AND c.assigned_on IS NOT NULL`.execute(db);
  await sql`
    INSERT INTO case_outcome (case_id, pool_id, outcome, written_agreement, recorded_by, recorded_at)
    SELECT c.id, c.pool_id, o.outcome, o.outcome IN ('full_agreement', 'partial_agreement'), mp.user_id, c.concluded_on::timestamptz + interval '11 hours'
    FROM mediation_case c
    JOIN case_mediator cm ON cm.case_id = c.id
    JOIN mediator_profile mp ON mp.id = cm.mediator_id
    CROSS JOIN LATERAL (SELECT (ARRAY['full_agreement', 'partial_agreement', 'full_agreement', 'no_agreement', 'full_agreement', 'stopped_by_party', 'partial_agreement', 'other_party_refused'])[1 + abs(hashtext(c.number)) % 8] AS outcome) o
    WHERE c.pool_id = ${poolId} AND c.concluded_on IS NOT NULL`.execute(db);
  await sql`
    INSERT INTO hour_entry (pool_id, case_id, mediator_id, supplier_municipality_id, user_municipality_id, work_date, minutes, activity, status,
      decided_by, decided_at, period_code, period_start, period_end, created_by)
    SELECT c.pool_id, c.id, cm.mediator_id, u.municipality_id, c.requesting_municipality_id, w.day, w.minutes, w.activity, 'approved',
      ${o.coordinatorId}, w.day::timestamptz + interval '18 hours',
      extract(year FROM w.day) || '-K' || extract(quarter FROM w.day), date_trunc('quarter', w.day)::date,
      (date_trunc('quarter', w.day) + interval '3 months' - interval '1 day')::date, u.id
    FROM mediation_case c
    JOIN case_mediator cm ON cm.case_id = c.id
    JOIN mediator_profile mp ON mp.id = cm.mediator_id
    JOIN app_user u ON u.id = mp.user_id
    CROSS JOIN LATERAL (
      SELECT c.assigned_on + 2 AS day, 60 AS minutes, 'intake' AS activity
      UNION ALL
      SELECT c.assigned_on + 7 * s, 90 + 30 * (s % 2), 'session' FROM generate_series(1, 6) s
      WHERE c.assigned_on + 7 * s <= least(coalesce(c.concluded_on, ${o.today}::date), ${o.today}::date)
    ) w
    WHERE c.pool_id = ${poolId} AND w.day <= ${o.today}::date`.execute(db);
  await sql`
    INSERT INTO case_number_counter (pool_id, year, last_number)
    SELECT pool_id, split_part(number, '-', 2)::int, max(split_part(number, '-', 3)::int) FROM mediation_case WHERE pool_id = ${poolId} GROUP BY 1, 2
    ON CONFLICT (pool_id, year) DO UPDATE SET last_number = greatest(case_number_counter.last_number, excluded.last_number)`.execute(db);
}
