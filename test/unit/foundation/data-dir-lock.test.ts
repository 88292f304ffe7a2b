import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, lockDataDir, lockPath } from '../../../src/server/db/data-dir-lock.js';

test('a data directory is locked while in use; a leftover lock, even naming a live pid, is taken over', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-lock-'));
  try {
    const lockFile = path.join(dir, 'mediatorpool.lock');
    assert.equal(lockPath(dir), lockFile);
    // A pid file left by an older version or a crash, naming a live process (our parent):
    writeFileSync(lockFile, String(process.ppid));
    const release = await lockDataDir(dir);
    assert.ok(lstatSync(lockFile).isSocket());

    // While held, a second lock is refused and told the holder's pid:
    await assert.rejects(lockDataDir(dir), (err) => err instanceof DataDirLockedError && err.pid === process.pid);

    await release();
    assert.ok(!existsSync(lockFile));
    // A socket nobody listens on any more (the holder was killed) is stale:
    const again = await lockDataDir(dir);
    await again();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a socket left by a killed holder does not block the next lock', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-lock-'));
  try {
    const { spawn } = await import('node:child_process');
    const where = lockPath(dir);
    const child = spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${JSON.stringify(where)}, () => console.log('up'))`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await assert.rejects(lockDataDir(dir), DataDirLockedError, 'a live listener holds the lock');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    assert.ok(existsSync(where), 'kill -9 leaves the socket file behind');
    const release = await lockDataDir(dir);
    await release();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data directory path too long for a socket locks through the temporary directory', async () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'mp-lock-'));
  const dir = path.join(base, 'x'.repeat(60), 'y'.repeat(60));
  try {
    const release = await lockDataDir(dir);
    const where = lockPath(dir);
    assert.ok(where.startsWith(os.tmpdir()) && !where.startsWith(dir));
    await assert.rejects(lockDataDir(dir), DataDirLockedError);
    await release();
    assert.ok(!existsSync(where));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
