/**
 * How much JavaScript the first page costs (issue 11: at most 120 kB gzipped on the login page).
 * Not a test: the size is measured and written down, never asserted.
 *
 * Builds the web app into a temporary directory (so a browser test that is reading dist/web at
 * the same time is not disturbed), starts the real server on it with the demo pool on a fresh
 * in-memory PGlite database, opens pages in headless Chromium and records every JavaScript
 * response. Each file is gzipped here (level 9; the server itself does not compress), and the
 * totals are printed and written to docs/benchmarks/web-bundle.md and web-bundle.json.
 *
 * Run: npm run bench:web [-- --dist dist/web]   (--dist: measure an existing build instead)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium, type Browser, type Response } from 'playwright-core';
import { buildApp } from '../src/server/app.js';
import { seedDemo } from '../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../src/server/bootstrap/demo-accounts.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { createReport } from './write-results.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_PATH = '/usr/bin/chromium';
/** The goal of issue 11, in kB of 1,000 bytes. */
const TARGET_GZIP_BYTES = 120_000;

const { values } = parseArgs({ options: { dist: { type: 'string' } } });

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
interface Scenario {
  name: string;
  files: FileSize[];
  total: { files: number; raw: number; gzip: number };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

// 1. The build: a fresh one in a temporary directory, or the one given.
let webDir: string;
let tempDir: string | undefined;
if (values.dist) {
  webDir = path.resolve(values.dist);
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error(`${webDir} has no index.html: build it first (npx vite build)`);
} else {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'mediatorpool-web-bundle-'));
  webDir = path.join(tempDir, 'web');
  const vite = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status})`);
}

// 2. The real server with the demo pool, as a visitor meets it.
const handle = await openDatabase({});
await migrateToLatest(handle.db);
await seedDemo(handle.db, { withRegistry: false });
const app = await buildApp({
  db: handle.db,
  webDir,
  config: { baseUrl: 'http://127.0.0.1', secureCookies: false, sessionSecret: 'bench-secret-bench-secret-bench-secret-1', mailFrom: 'bench <bench@bench.test>' },
});
const baseUrl = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/\/+$/, '');

const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();

/**
 * Opens a page in a fresh context (empty cache, no cookies) and sums the JavaScript it loaded
 * until `ready` resolves and the network has been quiet.
 */
async function measure(name: string, opts: { url: string; ready: string; storage?: Record<string, string>; signIn?: boolean }): Promise<Scenario> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  if (opts.storage) {
    await context.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) window.localStorage.setItem(k, v);
    }, opts.storage);
  }
  const page = await context.newPage();
  if (opts.signIn) {
    const res = await page.request.post('/api/v1/sessions', { data: { email: 'beheerder@mediatorpool.example', password: DEMO_PASSWORD } });
    if (res.status() !== 201) throw new Error(`sign-in failed: ${res.status()}`);
  }
  const pending: Promise<FileSize | null>[] = [];
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() !== 'script' && !/javascript/.test(type)) return;
    pending.push(
      response.body().then(
        (body) => ({ file: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }).length }),
        () => null,
      ),
    );
  });
  await page.goto(opts.url);
  await page.getByRole('heading', { level: 1, name: opts.ready }).waitFor();
  await page.waitForLoadState('networkidle');
  const seen = new Map<string, FileSize>();
  for (const f of await Promise.all(pending)) if (f) seen.set(f.file, f);
  await context.close();
  const files = [...seen.values()].sort((a, b) => b.gzip - a.gzip);
  const total = { files: files.length, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  return { name, files, total };
}

const scenarios: Scenario[] = [];
try {
  scenarios.push(await measure('login page, Dutch (first visit)', { url: '/inloggen', ready: 'Inloggen' }));
  scenarios.push(await measure('login page, English chosen before', { url: '/inloggen', ready: 'Log in', storage: { 'mediatorpool.taal': 'en' } }));
  scenarios.push(await measure('/ without a session (sent on to the login page)', { url: '/', ready: 'Inloggen' }));
  scenarios.push(await measure('home page, signed in as administrator', { url: '/', ready: 'Welkom, Anouk de Boer', signIn: true }));
} finally {
  await browser.close();
  await app.close();
  await handle.close();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}

// 3. The numbers.
const report = createReport('web-bundle', 'npm run bench:web');
const cpu = os.cpus()[0]?.model.replace(/\s+\d+-Core Processor$/, '') ?? 'cpu';
report.line(`Mediatorpool web bundle — ${new Date().toISOString()}`);
report.line(`machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; Chromium ${chromiumVersion}`);
report.line(`build: ${values.dist ? path.relative(ROOT, webDir) : 'fresh vite build in a temporary directory'}; gzip level 9 (node:zlib); 1 kB = 1,000 bytes`);
for (const s of scenarios) {
  report.line('');
  report.line(`${s.name}: ${s.total.files} JS files, ${kB(s.total.raw)} raw, ${kB(s.total.gzip)} gzipped`);
  for (const f of s.files) report.line(`  ${kB(f.gzip).padStart(9)} gz ${kB(f.raw).padStart(9)} raw  ${f.file}`);
}
const login = scenarios[0]!;
report.line('');
report.line(
  `login page: ${kB(login.total.gzip)} gzipped JavaScript; goal at most ${kB(TARGET_GZIP_BYTES)}: ${login.total.gzip <= TARGET_GZIP_BYTES ? 'met' : 'NOT met'}`,
);
await report.write();
const json = path.join(ROOT, 'docs/benchmarks/web-bundle.json');
await writeFile(
  json,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, targetGzipBytes: TARGET_GZIP_BYTES, scenarios }, null, 2)}\n`,
);
console.log(`per-file numbers written to ${path.relative(process.cwd(), json)}`);
