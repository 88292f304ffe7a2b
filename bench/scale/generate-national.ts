/**
 * The national data set of issue 13, generated with set-based SQL (generate_series and
 * INSERT … SELECT, one statement per table or per year) into a database that the app's own
 * migrations have prepared. Nothing is disabled: every CHECK constraint, foreign key and trigger
 * (the matching-facts counters, the overlap check on unavailability, the audit log's append-only
 * rule) is in force while the rows go in.
 *
 * What it makes (parameters in NationalParams):
 * - the demo pool with its accounts (seedDemo), so the installation has more than one pool;
 * - one national pool "Landelijke mediatorpool" with `municipalities` members (the CBS list),
 *   hourly settlement per quarter and an hourly rate per year, a contact person per member and
 *   demo-like accounts (beheerder@, coordinator@, financien@landelijk.example; password of the
 *   demo accounts);
 * - `mediators` mediators (4 in 7 active, 1 in 7 in training, dormant, inactive; 1 in 10 a
 *   process facilitator) with specialisms, languages, capacity, a status history row, holidays for
 *   1 in 5 and a declared relationship for 1 in 10;
 * - `cases` cases referred evenly over `years` calendar years up to today, consecutive numbers per
 *   year, municipalities skewed (a few large ones refer most), statuses by age (old cases closed,
 *   withdrawn or referred elsewhere; recent ones spread over every open status), two parties each,
 *   triage, proposals, lead mediators (1 in 10 also a co-mediator), one to three sessions, an
 *   outcome for concluded cases with aftercare, survey answers for 3 in 10, and two timeline events;
 * - about `hoursPerCase` hour entries per assigned case between assignment and conclusion (or
 *   today): approved with their settlement quarter, 1 % rejected, and about half of those of the
 *   last 45 days still waiting for approval.
 *
 * Not generated (so the set is lighter than a real one in these respects): audit history,
 * documents and signed agreements, party consent rows, consent links, mail, final settlements.
 */
import { sql } from 'kysely';
import type { Database } from '../../src/server/db/database.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { referenceMunicipalities } from '../../src/server/reference-data/municipalities.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';

export interface NationalParams {
  cases: number;
  municipalities: number;
  mediators: number;
  hoursPerCase: number;
  years: number;
}

export interface NationalAccounts {
  poolId: string;
  coordinator: string;
  finance: string;
  admin: string;
  password: string;
}

export interface GenerationResult {
  accounts: NationalAccounts;
  /** Seconds per step, in order. */
  steps: { step: string; seconds: number }[];
  counts: Record<string, number>;
  /** Cases actually generated (fewer than asked when the database still has the 9,999 ceiling). */
  cases: number;
  notes: string[];
}

export const NATIONAL_POOL_NAME = 'Landelijke mediatorpool';
export const NATIONAL_ACCOUNTS = {
  admin: 'beheerder@landelijk.example',
  coordinator: 'coordinator@landelijk.example',
  finance: 'financien@landelijk.example',
};

const SURNAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Yilmaz', 'El Idrissi', 'Kaya', 'Nguyen', 'Öztürk',
];
const FIRST_NAMES = [
  'Anna', 'Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Sophie', 'Finn', 'Tess', 'Milan', 'Sara', 'Noah', 'Fatima', 'Mohamed',
  'Eva', 'Bram', 'Lotte', 'Thijs', 'Iris', 'Ruben', 'Noor', 'Jesse', 'Anouk', 'Mehmet', 'Ilse',
];

/** True when the schema still refuses case numbers above 9,999 a year (before the fix of issue 13). */
export async function hasCaseNumberCeiling(db: Database): Promise<boolean> {
  const probe = await sql<{ ok: boolean }>`
    SELECT 'MP-2999-10000' ~ substring(pg_get_constraintdef(c.oid) FROM '''(\\^[^'']*)''') AS ok
    FROM pg_constraint c WHERE c.conrelid = 'mediation_case'::regclass AND c.conname = 'mediation_case_number_check'`.execute(db);
  const counter = await sql<{ def: string }>`
    SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
    WHERE c.conrelid = 'case_number_counter'::regclass AND c.conname = 'case_number_counter_last_number_check'`.execute(db);
  const numberOk = probe.rows[0]?.ok ?? true;
  const counterOk = !/9999/.test(counter.rows[0]?.def ?? '');
  return !(numberOk && counterOk);
}

