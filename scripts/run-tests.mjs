#!/usr/bin/env node
// Runs the test suites with Node's own test runner (through tsx for TypeScript).
// Usage: node scripts/run-tests.mjs [unit|integration|e2e ...]; without arguments all three.
// Node 20 has no glob support in --test, so the files are collected here.
import { readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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

const files = suites.flatMap((s) => collect(path.join('test', s)));
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}

// Each file runs in its own process with its own database; two at a time suits a 2-core machine.
const concurrency = process.env.TEST_CONCURRENCY ?? String(Math.max(1, Math.min(2, os.availableParallelism())));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-timeout=300000', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
