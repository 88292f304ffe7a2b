import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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
  /**
   * PostgreSQL only: every connection works as this role (the `role` setting, sent when the
   * connection starts, so no query ever runs before it). A connection fails when the role is
   * missing or not granted to the login role. See docs/adr/0011-runtime-database-role.md.
   */
  role?: string | undefined;
}

/** The extensions every PGlite database is opened with (tests build theirs with the same). */
export const PGLITE_EXTENSIONS = { pg_trgm };

export async function openDatabase(opts: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    // jit=off: the app's statements are short index reads; compiling them costs 40–240 ms and saves nothing.
    const options = ['-c jit=off', ...(opts.role ? [roleOption(opts.role)] : [])];
    const pool = new pg.Pool({ connectionString: withOptions(opts.databaseUrl, options), max: opts.poolSize ?? 10 });
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
    // Trigram indexes serve the case list's "contains" search (migration 0016); a PostgreSQL
    // server offers pg_trgm from its contrib package, PGlite only when it is loaded here.
    extensions: PGLITE_EXTENSIONS,
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

const roleOption = (role: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Not a plain role name: ${role}`);
  return `-c role=${role}`;
};

/**
 * The URL with these settings added to its `options` (after any it has). In the URL, because pg
 * lets a connection string's parameters override the other settings.
 */
function withOptions(databaseUrl: string, options: string[]): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', [url.searchParams.get('options'), ...options].filter(Boolean).join(' '));
  return url.toString();
}
