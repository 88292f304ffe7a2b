import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServerDatabase } from '../../src/server/db/server-database.js';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { systemContext, writeAudit } from '../../src/server/audit/write-audit.js';
import { verifyAuditChain, type ChainReport } from '../../src/server/audit/verify-chain.js';
import { backupDatabase, restoreDatabase, tableRowCounts } from '../../src/cli/commands/backup.js';
import { CliError } from '../../src/cli/cli-error.js';

/**
 * `mediatorpool backup` and `restore` of the embedded database (issue 17, item 7): a backup of the
 * demo pool restored into a fresh data directory has every table's row count and the same audit
 * chain; a damaged file, a running server or an occupied directory is refused and changes nothing.
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/mediatorpool.mjs');

describe('backup and restore (pglite)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mp-backup-'));
  const source = path.join(root, 'source');
  const file = path.join(root, 'demo.mpbackup');
  let counts: Record<string, number>;
  let chain: ChainReport;
  before(async () => {
    mkdirSync(source);
    const { handle } = await openServerDatabase({ dataDir: source });
    try {
      const { poolId } = await seedDemo(handle.db, { withRegistry: true });
      await writeAudit(handle.db, systemContext(poolId, 'test'), { action: 'case.read', objectType: 'case', objectId: 'x', purpose: 'zaakbehandeling', detail: { ñ: 'Zoë' } });
      counts = await tableRowCounts(handle.db);
      chain = await verifyAuditChain(handle.db);
    } finally {
      await handle.close();
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a backup restored into a fresh data directory has every table’s rows and the audit chain', async () => {
    const made = await backupDatabase({ databaseUrl: undefined, dataDir: source }, file);
    assert.deepEqual(made.manifest.tables, counts);
    assert.ok(counts.audit_event! > 0 && counts.app_user! > 0 && counts.audit_chain === counts.audit_event);

    const target = path.join(root, 'fresh');
    const restored = await restoreDatabase({ databaseUrl: undefined, dataDir: target }, file);
    assert.equal(restored.setAside, null);
    const { handle } = await openServerDatabase({ dataDir: target });
    try {
      assert.deepEqual(await tableRowCounts(handle.db), counts);
      const again = await verifyAuditChain(handle.db);
      assert.equal(again.intact, true);
      assert.deepEqual(again.head, chain.head);
      assert.equal(again.checked, chain.checked);
    } finally {
      await handle.close();
    }
    assert.deepEqual(readdirSync(target).filter((n) => n.startsWith('pgdata')), ['pgdata'], 'no staging directory left');
  });

  test('a damaged or foreign file is refused with a clear message and nothing is created', async () => {
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100]! ^= 0xff;
    const cases: [string, Buffer, RegExp][] = [
      ['flipped', flipped, /controlesom \(sha256\)/],
      ['truncated', good.subarray(0, good.length - 10), /afgebroken bij het kopiëren/],
      ['foreign', Buffer.from('PK\u0003\u0004 not a backup'), /geen \(volledige\) Mediatorpool-back-up/],
      ['manifest', Buffer.concat([Buffer.from('MEDIATORPOOL-BACKUP 1\n{"format":1,'), good.subarray(200)]), /beschadigd|onvolledig/],
    ];
    for (const [name, bytes, message] of cases) {
      const bad = path.join(root, `${name}.mpbackup`);
      writeFileSync(bad, bytes);
      const target = path.join(root, `target-${name}`);
      await assert.rejects(restoreDatabase({ databaseUrl: undefined, dataDir: target }, bad), (err: unknown) => err instanceof CliError && message.test(err.message) && /niets veranderd/.test(err.message));
      assert.equal(existsSync(target), false, `${name}: nothing created`);
    }
  });

  test('an occupied data directory is kept unless --force is confirmed, and then set aside, never deleted', async () => {
    const target = path.join(root, 'fresh');
    await assert.rejects(restoreDatabase({ databaseUrl: undefined, dataDir: target }, file), /bevat al een database/);
    await assert.rejects(restoreDatabase({ databaseUrl: undefined, dataDir: target }, file, { force: true, confirm: async () => false }), /Niet bevestigd/);
    const out = await restoreDatabase({ databaseUrl: undefined, dataDir: target }, file, { force: true, confirm: async () => true });
    assert.ok(out.setAside && existsSync(path.join(out.setAside, 'PG_VERSION')));
  });

  test('with the server running, backup says to stop it first', async () => {
    const release = await lockDataDir(source);
    try {
      await assert.rejects(backupDatabase({ databaseUrl: undefined, dataDir: source }, path.join(root, 'while-running.mpbackup')), /De server draait nog.*Stop de server/);
      assert.equal(existsSync(path.join(root, 'while-running.mpbackup')), false);
    } finally {
      await release();
    }
  });

  test('PostgreSQL is backed up with its own tools', async () => {
    await assert.rejects(backupDatabase({ databaseUrl: 'postgres://x@y/z', dataDir: source }, file), /pg_dump/);
  });

  test('the mediatorpool command: audit verify on the restored copy, a corrupted backup exits 1', () => {
    const env = { ...process.env, DATA_DIR: path.join(root, 'fresh'), MEDIATORPOOL_FROM_SOURCE: '1' };
    const ok = spawnSync(process.execPath, [BIN, 'audit', 'verify'], { env, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`Auditketen intact: ${chain.checked} rijen`));
    const bad = spawnSync(process.execPath, [BIN, 'restore', path.join(root, 'flipped.mpbackup')], { env: { ...env, DATA_DIR: path.join(root, 'cli-target') }, encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /controlesom/);
  });
});
