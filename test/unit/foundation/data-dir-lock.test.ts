import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from '../../../src/server/db/data-dir-lock.js';

test('a data directory is locked while in use; a stale lock from a dead process is taken over', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-lock-'));
  try {
    const lockFile = path.join(dir, 'mediatorpool.lock');
    // A live foreign process (our parent) holds the lock:
    writeFileSync(lockFile, String(process.ppid));
    assert.throws(() => lockDataDir(dir), DataDirLockedError);

    // A pid that cannot exist is a stale lock:
    writeFileSync(lockFile, '999999999');
    const release = lockDataDir(dir);
    assert.ok(existsSync(lockFile));
    release();
    assert.ok(!existsSync(lockFile));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
