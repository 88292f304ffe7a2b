/**
 * The scale benchmark's results as Markdown (docs/benchmarks/scale.md); the same object goes to
 * scale.json. Pure: the harness (bench/scale.bench.ts) collects, this only renders.
 */
import type { EndpointFigures, TargetResult } from './stats.js';

export interface EndpointRun {
  key: string;
  label: string;
  method: string;
  /** An example path (the run may rotate over many ids). */
  path: string;
  account: string;
  /** How many distinct paths the run rotated over. */
  paths: number;
  concurrency: number;
  seconds: number;
  figures?: EndpointFigures;
  /** Bytes of the checked answer. */
  bytes?: number;
  /** Highest server RSS sampled during the run (MB). */
  rssMaxMb?: number;
  /** Milliseconds of the check request sent alone before the run. */
  checkMs?: number;
  /** Why the run did not happen or failed (the check request's status and problem). */
  failure?: string;
}

export interface ScaleResults {
  date: string;
  provisional: boolean;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; platform: string };
  loadAverage: { start: number[]; end: number[] };
  params: Record<string, string | number | boolean>;
  database: { name: string; migrations: string[]; caseNumberCeiling: boolean };
  generation?: { seconds: number; steps: { step: string; seconds: number }[]; counts: Record<string, number>; notes: string[] };
  server: { command: string; startSeconds: number; rssStartMb: number; rssMaxMb: number };
  runs: EndpointRun[];
  singles: { key: string; label: string; ms: number[]; note: string }[];
  ratio: { appRps?: number; bareRps?: number; percent?: number };
  targets: TargetResult[];
  notes: string[];
}

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1));
const num = (n: number) => n.toLocaleString('en-GB');

export function renderScaleReport(r: ScaleResults, command: string): string {
  const out: string[] = [];
  out.push('# Benchmark results: scale (national data set on PostgreSQL)', '');
  if (r.provisional) {
    out.push(
      `> **Provisional:** the load average was ${r.loadAverage.start.map((x) => x.toFixed(1)).join(', ')} when the run started (above 1.5 on ${r.machine.cpus} cores):`,
      '> the machine was shared with other work, so these figures are higher than on a quiet machine. Run again on a quiet machine before drawing conclusions.',
      '',
    );
  }
  out.push(
    `Written by \`${command}\` at the end of its run on ${r.date}; see [../performance.md](../performance.md) for what the`,
    'benchmark does. The same figures, unrounded, are in [scale.json](scale.json).',
    '',
    '## Machine and parameters',
    '',
    `- machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB memory, ${r.machine.platform}; Node ${r.machine.node}; PostgreSQL ${r.machine.postgres}`,
    `- load average (1, 5, 15 min): ${r.loadAverage.start.map((x) => x.toFixed(2)).join(', ')} at the start, ${r.loadAverage.end.map((x) => x.toFixed(2)).join(', ')} at the end`,
    `- parameters: ${Object.entries(r.params).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- database: ${r.database.name}, migrations ${r.database.migrations.join(', ') || '(none applied by this run)'}; case-number ceiling of 9,999 a year: ${r.database.caseNumberCeiling ? 'still in the schema' : 'gone'}`,
    `- server: \`${r.server.command}\` as a child process (DATABASE_URL set, LOG_LEVEL=warn), ready after ${r.server.startSeconds.toFixed(1)} s; RSS ${ms(r.server.rssStartMb)} MB after start, at most ${ms(r.server.rssMaxMb)} MB during the runs`,
    '',
  );
  if (r.generation) {
    const g = r.generation;
    out.push('## Generated data', '', `Generated in **${g.seconds.toFixed(0)} s** with set-based SQL (all constraints and triggers in force).`, '');
    out.push('| table (national pool) | rows |', '|---|---|');
    for (const [k, v] of Object.entries(g.counts)) out.push(`| ${k} | ${num(v)} |`);
    out.push('', '| step | seconds |', '|---|---|');
    for (const s of g.steps) out.push(`| ${s.step} | ${s.seconds.toFixed(1)} |`);
    out.push('');
    for (const n of g.notes) out.push(`- ${n}`);
    if (g.notes.length) out.push('');
  }
  out.push('## Targets (issue 13)', '', '| target | result | why, from this run |', '|---|---|---|');
  for (const t of r.targets) out.push(`| ${t.label} | ${t.verdict === 'met' ? '✅' : t.verdict === 'missed' ? '❌' : '⚠️'} ${t.text} | ${t.why ?? ''} |`);
  out.push('', '## Load runs', '');
  out.push(
    'Each run: autocannon with the given number of concurrent keep-alive connections for the given seconds, each connection sending its next',
    'request when the previous answer has arrived. Percentiles are over 2xx answers only; "not 2xx" and "errors" count the others;',
    '"alone ms" is the median of three requests sent one by one just before the run (the first also pays for cold caches).',
    '',
    '| endpoint | account | users | paths | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | not 2xx | errors | size | alone ms | RSS max MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const run of r.runs) {
    const f = run.figures;
    if (!f || f.requests === 0) {
      out.push(`| ${run.label} | ${run.account} | ${run.concurrency} | ${run.paths} | **failed: ${run.failure ?? 'not run'}** | | | | | | | | | ${ms(run.checkMs)} | ${ms(run.rssMaxMb)} |`);
      continue;
    }
    const failed = f.non2xx + f.errors > 0 ? ' **(requests failed)**' : '';
    out.push(
      `| ${run.label}${failed} | ${run.account} | ${run.concurrency} | ${run.paths} | ${num(f.requests)} | ${f.rps.toFixed(1)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${ms(f.max)} | ${num(f.non2xx)} | ${num(f.errors)} | ${run.bytes === undefined ? '–' : `${(run.bytes / 1024).toFixed(1)} KiB`} | ${ms(run.checkMs)} | ${ms(run.rssMaxMb)} |`,
    );
  }
  out.push('', 'Paths (one example each):', '');
  for (const run of r.runs) out.push(`- ${run.label}: \`${run.method} ${run.path}\``);
  out.push('');
  if (r.singles.length) {
    out.push('## Single-user measurements', '', '| what | runs | median ms | p95 ms | max ms | how |', '|---|---|---|---|---|---|');
    for (const s of r.singles) {
      const sorted = [...s.ms].sort((a, b) => a - b);
      const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
      out.push(`| ${s.label} | ${s.ms.length} | ${ms(at(50))} | ${ms(at(95))} | ${ms(sorted.at(-1))} | ${s.note} |`);
    }
    out.push('');
  }
  out.push(
    '## Authenticated, audited case read against the bare route',
    '',
    `Case detail (session, authorisation, audit row, ${'`GET /api/v1/cases/:id`'}): ${r.ratio.appRps?.toFixed(1) ?? '–'} req/s; bare Fastify + one indexed SELECT: ${r.ratio.bareRps?.toFixed(1) ?? '–'} req/s; ratio **${r.ratio.percent?.toFixed(1) ?? '–'} %**.`,
    '',
  );
  if (r.notes.length) {
    out.push('## Notes', '');
    for (const n of r.notes) out.push(`- ${n}`);
    out.push('');
  }
  return out.join('\n');
}
