import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/mediatorpool.mjs');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, args = ['serve']): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/**
 * Resolves when the process has printed `text` (its readiness line, a link it prints): woken by
 * each chunk of output and by the exit, not by polling. The time limit only ends a hung test.
 */
// A first start seeds a year of demo data; on a busy two-core machine that has taken over a minute.
function waitForText(p: Proc, text: string, timeoutMs = 180_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      p.child.stdout!.off('data', check);
      p.child.stderr!.off('data', check);
      p.child.off('exit', exited);
    };
    const check = () => {
      if (!p.output().includes(text)) return;
      cleanup();
      resolve();
    };
    const exited = () => {
      cleanup();
      reject(new Error(`process exited early:\n${p.output()}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`"${text}" did not appear:\n${p.output()}`));
    }, timeoutMs);
    // Listeners added after start()'s own, so the output already holds the chunk being checked.
    p.child.stdout!.on('data', check);
    p.child.stderr!.on('data', check);
    p.child.on('exit', exited);
    if (p.child.exitCode !== null) exited();
    else check();
  });
}

async function login(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@mediatorpool.example', password: 'demo-mediatorpool' }),
  });
  return res.status;
}

describe('the server process on an embedded PGlite data directory', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-proc-'));
  const running: Proc[] = [];
  after(() => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('first start seeds the demo pool; a second start on the same directory refuses; data survives a clean stop', async () => {
    const port = await freePort();
    const first = start({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    running.push(first);
    await waitForText(first, 'password for all: demo-mediatorpool');
    assert.equal(await login(port), 201);

    const second = start({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1' });
    running.push(second);
    assert.equal(await second.exited, 1);
    assert.match(second.output(), /already using the data directory/);
    assert.equal(await login(port), 201, 'the first keeps running');

    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.match(first.output(), /Stopped cleanly/);

    const third = start({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    running.push(third);
    await waitForText(third, 'Mediatorpool is running');
    assert.doesNotMatch(third.output(), /Demo pool created/, 'the demo pool is created only once');
    assert.equal(await login(port), 201, 'the data is intact');
    third.child.kill('SIGINT');
    assert.equal(await third.exited, 0);
  });

  test('a stale lock naming a live unrelated process does not block a start; after kill -9 a restart works', async () => {
    const crashDir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-crash-'));
    try {
      // What a crash could leave behind: a lock whose pid now belongs to another live process (this test's).
      writeFileSync(path.join(crashDir, 'mediatorpool.lock'), String(process.pid));
      const port = await freePort();
      const first = start({ DATA_DIR: crashDir, PORT: String(port), HOST: '127.0.0.1' });
      running.push(first);
      await waitForText(first, 'Mediatorpool is running');
      assert.equal(await login(port), 201);

      first.child.kill('SIGKILL');
      await first.exited;
      const again = start({ DATA_DIR: crashDir, PORT: String(port), HOST: '127.0.0.1' });
      running.push(again);
      await waitForText(again, 'Mediatorpool is running');
      assert.doesNotMatch(again.output(), /Demo pool created/, 'the data survived the kill');
      assert.equal(await login(port), 201);

      const refused = start({ DATA_DIR: crashDir, PORT: String(await freePort()), HOST: '127.0.0.1' });
      running.push(refused);
      assert.equal(await refused.exited, 1);
      assert.match(refused.output(), /already using the data directory/);
      again.child.kill('SIGTERM');
      assert.equal(await again.exited, 0);
    } finally {
      rmSync(crashDir, { recursive: true, force: true });
    }
  });

  test('bad configuration stops with a message per bad value', async () => {
    const p = start({ DATA_DIR: dataDir, PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    assert.equal(await p.exited, 1);
    assert.match(p.output(), /PORT must be a whole number/);
    assert.match(p.output(), /LOG_LEVEL must be one of/);
    assert.match(p.output(), /DATABASE_URL must start with postgres/);
  });

  test('MEDIATORPOOL_DEMO=false starts clean and prints a one-time link for the first administrator', async () => {
    const cleanDir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-clean-'));
    try {
      const port = await freePort();
      const p = start({ DATA_DIR: cleanDir, PORT: String(port), HOST: '127.0.0.1', MEDIATORPOOL_DEMO: 'false' });
      running.push(p);
      await waitForText(p, '/uitnodiging/');
      assert.equal(await login(port), 401, 'no demo accounts');
      const token = /\/uitnodiging\/(\S+)/.exec(p.output())![1]!;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/invitations/acceptances`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: 'eerste-beheerder-2026', email: 'beheer@meppel.nl', name: 'Eerste Beheerder' }),
      });
      assert.equal(res.status, 201);
      p.child.kill('SIGTERM');
      assert.equal(await p.exited, 0);
    } finally {
      rmSync(cleanDir, { recursive: true, force: true });
    }
  });
});

describe('the server process on a PostgreSQL server (DATABASE_URL)', { skip: process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (CI sets it)' }, () => {
  const running: Proc[] = [];
  let databaseUrl = '';
  let dbName = '';
  before(async () => {
    const pg = (await import('pg')).default;
    dbName = `mp_proc_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  });
  after(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    // The restricted role the server made for itself (roles outlive the database).
    await admin.query(`DROP ROLE IF EXISTS ${dbName}_app`);
    await admin.end();
  });

  test('two instances start at once on one database: one demo pool, both serve the same data', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-pg-'));
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dir, HOST: '127.0.0.1', SESSION_SECRET: 'a-shared-secret-for-all-instances-0123456789' };
    const [portA, portB] = [await freePort(), await freePort()];
    const a = start({ ...env, PORT: String(portA) });
    const b = start({ ...env, PORT: String(portB) });
    running.push(a, b);
    await waitForText(a, 'Mediatorpool is running');
    await waitForText(b, 'Mediatorpool is running');
    assert.equal((a.output() + b.output()).match(/Demo pool created/g)?.length, 1);
    // Both work as the login-less role the first made for them, which owns nothing.
    assert.match(a.output(), new RegExp(`works as PostgreSQL role "${dbName}_app", which owns nothing`));
    assert.match(b.output(), new RegExp(`works as PostgreSQL role "${dbName}_app", which owns nothing`));
    assert.equal(await login(portA), 201);
    assert.equal(await login(portB), 201);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    assert.equal(await a.exited, 0);
    assert.equal(await b.exited, 0);
    rmSync(dir, { recursive: true, force: true });
  });
});
