/**
 * Server benchmarks (not tests: speed is never asserted). Builds the real app on a fresh
 * in-memory PGlite database, generates a pool, and times whole requests through app.inject, so
 * routing, authentication, the SQL, the domain and the JSON serialisation all count.
 *
 * Run: npm run bench [-- --mediators 3000 --cases 500 --runs 50]
 * Targets (issue 5): candidates for one case against 3,000 mediators < 20 ms; batch suggestion
 * for 500 cases and 3,000 mediators < 2 s. The output is written to docs/benchmarks/matching.md.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { loadPoolCases, loadPoolMediators, matchingPeriod } from '../src/server/modules/matching/load-matching-inputs.js';
import { loadMatchingPolicy } from '../src/server/modules/matching/matching-settings.js';
import { prepareServerPool, rankForCase } from '../src/server/modules/matching/eligibility.js';
import { todayInAmsterdam } from '../src/server/modules/case-status/index.js';
import { addDays } from '../src/domain/calendar/iso-date.js';
import { generateMatchingData } from './generate-matching-data.js';
import { createReport } from './write-results.js';

const report = createReport('matching', 'npm run bench');
const { values } = parseArgs({
  options: {
    mediators: { type: 'string', default: '3000' },
    cases: { type: 'string', default: '500' },
    runs: { type: 'string', default: '50' },
    'batch-runs': { type: 'string', default: '5' },
  },
});
const mediatorCount = Number(values.mediators);
const caseCount = Number(values.cases);
const runs = Number(values.runs);
const batchRuns = Number(values['batch-runs']);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const s = [...times].sort((x, y) => x - y);
  return `median ${percentile(s, 50).toFixed(1)} ms, p90 ${percentile(s, 90).toFixed(1)} ms, min ${s[0]!.toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (${s.length} runs)`;
};
/**
 * Wall-clock milliseconds, and CPU milliseconds of this process (PGlite runs in-process, so that
 * is all the work): on a shared machine CPU time shows the cost without the wait for a core.
 */
const cpu: number[] = [];
async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const result = await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  cpu.push((used.user + used.system) / 1000);
  return [wall, result];
}
/** CPU times of the last n timed calls. */
const lastCpu = (n: number) => cpu.slice(-n);

const handle = await openDatabase({});
await migrateToLatest(handle.db);
const app = await buildApp({
  db: handle.db,
  config: { baseUrl: 'http://bench.test', secureCookies: false, sessionSecret: 'bench-secret-bench-secret-bench-secret-1', mailFrom: 'bench <bench@bench.test>' },
});
await app.ready();

