/**
 * Report speed (not a test: speed is never asserted). Builds the real app on a fresh in-memory
 * PGlite database, seeds the demo pool and adds 30,000 cases referred in one year (with
 * mediators, outcomes and two approved hour entries per assigned case), then times whole
 * requests through app.inject: routing, session, the SQL aggregates and the JSON.
 *
 * Run: npm run bench:reports [-- --cases 30000 --runs 10]; the output is written to docs/benchmarks/reports.md.
 * Target (issue 7): a report page's data ready in < 500 ms server-side with 30,000 cases in a year.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { seedDemo } from '../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../src/server/bootstrap/demo-accounts.js';
import { createReport } from './write-results.js';

const report = createReport('reports', 'npm run bench:reports');
const { values } = parseArgs({ options: { cases: { type: 'string', default: '30000' }, runs: { type: 'string', default: '10' } } });
const caseCount = Number(values.cases);
const runs = Number(values.runs);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const s = [...times].sort((x, y) => x - y);
  return `median ${percentile(s, 50).toFixed(0)} ms, p90 ${percentile(s, 90).toFixed(0)} ms, min ${s[0]!.toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms (${s.length} runs)`;
};

const handle = await openDatabase({});
await migrateToLatest(handle.db);
const app = await buildApp({
  db: handle.db,
  config: { baseUrl: 'http://bench.test', secureCookies: false, sessionSecret: 'bench-secret-bench-secret-bench-secret-1', mailFrom: 'bench <bench@bench.test>' },
});
await app.ready();
const db = handle.db;

report.line(`Mediatorpool report benchmark — ${new Date().toISOString()}`);
report.line(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; engine: PGlite (in memory)`);

const genStart = performance.now();
const { poolId } = await seedDemo(db);
const coordinator = await db.selectFrom('app_user').select('id').where('email', '=', 'coordinator@mediatorpool.example').executeTakeFirstOrThrow();
const members = (await db.selectFrom('pool_member').select('municipality_id').where('pool_id', '=', poolId).orderBy('municipality_id').execute()).map((m) => m.municipality_id);
const mediators = await db
  .selectFrom('mediator_profile as mp')
  .innerJoin('app_user as u', 'u.id', 'mp.user_id')
  .select(['mp.id', 'u.id as user_id', 'u.municipality_id'])
  .where('mp.pool_id', '=', poolId)
  .where('mp.status', '=', 'active')
  .execute();
const arr = (xs: (string | null)[]) => sql.lit(`{${xs.join(',')}}`);
// Year 2025; case numbers use made-up years so 30,000 fit the MP-YYYY-NNNN pattern.
await sql`
  INSERT INTO mediation_case (pool_id, number, requesting_municipality_id, case_type, title, description, status, route,
    referral_source, referrer_user_id, referred_on, assigned_on, concluded_on, closed_on)
  SELECT ${poolId}, 'MP-' || (2100 + i / 9000) || '-' || lpad((i % 9000 + 1)::text, 4, '0'),
    (${arr(members)}::uuid[])[1 + i % ${members.length}],
    (ARRAY['employment','citizen_government','neighbours','group','other'])[1 + i % 5],
    'Benchmarkzaak', 'Benchmark',
    CASE WHEN i % 10 = 0 THEN 'referred' WHEN i % 10 < 7 THEN 'closed' ELSE 'in_progress' END,
    CASE WHEN i % 20 = 0 THEN 'not_suitable' WHEN i % 10 = 0 THEN 'refer_elsewhere' WHEN i % 7 = 0 THEN 'process_facilitator' ELSE 'formal_mediation' END,
    (ARRAY['hr','manager','complaints_officer','objections_officer','party','other'])[1 + i % 6],
    ${coordinator.id}, d, CASE WHEN i % 10 <> 0 THEN d + (3 + i % 15) END,
    CASE WHEN i % 10 BETWEEN 1 AND 6 THEN d + (25 + i % 60) END,
    CASE WHEN i % 10 = 0 THEN d + 2 WHEN i % 10 BETWEEN 1 AND 6 THEN d + (70 + i % 60) END
  FROM (SELECT i, DATE '2025-01-01' + (i % 365) AS d FROM generate_series(0, ${caseCount - 1}) AS i) s`.execute(db);
await sql`
  INSERT INTO case_outcome (case_id, pool_id, outcome, written_agreement, recorded_by, aftercare_due_on, aftercare_kept, aftercare_recorded_at)
  SELECT id, pool_id, (ARRAY['full_agreement','full_agreement','partial_agreement','no_agreement','stopped_by_party','other_party_refused','referred_on'])[1 + abs(hashtext(id::text)) % 7],
    abs(hashtext(id::text)) % 3 = 0, ${coordinator.id}, concluded_on + 42, 'yes', now()
  FROM mediation_case WHERE pool_id = ${poolId} AND concluded_on IS NOT NULL AND title = 'Benchmarkzaak'`.execute(db);
await sql`
  INSERT INTO case_mediator (case_id, mediator_id, pool_id, role, assigned_at)
  SELECT c.id, (${arr(mediators.map((m) => m.id))}::uuid[])[1 + abs(hashtext(c.id::text)) % ${mediators.length}], c.pool_id, 'lead', c.assigned_on
  FROM mediation_case c WHERE c.pool_id = ${poolId} AND c.assigned_on IS NOT NULL AND c.title = 'Benchmarkzaak'`.execute(db);
await sql`
  INSERT INTO hour_entry (pool_id, case_id, mediator_id, supplier_municipality_id, user_municipality_id, work_date, minutes, activity, status,
    decided_by, decided_at, period_code, period_start, period_end, created_by)
  SELECT c.pool_id, c.id, cm.mediator_id, u.municipality_id, c.requesting_municipality_id, c.assigned_on + k * 7, 60 + 30 * k, 'session', 'approved',
    ${coordinator.id}, now(), 'bench', date_trunc('quarter', c.assigned_on + k * 7)::date, (date_trunc('quarter', c.assigned_on + k * 7) + interval '3 months - 1 day')::date, u.id
  FROM mediation_case c JOIN case_mediator cm ON cm.case_id = c.id JOIN mediator_profile mp ON mp.id = cm.mediator_id JOIN app_user u ON u.id = mp.user_id
  CROSS JOIN generate_series(0, 1) AS k
  WHERE c.pool_id = ${poolId} AND c.title = 'Benchmarkzaak'`.execute(db);
await sql`ANALYZE`.execute(db);
const counts = (await sql<{ cases: number; hours: number }>`SELECT (SELECT count(*)::int FROM mediation_case) AS cases, (SELECT count(*)::int FROM hour_entry) AS hours`.execute(db)).rows[0]!;
report.line(`generated ${counts.cases} cases and ${counts.hours} hour entries in ${((performance.now() - genStart) / 1000).toFixed(1)} s`);

const login = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'coordinator@mediatorpool.example', password: DEMO_PASSWORD } });
const cookie = login.cookies.find((c) => c.name === 'mp_session')!;
const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: `mp_session=${cookie.value}` } });

async function measure(label: string, url: string, n = runs) {
  const first = await get(url);
  if (first.statusCode !== 200) throw new Error(`${label}: ${first.statusCode} ${first.body}`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const res = await get(url);
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode}`);
  }
  report.line(`${label}: ${summary(times)}; ${(first.body.length / 1024).toFixed(0)} KiB`);
  // PGlite runs in this process, so its CPU time is all the work; on a shared machine it shows the cost without the wait for a core.
  report.line(`  CPU time: ${summary(cpu)}`);
  return first;
}

const Y = 'from=2025-01-01&to=2025-12-31';
const pool = await measure('GET /reports (pool, 2025)', `/api/v1/reports?${Y}`);
report.line(`  cases in the report: ${pool.json().caseCount}`);
await measure('GET /reports (one municipality, 2025)', `/api/v1/reports?${Y}&municipalityId=${members[0]}`);
await measure('GET /reports/benchmark (3 reports)', `/api/v1/reports/benchmark?year=2025&municipalityId=${members[0]}`);
await measure('GET /reports/export csv by_type', `/api/v1/reports/export?${Y}&format=csv&table=by_type`);
await measure('GET /reports/annual (PDF, pool)', '/api/v1/reports/annual?year=2025', Math.min(runs, 5));
await measure('GET /reports/case-register (30,000 rows CSV)', `/api/v1/reports/case-register?${Y}`, Math.min(runs, 3));
report.line(`load average: ${os.loadavg().map((x) => x.toFixed(1)).join(', ')}`);
await report.write();
await app.close();
await handle.close();