export async function generateNational(db: Database, params: NationalParams, log: (line: string) => void = () => {}): Promise<GenerationResult> {
  const steps: GenerationResult['steps'] = [];
  const notes: string[] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await fn();
    const seconds = (performance.now() - start) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
    return result;
  };

  const today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(db)).rows[0]!.d;
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - params.years + 1;
  const start = `${firstYear}-01-01`;
  const days = (Date.parse(today) - Date.parse(start)) / 86_400_000 + 1;

  let cases = params.cases;
  if (await hasCaseNumberCeiling(db)) {
    const max = Math.floor((9999 * days) / 366 / params.years) * params.years;
    if (cases > max) {
      notes.push(`This schema refuses case numbers above 9,999 a year (the ceiling of issue 13, item 6): ${max.toLocaleString('en-GB')} cases generated instead of ${cases.toLocaleString('en-GB')}.`);
      cases = max;
    }
  }

  await step('demo pool (seedDemo)', () => seedDemo(db));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const poolId = await step('national pool, municipalities, accounts', async () => {
    const pool = await db.insertInto('pool').values({ name: NATIONAL_POOL_NAME, colour: '#01689b' }).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('pool_settings').set({ settlement_mode: 'hourly', settlement_period: 'quarter' }).where('pool_id', '=', pool.id).execute();
    const refs = referenceMunicipalities().slice(0, params.municipalities);
    await sql`
      INSERT INTO municipality (code, name, province, lat, lon)
      SELECT r.code, r.name, r.province, r.lat, r.lon FROM jsonb_to_recordset(${JSON.stringify(refs)}::jsonb)
        AS r(code text, name text, province text, lat double precision, lon double precision)
      ON CONFLICT (code) DO NOTHING`.execute(db);
    await sql`
      INSERT INTO pool_member (pool_id, municipality_id, member_since)
      SELECT ${pool.id}, m.id, ${`${firstYear - 1}-01-01`}::date FROM municipality m WHERE m.code = ANY(${refs.map((r) => r.code)}::text[])`.execute(db);
    await sql`
      INSERT INTO pool_hourly_rate (pool_id, year, cents)
      SELECT ${pool.id}, y, 8500 + 150 * (y - ${firstYear}) FROM generate_series(${firstYear}::int, ${thisYear}::int) y`.execute(db);
    const home = await sql<{ id: string }>`SELECT municipality_id AS id FROM pool_member WHERE pool_id = ${pool.id} ORDER BY municipality_id LIMIT 1`.execute(db);
    const homeId = home.rows[0]!.id;
    await db
      .insertInto('app_user')
      .values([
        { pool_id: pool.id, municipality_id: homeId, email: NATIONAL_ACCOUNTS.admin, name: 'Landelijk Beheer', roles: ['admin'], password_hash: passwordHash },
        { pool_id: pool.id, municipality_id: homeId, email: NATIONAL_ACCOUNTS.coordinator, name: 'Landelijk Coördinator', roles: ['coordinator'], password_hash: passwordHash },
        { pool_id: pool.id, municipality_id: homeId, email: NATIONAL_ACCOUNTS.finance, name: 'Landelijk Financiën', roles: ['finance'], password_hash: passwordHash },
      ])
      .execute();
    await sql`
      INSERT INTO app_user (pool_id, municipality_id, email, name, roles, password_hash)
      SELECT ${pool.id}, m.id, 'contact.' || lower(m.code) || '@landelijk.example', 'Contactpersoon ' || m.name, '{contact}', ${passwordHash}
      FROM pool_member pm JOIN municipality m ON m.id = pm.municipality_id WHERE pm.pool_id = ${pool.id}`.execute(db);
    return pool.id;
  });
  const coordinator = (await db.selectFrom('app_user').select('id').where('email', '=', NATIONAL_ACCOUNTS.coordinator).executeTakeFirstOrThrow()).id;
  const finance = (await db.selectFrom('app_user').select('id').where('email', '=', NATIONAL_ACCOUNTS.finance).executeTakeFirstOrThrow()).id;
  const admin = (await db.selectFrom('app_user').select('id').where('email', '=', NATIONAL_ACCOUNTS.admin).executeTakeFirstOrThrow()).id;

  await step(`${params.mediators} mediators`, async () => {
    await sql`
      WITH muni AS (SELECT array_agg(municipality_id ORDER BY municipality_id) AS a FROM pool_member WHERE pool_id = ${poolId})
      INSERT INTO app_user (pool_id, municipality_id, email, name, roles, password_hash, created_at)
      SELECT ${poolId}, muni.a[1 + (i * 7919) % cardinality(muni.a)], 'mediator' || i || '@landelijk.example',
        (${FIRST_NAMES}::text[])[1 + i % ${FIRST_NAMES.length}] || ' ' || (${SURNAMES}::text[])[1 + (i / 7) % ${SURNAMES.length}],
        '{mediator}', ${passwordHash}, ${start}::timestamptz - interval '1 year' + (i % 3000) * interval '1 day'
      FROM generate_series(1, ${params.mediators}::int) i CROSS JOIN muni`.execute(db);
    await sql`
      INSERT INTO mediator_profile (pool_id, user_id, department, kind, status, status_since, specialisms, languages,
        mfn_register_number, registration_expires_on, upkeep_cycle_start, max_concurrent_cases, hours_per_month, last_activity_at)
      SELECT ${poolId}, u.id,
        (ARRAY['Personeel en Organisatie', 'Publiekszaken', 'Sociaal Domein', 'Ruimte', 'Bedrijfsvoering', 'Juridische Zaken'])[1 + n % 6],
        CASE WHEN n % 10 = 3 THEN 'process_facilitator' ELSE 'mediator' END,
        (ARRAY['active', 'active', 'active', 'active', 'in_training', 'dormant', 'inactive'])[1 + n % 7],
        current_date - (n % 900),
        ARRAY(SELECT t FROM unnest(ARRAY['employment', 'citizen_government', 'neighbours', 'group', 'other']) WITH ORDINALITY AS x(t, k)
              WHERE (n + k * 3) % 5 < 2),
        CASE WHEN n % 9 = 0 THEN '{nl,en}'::text[] WHEN n % 23 = 0 THEN '{nl,ar}'::text[] WHEN n % 29 = 0 THEN '{nl,tr}'::text[] ELSE '{nl}'::text[] END,
        'MfN-' || lpad(n::text, 6, '0'), current_date + (n % 1400) - 200, ${start}::date + (n % 1000),
        1 + n % 5, 4 + 2 * (n % 7), now() - (n % 60) * interval '1 day'
      FROM (SELECT u.id, (row_number() OVER (ORDER BY u.email))::int AS n FROM app_user u
            WHERE u.pool_id = ${poolId} AND 'mediator' = ANY(u.roles)) u`.execute(db);
    await sql`
      INSERT INTO mediator_status_change (pool_id, mediator_id, status, from_date, note, changed_by)
      SELECT pool_id, id, status, status_since, 'Gegenereerd (schaalbenchmark)', ${coordinator} FROM mediator_profile WHERE pool_id = ${poolId}`.execute(db);
    await sql`
      INSERT INTO mediator_unavailability (pool_id, mediator_id, starts_on, ends_on, kind, note)
      SELECT pool_id, id, current_date - 10 + (abs(hashtext(id::text)) % 60), current_date - 10 + (abs(hashtext(id::text)) % 60) + 3 + abs(hashtext(id::text)) % 18,
        (ARRAY['holiday', 'leave', 'other'])[1 + abs(hashtext(id::text)) % 3], NULL
      FROM mediator_profile WHERE pool_id = ${poolId} AND abs(hashtext(id::text || 'u')) % 5 = 0`.execute(db);
    await sql`
      WITH muni AS (SELECT array_agg(municipality_id ORDER BY municipality_id) AS a FROM pool_member WHERE pool_id = ${poolId})
      INSERT INTO mediator_relationship (pool_id, mediator_id, kind, municipality_id, reason, since)
      SELECT mp.pool_id, mp.id, 'municipality', muni.a[1 + abs(hashtext(mp.id::text || 'r')) % cardinality(muni.a)],
        'Eerder werkzaam bij deze gemeente', ${start}::date
      FROM mediator_profile mp CROSS JOIN muni WHERE mp.pool_id = ${poolId} AND abs(hashtext(mp.id::text || 'r')) % 10 = 0`.execute(db);
  });

  // One statement per year keeps each transaction's deferred trigger queue (matching facts) modest.
  await step(`${cases} cases`, async () => {
    await sql`
      WITH muni AS (SELECT array_agg(municipality_id ORDER BY municipality_id) AS a FROM pool_member WHERE pool_id = ${poolId}),
      s AS MATERIALIZED (
        SELECT i, ${start}::date + floor(i::numeric * ${days} / ${cases})::int AS referred_on,
          random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8
        FROM generate_series(0, ${cases - 1}::int) i
      ),
      t AS MATERIALIZED (
        SELECT s.*, current_date - s.referred_on AS age,
          row_number() OVER (PARTITION BY extract(year FROM s.referred_on) ORDER BY s.i) AS seq,
          muni.a[1 + floor(power(s.r2, 2.2) * cardinality(muni.a))::int] AS municipality_id
        FROM s CROSS JOIN muni
      ),
      u AS MATERIALIZED (
        SELECT t.*,
          CASE
            WHEN age > 365 THEN CASE WHEN r1 < .08 THEN 'withdrawn' WHEN r1 < .15 THEN 'referred' ELSE 'closed' END
            WHEN age > 120 THEN CASE WHEN r1 < .07 THEN 'withdrawn' WHEN r1 < .13 THEN 'referred' WHEN r1 < .58 THEN 'closed'
              WHEN r1 < .73 THEN 'aftercare' WHEN r1 < .78 THEN 'concluded' WHEN r1 < .95 THEN 'in_progress' ELSE 'assigned' END
            WHEN age > 30 THEN CASE WHEN r1 < .05 THEN 'withdrawn' WHEN r1 < .10 THEN 'referred' WHEN r1 < .18 THEN 'closed'
              WHEN r1 < .25 THEN 'aftercare' WHEN r1 < .35 THEN 'concluded' WHEN r1 < .75 THEN 'in_progress' WHEN r1 < .87 THEN 'assigned'
              WHEN r1 < .92 THEN 'proposed' WHEN r1 < .97 THEN 'matching' ELSE 'triage' END
            ELSE CASE WHEN r1 < .15 THEN 'registered' WHEN r1 < .35 THEN 'triage' WHEN r1 < .55 THEN 'matching' WHEN r1 < .65 THEN 'proposed'
              WHEN r1 < .80 THEN 'assigned' WHEN r1 < .95 THEN 'in_progress' WHEN r1 < .98 THEN 'withdrawn' ELSE 'referred' END
          END AS status,
          CASE WHEN r6 < .45 THEN 'employment' WHEN r6 < .70 THEN 'citizen_government' WHEN r6 < .90 THEN 'neighbours' WHEN r6 < .95 THEN 'group' ELSE 'other' END AS case_type
        FROM t
      ),
      v AS (
        SELECT u.*,
          CASE WHEN status = 'registered' THEN NULL ELSE LEAST(referred_on + 1 + floor(r3 * 5)::int, current_date) END AS first_contact_on,
          CASE WHEN status IN ('assigned', 'in_progress', 'concluded', 'aftercare', 'closed')
            THEN LEAST(referred_on + 5 + floor(r3 * 15)::int, current_date) END AS assigned_on
        FROM u
      ),
      w AS (
        SELECT v.*,
          CASE WHEN status IN ('concluded', 'aftercare', 'closed') THEN LEAST(assigned_on + 20 + floor(r5 * 90)::int, current_date) END AS concluded_on
        FROM v
      )
      INSERT INTO mediation_case (pool_id, number, requesting_municipality_id, case_type, title, description, status, route,
        referral_source, urgency, preferred_language, referrer_user_id, referred_on, first_contact_on, assigned_on, concluded_on, closed_on,
        first_contact_due_on, assignment_due_on, conclusion_due_on, referred_to, created_at, updated_at)
      SELECT ${poolId},
        'MP-' || extract(year FROM referred_on) || '-' || CASE WHEN seq < 10000 THEN lpad(seq::text, 4, '0') ELSE seq::text END,
        w.municipality_id, case_type,
        (CASE case_type WHEN 'employment' THEN 'Samenwerking in het team' WHEN 'citizen_government' THEN 'Bezwaar tegen besluit'
          WHEN 'neighbours' THEN 'Burenoverlast' WHEN 'group' THEN 'Spanningen in de afdeling' ELSE 'Geschil over dienstverlening' END)
          || ' ' || (${SURNAMES}::text[])[1 + floor(r7 * ${SURNAMES.length})::int],
        'Gegenereerd voor de schaalbenchmark.', status,
        CASE WHEN status = 'referred' THEN CASE WHEN r4 < .6 THEN 'refer_elsewhere' ELSE 'not_suitable' END
             WHEN status IN ('registered', 'triage', 'withdrawn') THEN NULL
             WHEN r4 < .72 THEN 'formal_mediation' WHEN r4 < .87 THEN 'process_facilitator' WHEN r4 < .94 THEN 'neighbourhood_mediation'
             WHEN r4 < .97 THEN 'coaching' ELSE 'group_mediation' END,
        (ARRAY['hr', 'manager', 'complaints_officer', 'objections_officer', 'party', 'police', 'housing_corporation', 'other'])[1 + floor(r5 * 8)::int],
        CASE WHEN r3 < .08 THEN 'urgent' WHEN r3 < .25 THEN 'high' ELSE 'normal' END,
        CASE WHEN r8 < .94 THEN 'nl' ELSE (ARRAY['en', 'ar', 'tr', 'pl'])[1 + floor(r7 * 4)::int] END,
        c.id, referred_on, first_contact_on, assigned_on, concluded_on,
        CASE WHEN status = 'closed' THEN LEAST(concluded_on + 42 + floor(r5 * 20)::int, current_date)
             WHEN status = 'withdrawn' THEN LEAST(referred_on + 3 + floor(r3 * 40)::int, current_date)
             WHEN status = 'referred' THEN LEAST(first_contact_on + 2, current_date) END,
        referred_on + 7, referred_on + 14, referred_on + 84,
        CASE WHEN status = 'referred' AND r4 < .6 THEN 'Maatschappelijk werk' END,
        referred_on + interval '9 hours' + r7 * interval '8 hours', referred_on + interval '9 hours' + r7 * interval '8 hours'
      FROM w JOIN app_user c ON c.pool_id = ${poolId} AND c.municipality_id = w.municipality_id AND 'contact' = ANY(c.roles)`.execute(db);
    await sql`
      INSERT INTO case_number_counter (pool_id, year, last_number)
      SELECT pool_id, substr(number, 4, 4)::int, max(substr(number, 9)::int) FROM mediation_case WHERE pool_id = ${poolId} GROUP BY 1, 2`.execute(db);
  });

  await step('parties, triage, timeline', async () => {
    await sql`
      INSERT INTO case_party (pool_id, case_id, position, role, name, organisation, municipality_id, department, email, informed)
      SELECT c.pool_id, c.id, k,
        CASE c.case_type WHEN 'employment' THEN (ARRAY['employee', 'manager'])[k] WHEN 'citizen_government' THEN (ARRAY['citizen', 'organisation_representative'])[k]
          WHEN 'neighbours' THEN 'neighbour' WHEN 'group' THEN 'employee' ELSE (ARRAY['citizen', 'organisation_representative'])[k] END,
        (${FIRST_NAMES}::text[])[1 + abs(hashtext(c.id::text || k)) % ${FIRST_NAMES.length}] || ' ' || (${SURNAMES}::text[])[1 + abs(hashtext(k || c.id::text)) % ${SURNAMES.length}],
        CASE WHEN c.case_type = 'citizen_government' AND k = 2 THEN 'Gemeente' END,
        CASE WHEN c.case_type IN ('employment', 'group', 'citizen_government') THEN c.requesting_municipality_id END,
        CASE WHEN c.case_type IN ('employment', 'group') THEN 'Sociaal Domein' END,
        CASE WHEN abs(hashtext(c.id::text || 'e' || k)) % 10 < 6 THEN 'partij' || k || '.' || substr(c.id::text, 1, 8) || '@example.org' END,
        c.status <> 'registered'
      FROM mediation_case c CROSS JOIN generate_series(1, 2) k WHERE c.pool_id = ${poolId}`.execute(db);
    await sql`
      INSERT INTO case_triage (case_id, pool_id, route, reason, destination, decided_by, decided_at)
      SELECT id, pool_id, route, 'Intake gehouden; route gekozen na gesprek met beide partijen.', referred_to, ${coordinator},
        coalesce(first_contact_on, referred_on) + interval '14 hours'
      FROM mediation_case WHERE pool_id = ${poolId} AND route IS NOT NULL`.execute(db);
    await sql`
      INSERT INTO case_event (pool_id, case_id, at, actor_user_id, actor_label, kind, to_status, detail)
      SELECT pool_id, id, created_at, referrer_user_id, 'Contactpersoon', 'referral', 'registered', jsonb_build_object('number', number)
      FROM mediation_case WHERE pool_id = ${poolId}`.execute(db);
    await sql`
      INSERT INTO case_event (pool_id, case_id, at, actor_user_id, actor_label, kind, from_status, to_status)
      SELECT pool_id, id, coalesce(closed_on, concluded_on, assigned_on, first_contact_on, referred_on) + interval '15 hours', ${coordinator},
        'Landelijk Coördinator', 'transition', 'registered', status
      FROM mediation_case WHERE pool_id = ${poolId} AND status <> 'registered'`.execute(db);
  });

  const mediatorArrays = sql`
      act AS (SELECT array_agg(id ORDER BY id) AS a FROM mediator_profile WHERE pool_id = ${poolId} AND status = 'active'),
      past AS (SELECT array_agg(id ORDER BY id) AS a FROM mediator_profile WHERE pool_id = ${poolId} AND status IN ('active', 'dormant', 'inactive'))`;
  await step('lead mediators', () => sql`
      WITH ${mediatorArrays}
      INSERT INTO case_mediator (case_id, mediator_id, pool_id, role, assigned_at)
      SELECT c.id,
        CASE WHEN c.status IN ('assigned', 'in_progress') THEN act.a[1 + floor(random() * cardinality(act.a))::int]
             ELSE past.a[1 + floor(random() * cardinality(past.a))::int] END,
        c.pool_id, 'lead', c.assigned_on + interval '10 hours'
      FROM mediation_case c CROSS JOIN act CROSS JOIN past
      WHERE c.pool_id = ${poolId} AND c.assigned_on IS NOT NULL`.execute(db));
  await step('co-mediators', () => sql`
      WITH ${mediatorArrays}
      INSERT INTO case_mediator (case_id, mediator_id, pool_id, role, assigned_at)
      SELECT x.case_id, x.co, x.pool_id, 'co', x.assigned_at FROM (
        SELECT cm.case_id, cm.pool_id, cm.assigned_at, cm.mediator_id AS lead, act.a[1 + floor(random() * cardinality(act.a))::int] AS co
        FROM case_mediator cm CROSS JOIN act
        WHERE cm.pool_id = ${poolId} AND cm.role = 'lead' AND abs(hashtext(cm.case_id::text || 'co')) % 10 = 0
      ) x WHERE x.co <> x.lead`.execute(db));
  await step('proposals', async () => {
    await sql`
      INSERT INTO case_proposal (pool_id, case_id, status, proposed_by, proposed_at, closed_at)
      SELECT pool_id, id, CASE WHEN status = 'proposed' THEN 'open' ELSE 'assigned' END, ${coordinator},
        coalesce(assigned_on - 3, first_contact_on + 3, referred_on + 4) + interval '11 hours',
        CASE WHEN status = 'proposed' THEN NULL ELSE assigned_on + interval '10 hours' END
      FROM mediation_case WHERE pool_id = ${poolId} AND (status = 'proposed' OR assigned_on IS NOT NULL)`.execute(db);
    await sql`
      INSERT INTO proposal_mediator (pool_id, proposal_id, case_id, mediator_id, role, answer, answered_at, answered_by,
        no_interest_in_outcome, no_earlier_advice)
      SELECT p.pool_id, p.id, p.case_id, cm.mediator_id, cm.role, 'accepted', p.proposed_at + interval '1 day', u.id, true, true
      FROM case_proposal p JOIN case_mediator cm ON cm.case_id = p.case_id JOIN mediator_profile mp ON mp.id = cm.mediator_id
        JOIN app_user u ON u.id = mp.user_id
      WHERE p.pool_id = ${poolId} AND p.status = 'assigned'`.execute(db);
    await sql`
      WITH ${mediatorArrays}
      INSERT INTO proposal_mediator (pool_id, proposal_id, case_id, mediator_id, role)
      SELECT p.pool_id, p.id, p.case_id, act.a[1 + floor(random() * cardinality(act.a))::int], 'lead'
      FROM case_proposal p CROSS JOIN act WHERE p.pool_id = ${poolId} AND p.status = 'open'`.execute(db);
  });
  await step('sessions', () => sql`
      INSERT INTO mediation_session (pool_id, case_id, sequence, status, starts_at, ends_at, location, planned_by, created_at)
      SELECT c.pool_id, c.id, 0, 'planned', d + interval '10 hours', d + interval '12 hours', 'Gemeentehuis, spreekkamer ' || k, ${coordinator},
        c.assigned_on + interval '11 hours'
      FROM mediation_case c
        CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(c.id::text || 's')) % 3) k
        CROSS JOIN LATERAL (SELECT c.assigned_on + 7 * k AS d) dd
      WHERE c.pool_id = ${poolId} AND c.assigned_on IS NOT NULL AND c.status NOT IN ('assigned')`.execute(db));

  await step('outcomes, aftercare, survey answers', async () => {
    await sql`
      INSERT INTO case_outcome (case_id, pool_id, outcome, written_agreement, recorded_by, recorded_at, aftercare_due_on,
        aftercare_kept, aftercare_recorded_by, aftercare_recorded_at)
      SELECT id, pool_id, o, o IN ('full_agreement', 'partial_agreement') AND h % 5 <> 0, ${coordinator}, concluded_on + interval '16 hours',
        concluded_on + 42,
        CASE WHEN status = 'closed' THEN (ARRAY['yes', 'yes', 'yes', 'partly', 'no'])[1 + h % 5] END,
        CASE WHEN status = 'closed' THEN ${coordinator}::uuid END,
        CASE WHEN status = 'closed' THEN closed_on + interval '10 hours' END
      FROM (
        SELECT c.*, abs(hashtext(c.id::text || 'o')) AS h,
          (ARRAY['full_agreement', 'full_agreement', 'full_agreement', 'full_agreement', 'partial_agreement', 'partial_agreement', 'no_agreement',
                 'no_agreement', 'stopped_by_party', 'stopped_by_mediator', 'other_party_refused', 'referred_on'])[1 + abs(hashtext(c.id::text || 'o')) % 12] AS o
        FROM mediation_case c WHERE c.pool_id = ${poolId} AND c.concluded_on IS NOT NULL
      ) x`.execute(db);
    await sql`
      INSERT INTO satisfaction_answer (pool_id, municipality_id, answered_month, score_process, score_mediator, score_outcome)
      SELECT pool_id, requesting_municipality_id, to_char(concluded_on + 10, 'YYYY-MM'),
        3 + h % 3, 3 + (h / 3) % 3, 2 + (h / 9) % 4
      FROM (SELECT c.*, abs(hashtext(c.id::text || 'q')) AS h FROM mediation_case c
            WHERE c.pool_id = ${poolId} AND c.concluded_on IS NOT NULL AND c.concluded_on + 10 <= current_date) x
      WHERE h % 10 < 3`.execute(db);
  });

  for (let year = firstYear; year <= thisYear; year++) {
    await step(`hour entries, cases referred in ${year}`, () =>
      sql`
        INSERT INTO hour_entry (pool_id, case_id, mediator_id, supplier_municipality_id, user_municipality_id, work_date, minutes, activity,
          travel_km, status, decided_by, decided_at, reject_reason, period_code, period_start, period_end, created_by, created_at, updated_at)
        SELECT x.pool_id, x.case_id, x.mediator_id, x.supplier, x.requesting_municipality_id, w.work_date, 15 * (2 + floor(w.r2 * 12)::int),
          CASE WHEN k = 1 THEN 'intake' ELSE (ARRAY['session', 'session', 'session', 'preparation', 'reporting', 'travel', 'consultation'])[1 + floor(w.r3 * 7)::int] END,
          CASE WHEN k > 1 AND floor(w.r3 * 7)::int = 5 THEN 5 + floor(w.r2 * 60)::int END,
          w.status,
          CASE WHEN w.status <> 'submitted' THEN ${coordinator}::uuid END,
          CASE WHEN w.status <> 'submitted' THEN LEAST(w.work_date + 7, current_date) + interval '9 hours' END,
          CASE WHEN w.status = 'rejected' THEN 'Dubbel geboekt' END,
          CASE WHEN w.status = 'approved' THEN extract(year FROM w.work_date)::int || '-K' || extract(quarter FROM w.work_date)::int END,
          CASE WHEN w.status = 'approved' THEN date_trunc('quarter', w.work_date)::date END,
          CASE WHEN w.status = 'approved' THEN (date_trunc('quarter', w.work_date) + interval '3 months' - interval '1 day')::date END,
          x.user_id, w.work_date + interval '18 hours', w.work_date + interval '18 hours'
        FROM (
          SELECT c.id AS case_id, c.pool_id, c.requesting_municipality_id, c.assigned_on, coalesce(c.concluded_on, current_date) AS until,
            cm.mediator_id, u.id AS user_id, u.municipality_id AS supplier,
            greatest(1, round(${params.hoursPerCase}::numeric * (0.4 + random() * 1.2)))::int AS n
          FROM mediation_case c
            JOIN case_mediator cm ON cm.case_id = c.id AND cm.role = 'lead'
            JOIN mediator_profile mp ON mp.id = cm.mediator_id
            JOIN app_user u ON u.id = mp.user_id
          WHERE c.pool_id = ${poolId} AND c.assigned_on IS NOT NULL
            AND c.referred_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
        ) x
        CROSS JOIN LATERAL generate_series(1, x.n) k
        CROSS JOIN LATERAL (
          SELECT d AS work_date, r2, r3,
            CASE WHEN d > current_date - 45 AND r1 < .5 THEN 'submitted' WHEN r1 > .99 THEN 'rejected' ELSE 'approved' END AS status
          FROM (SELECT x.assigned_on + ((x.until - x.assigned_on) * k) / x.n AS d, random() AS r1, random() AS r2, random() AS r3 OFFSET 0) q
        ) w`.execute(db),
    );
  }

  await step('VACUUM ANALYZE', () => sql`VACUUM ANALYZE`.execute(db));

  const counts: Record<string, number> = {};
  for (const table of ['mediation_case', 'case_party', 'case_mediator', 'hour_entry', 'mediation_session', 'case_outcome', 'mediator_profile', 'app_user', 'case_event']) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE pool_id = ${poolId}`.execute(db);
    counts[table] = r.rows[0]!.n;
  }
  const pending = await sql<{ n: number }>`SELECT count(*)::int AS n FROM hour_entry WHERE pool_id = ${poolId} AND status = 'submitted'`.execute(db);
  counts.hour_entry_submitted = pending.rows[0]!.n;
  counts.municipalities = params.municipalities;
  return { accounts: { poolId, coordinator, finance, admin, password: DEMO_PASSWORD }, steps, counts, cases, notes };
}