report.line(`Mediatorpool server benchmarks — ${new Date().toISOString()}`);
report.line(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; engine: PGlite (in memory)`);
const [genMs, data] = await timed(() => generateMatchingData(handle.db, { mediators: mediatorCount, openCases: caseCount }));
report.line(`generated ${mediatorCount} mediators, ${caseCount} cases in matching in ${(genMs / 1000).toFixed(1)} s`);
const headers = { authorization: `Bearer ${data.coordinatorToken}` };

// 1. Candidates for one case: the whole request handler.
const get = (url: string) => app.inject({ method: 'GET', url, headers });
for (let i = 0; i < 5; i++) await get(`/api/v1/cases/${data.caseIds[i]}/candidates`);
const candidateTimes: number[] = [];
let sample = { eligibleTotal: 0, excludedTotal: 0, bytes: 0 };
for (let i = 0; i < runs; i++) {
  const [ms, res] = await timed(() => get(`/api/v1/cases/${data.caseIds[i % data.caseIds.length]}/candidates`));
  if (res.statusCode !== 200) throw new Error(`candidates: ${res.statusCode} ${res.body}`);
  candidateTimes.push(ms);
  const body = res.json();
  sample = { eligibleTotal: body.eligibleTotal, excludedTotal: body.excludedTotal, bytes: res.body.length };
}
report.line(`\ncandidates, 1 case × ${mediatorCount} mediators (GET /cases/:id/candidates, default limit 50):`);
report.line(`  mediator facts current in memory: ${summary(candidateTimes)}`);
report.line(`    CPU time: ${summary(lastCpu(runs))}`);

// The same request right after a change to one mediator's facts: that mediator is read again (ADR 0012).
const missTimes: number[] = [];
for (let i = 0; i < Math.min(runs, 20); i++) {
  await handle.db.updateTable('mediator_profile').set({ hours_per_month: 8 + (i % 3) }).where('id', '=', data.mediatorIds[i]!).execute();
  const [ms, res] = await timed(() => get(`/api/v1/cases/${data.caseIds[i % data.caseIds.length]}/candidates`));
  if (res.statusCode !== 200) throw new Error(`candidates: ${res.statusCode} ${res.body}`);
  missTimes.push(ms);
}
report.line(`  right after a change to one mediator (that mediator read again): ${summary(missTimes)}`);
report.line(`    CPU time: ${summary(lastCpu(missTimes.length))}`);

// And right after an approved hour entry: the municipalities' balances are read again (monthly totals).
const worked = await handle.db
  .selectFrom('case_mediator as cm')
  .innerJoin('mediation_case as c', 'c.id', 'cm.case_id')
  .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
  .innerJoin('app_user as u', 'u.id', 'mp.user_id')
  .select(['cm.case_id', 'cm.mediator_id', 'u.id as user_id', 'u.municipality_id', 'c.requesting_municipality_id'])
  .where('c.pool_id', '=', data.poolId)
  .executeTakeFirstOrThrow();
const hourTimes: number[] = [];
for (let i = 0; i < Math.min(runs, 20); i++) {
  const day = addDays(todayInAmsterdam(), -1 - i);
  await handle.db
    .insertInto('hour_entry')
    .values({
      pool_id: data.poolId,
      case_id: worked.case_id,
      mediator_id: worked.mediator_id,
      supplier_municipality_id: worked.municipality_id!,
      user_municipality_id: worked.requesting_municipality_id,
      work_date: day,
      minutes: 60,
      activity: 'session',
      status: 'approved',
      period_code: day.slice(0, 7),
      period_start: `${day.slice(0, 7)}-01`,
      period_end: day,
      created_by: worked.user_id,
    })
    .execute();
  const [ms, res] = await timed(() => get(`/api/v1/cases/${data.caseIds[i % data.caseIds.length]}/candidates`));
  if (res.statusCode !== 200) throw new Error(`candidates: ${res.statusCode} ${res.body}`);
  hourTimes.push(ms);
}
report.line(`  right after an approved hour entry (balances read again): ${summary(hourTimes)}`);
report.line(`    CPU time: ${summary(lastCpu(hourTimes.length))}`);
report.line(`  last response: ${sample.eligibleTotal} eligible, ${sample.excludedTotal} excluded, ${(sample.bytes / 1024).toFixed(0)} KiB`);

// Where the time goes, measured apart (same code the handler calls).
const when = matchingPeriod(todayInAmsterdam());
const parts = { mediators: [] as number[], prepare: [] as number[], case: [] as number[], rank: [] as number[], rankAll: [] as number[] };
for (let i = 0; i < runs; i++) {
  const [m, mediators] = await timed(() => loadPoolMediators(handle.db, data.poolId, when));
  const [p, pool] = await timed(async () => prepareServerPool(mediators));
  const [c, cases] = await timed(() => loadPoolCases(handle.db, data.poolId, when, [data.caseIds[i % data.caseIds.length]!]));
  const policy = await loadMatchingPolicy(handle.db, data.poolId);
  const [r] = await timed(async () => rankForCase(cases[0]!, pool, policy, 50));
  const [a] = await timed(async () => rankForCase(cases[0]!, pool, policy, Number.POSITIVE_INFINITY));
  parts.mediators.push(m);
  parts.prepare.push(p);
  parts.case.push(c);
  parts.rank.push(r);
  parts.rankAll.push(a);
}
report.line(`  parts: load ${mediatorCount} mediators (1 SQL query; once a day, or after more than 200 changes): ${summary(parts.mediators)}`);
report.line(`         prepare them for ranking (the same): ${summary(parts.prepare)}`);
report.line(`         load the case (1 SQL query): ${summary(parts.case)}`);
report.line(`         rank, 50 per list explained (domain): ${summary(parts.rank)}`);
report.line(`         rank, every entry explained (domain): ${summary(parts.rankAll)}`);
report.line(`load average during the run: ${os.loadavg().map((x) => x.toFixed(1)).join(', ')}`);

// 2. Batch suggestion for every case in matching.
const batchTimes: number[] = [];
let batchSample = { assignedCount: 0, caseCount: 0 };
for (let i = 0; i < batchRuns; i++) {
  const [ms, res] = await timed(() => get('/api/v1/matching/batch-suggestion'));
  if (res.statusCode !== 200) throw new Error(`batch: ${res.statusCode} ${res.body}`);
  batchTimes.push(ms);
  batchSample = res.json();
}
report.line(`\nbatch suggestion, ${caseCount} cases × ${mediatorCount} mediators (GET /matching/batch-suggestion):`);
report.line(`  ${summary(batchTimes)}`);
report.line(`    CPU time: ${summary(lastCpu(batchRuns))}`);
report.line(`  assigned ${batchSample.assignedCount} of ${batchSample.caseCount} cases`);

await report.write();
await app.close();
await handle.close();
