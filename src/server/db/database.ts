import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import path from 'node:path';
import type { DB } from './schema.js';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** Closes the pool or shuts PGlite down cleanly (an unclean stop can corrupt its directory). */
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's timezone.
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));

export interface OpenDatabaseOptions {
  /** PostgreSQL server URL; when absent PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; when absent PGlite runs in memory (tests). */
  dataDir?: string | undefined;
  /**
   * In-memory PGlite only: start from this data directory (a `dumpDataDir()` tarball) instead of
   * an empty cluster. Tests pass an already migrated one, because initdb plus migrations cost
   * seconds of CPU per database and every test file opens its own.
   */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    // jit=off: the app's statements are short index reads; compiling them costs 40–240 ms and saves nothing.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, options: '-c jit=off' });
    // An idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool discards it and opens a new one on the next query.
    pool.on('error', (err) => console.warn(`PostgreSQL connection lost: ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (opts.dataDir && opts.loadDataDir) throw new Error('loadDataDir is for an in-memory PGlite, not for a data directory');
  const pglite = await PGlite.create({
    ...(opts.dataDir ? { dataDir: path.join(opts.dataDir, 'pgdata') } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
