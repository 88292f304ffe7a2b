#!/usr/bin/env node
// Runs the test suites with Node's own test runner (through tsx for TypeScript).
// Usage: node scripts/run-tests.mjs [unit|integration|e2e ...]; without arguments all three.
// Node 20 has no glob support in --test, so the files are collected here.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';

const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'integration', 'e2e'];
const known = ['unit', 'integration', 'e2e'];
for (const s of suites) {
  if (!known.includes(s)) {
    console.error(`Unknown suite "${s}"; use ${known.join(', ')}.`);
    process.exit(2);
  }
}

const collect = (dir) => {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(collect(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out.sort();
};

// Browser files take longest and unit files are short: started in that order, the two cores stay
// busy to the end instead of one waiting while the last browser file runs alone.
const order = ['e2e', 'integration', 'unit'];
const files = [...suites].sort((a, b) => order.indexOf(a) - order.indexOf(b)).flatMap((s) => collect(path.join('test', s)));
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}

// Shared by the test processes of this run: test/helpers/test-database.ts keeps the migrated
// PGlite cluster that every test database starts from here. Removed when the run ends.
const runDir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-tests-'));
const failuresFile = path.join(runDir, 'failures.txt');
const reporter = pathToFileURL(path.resolve('scripts/failure-summary-reporter.mjs')).href;

// V8 settings for the test processes (the runner passes them on to each file's process). They
// change how fast code runs, never what it does. Every file is a short-lived process: TurboFan
// compiling PGlite's large WebAssembly module for it costs more than it saves, and with two files
// on two cores, background GC threads only compete with the other file. Measured together: about
// 2-3 s less CPU per file that opens a database. Left out if this Node's V8 lacks one of them.
const wanted = ['--liftoff-only', '--single-threaded-gc'];
const v8Options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout ?? '';
const v8Flags = wanted.filter((flag) => new RegExp(`^\\s+${flag}\\s`, 'm').test(v8Options));

// Each file runs in its own process with its own database; two at a time suits a 2-core machine.
const concurrency = process.env.TEST_CONCURRENCY ?? String(Math.max(1, Math.min(2, os.availableParallelism())));
const child = spawn(
  process.execPath,
  [
    ...v8Flags,
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-timeout=900000',
    '--test-reporter=tap',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${failuresFile}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', MEDIATORPOOL_TEST_RUN_DIR: runDir } },
);
// Ctrl-C reaches the test runner too (same process group); wait for it to stop, then clean up.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  const failures = existsSync(failuresFile) ? readFileSync(failuresFile, 'utf8') : '';
  if (failures) console.log(`\n# Failed tests\n${failures}`);
  rmSync(runDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
