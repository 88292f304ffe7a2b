import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, PGLITE_EXTENSIONS, type DatabaseHandle } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { runtimeRoleName } from '../../src/server/db/runtime-role.js';
import { openServerDatabase } from '../../src/server/db/server-database.js';
import type { DB } from '../../src/server/db/schema.js';

export type Engine = 'pglite' | 'postgres';

/** The engines the integration tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database on the
 * PostgreSQL server that is dropped again on close.
 *
 * PGlite starts from a copy of one migrated, empty cluster (see migratedPgliteDump) rather than
 * running initdb and every migration again: that costs about 5 s of CPU per database, loading
 * the copy about 1 s. Each test file still gets its own database; migrateToLatest runs on it
 * anyway (a no-op), so the copy can only ever save time, never leave a migration out.
 * PostgreSQL migrates each new database itself: that is a fraction of a second on a server.
 * test/integration/migrations.test.ts runs the migrations from nothing on both engines.
 */
export async function createTestDatabase(engine: Engine): Promise<DatabaseHandle> {
  if (engine === 'pglite') {
    const handle = await openDatabase({ loadDataDir: await migratedPgliteDump() });
    await migrateToLatest(handle.db);
    return handle;
  }
  // As the server does with one DATABASE_URL that may create roles: it migrates as the owner, then
  // works as the restricted runtime role, so every test on PostgreSQL shows its privileges suffice.
  const { name, url } = await createPostgresDatabase();
  try {
    const { handle } = await openServerDatabase({ databaseUrl: url, poolSize: 5 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await dropPostgresDatabase(name);
      },
    };
  } catch (err) {
    await dropPostgresDatabase(name);
    throw err;
  }
}

/** A new, empty database on the TEST_DATABASE_URL server, dropped again on close. */
export async function createEmptyPostgresDatabase(): Promise<{ handle: DatabaseHandle; name: string }> {
  const { name, url } = await createPostgresDatabase();
  const handle = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return {
    name,
    handle: {
      ...handle,
      close: async () => {
        await handle.close();
        await dropPostgresDatabase(name);
      },
    },
  };
}

async function createPostgresDatabase(): Promise<{ name: string; url: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `mp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/**
 * Drops a test database and the runtime role the server creates for it (roles belong to the
 * cluster, not to the database, so they would outlive it).
 */
export async function dropPostgresDatabase(name: string): Promise<void> {
  const drop = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await drop.connect();
  try {
    await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await drop.query(`DROP ROLE IF EXISTS ${runtimeRoleName(name)}`);
  } finally {
    await drop.end();
  }
}

let dumpInThisProcess: Promise<Blob> | undefined;

/**
 * The data directory of a migrated, empty PGlite cluster, as PGlite's dumpDataDir() tarball.
 * scripts/run-tests.mjs gives all test processes of one run a fresh MEDIATORPOOL_TEST_RUN_DIR
 * (and removes it afterwards): the first process to need the dump writes it there and the others
 * read it. Without that directory (a test file run on its own) each process builds its own once.
 */
function migratedPgliteDump(): Promise<Blob> {
  dumpInThisProcess ??= (async () => {
    const runDir = process.env.MEDIATORPOOL_TEST_RUN_DIR;
    if (!runDir) return buildMigratedPgliteDump();
    const file = path.join(runDir, 'pglite-migrated.tar');
    try {
      return new Blob([await readFile(file)]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    // Two processes starting together may both build it; the rename makes either copy whole.
    const dump = await buildMigratedPgliteDump();
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  })();
  return dumpInThisProcess;
}

async function buildMigratedPgliteDump(): Promise<Blob> {
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    // Written out to the data files, so a copy starts without replaying the log.
    await pglite.exec('CHECKPOINT');
    return await pglite.dumpDataDir('none');
  } finally {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  }
}
