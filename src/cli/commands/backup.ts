import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from '../../server/db/data-dir-lock.js';
import { PGLITE_EXTENSIONS, type Database } from '../../server/db/database.js';
import type { DB } from '../../server/db/schema.js';
import { verifyAuditChain } from '../../server/audit/verify-chain.js';
import { CliError } from '../cli-error.js';
import { decodeBackup, encodeBackup, type BackupManifest } from './backup-file.js';

/**
 * `mediatorpool backup` and `restore` for the embedded database (PGlite; issue 17, item 7).
 * PGlite is one process per data directory, so both need the server stopped: the data directory's
 * lock tells, and the message says what to do. A PostgreSQL server is backed up with its own
 * tools (pg_dump, pg_restore; see README.md, "Back-ups").
 */

const POSTGRES_HINT =
  'Deze database draait op een PostgreSQL-server (DATABASE_URL): maak back-ups met pg_dump en herstel met pg_restore (zie README.md, "Back-ups"). ' +
  'This database is on a PostgreSQL server: use pg_dump and pg_restore.';

function serverRunning(err: DataDirLockedError, what: string): CliError {
  return new CliError(
    `De server draait nog${err.pid ? ` (pid ${err.pid})` : ''} en houdt de database in ${err.dataDir} vast: PGlite laat maar één proces tegelijk toe. ` +
      `Stop de server, ${what}, en start hem daarna weer. ` +
      `(The server is running and holds the database; stop it first.)`,
  );
}

async function lockOrExplain(dataDir: string, what: string): Promise<() => Promise<void>> {
  try {
    return await lockDataDir(dataDir);
  } catch (err) {
    if (err instanceof DataDirLockedError) throw serverRunning(err, what);
    throw err;
  }
}

async function openPglite(dir: string, loadDataDir?: Blob): Promise<{ pglite: PGlite; db: Database }> {
  const pglite = await PGlite.create({ dataDir: dir, extensions: PGLITE_EXTENSIONS, ...(loadDataDir ? { loadDataDir } : {}) });
  return { pglite, db: new Kysely<DB>({ dialect: new PGliteDialect(pglite) }) };
}

async function closePglite(p: { pglite: PGlite; db: Database }): Promise<void> {
  await p.db.destroy();
  if (!p.pglite.closed) await p.pglite.close();
}

/** Every table of the schema public with its row count, in name order. */
export async function tableRowCounts(db: Database): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(db);
    counts[name] = Number(r.rows[0]!.n);
  }
  return counts;
}

function pgliteVersion(): string {
  try {
    return (createRequire(import.meta.url)('@electric-sql/pglite/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Omit<BackupManifest, 'payload'>;
}

export async function backupDatabase(config: { databaseUrl: string | undefined; dataDir: string }, out: string | undefined): Promise<BackupResult> {
  if (config.databaseUrl) throw new CliError(POSTGRES_HINT);
  if (!out) throw new CliError('Geef het bestand voor de back-up: mediatorpool backup --out <bestand>.');
  const file = path.resolve(out);
  if (existsSync(file)) throw new CliError(`${file} bestaat al; kies een nieuwe naam (een back-up overschrijft nooit een bestand).`);
  if (!existsSync(path.dirname(file))) throw new CliError(`De map ${path.dirname(file)} bestaat niet.`);
  const pgdata = path.join(config.dataDir, 'pgdata');
  if (!existsSync(pgdata)) throw new CliError(`Er is geen database in ${config.dataDir} (DATA_DIR): niets om te back-uppen.`);
  const release = await lockOrExplain(config.dataDir, 'maak de back-up');
  try {
    const p = await openPglite(pgdata);
    let manifest: Omit<BackupManifest, 'payload'>;
    let payload: Uint8Array;
    try {
      // Everything written out to the data files, so the copy needs no recovery.
      await p.pglite.exec('CHECKPOINT');
      const tables = await tableRowCounts(p.db);
      const chain = await verifyAuditChain(p.db);
      manifest = {
        format: 1,
        engine: 'pglite',
        createdAt: new Date().toISOString(),
        pgliteVersion: pgliteVersion(),
        tables,
        audit: { intact: chain.intact, links: chain.checked, head: chain.head },
      };
      payload = new Uint8Array(await (await p.pglite.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await closePglite(p);
    }
    const bytes = encodeBackup(manifest, payload);
    // Written beside the target and renamed: a backup file is whole or absent.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, bytes, { flag: 'wx' });
    await rename(partial, file);
    return { file, bytes: bytes.byteLength, manifest };
  } finally {
    await release();
  }
}

export interface RestoreOptions {
  /** Put an existing database aside (renamed, never deleted) and restore in its place. */
  force?: boolean;
  /** Asked before a forced restore; answers true to go ahead. */
  confirm?: (question: string) => Promise<boolean>;
}

export interface RestoreResult {
  dataDir: string;
  manifest: BackupManifest;
  /** Where the database that was there went (with --force). */
  setAside: string | null;
}

export async function restoreDatabase(config: { databaseUrl: string | undefined; dataDir: string }, from: string | undefined, opts: RestoreOptions = {}): Promise<RestoreResult> {
  if (config.databaseUrl) throw new CliError(POSTGRES_HINT);
  if (!from) throw new CliError('Geef het back-upbestand: mediatorpool restore <bestand>.');
  let file: Buffer;
  try {
    file = await readFile(path.resolve(from));
  } catch {
    throw new CliError(`Het back-upbestand ${from} is niet te lezen.`);
  }
  // The whole file is checked before anything on disk is touched.
  const { manifest, payload } = decodeBackup(file);
  const pgdata = path.join(config.dataDir, 'pgdata');
  const occupied = existsSync(pgdata) && readdirSync(pgdata).length > 0;
  if (occupied && !opts.force) {
    throw new CliError(
      `${pgdata} bevat al een database. Herstel gaat in een lege DATA_DIR; of gebruik --force: dan wordt de huidige database eerst opzij gezet (hernoemd, niet gewist). Er is niets veranderd.`,
    );
  }
  if (occupied) {
    const ok = await (opts.confirm ?? (async () => false))(`De database in ${pgdata} wordt opzij gezet en vervangen door de back-up van ${manifest.createdAt}. Doorgaan?`);
    if (!ok) throw new CliError('Niet bevestigd (zonder terminal: geef --yes); er is niets veranderd.');
  }
  const release = await lockOrExplain(config.dataDir, 'herstel de back-up');
  const staging = path.join(config.dataDir, `pgdata.herstel-${process.pid}`);
  try {
    if (existsSync(staging)) throw new CliError(`${staging} bestaat al (een afgebroken herstel?); verwijder die map eerst.`);
    try {
      const p = await openPglite(staging, new Blob([new Uint8Array(payload)], { type: 'application/x-gzip' })).catch((err: unknown) => {
        throw new CliError(`De back-up is niet te openen als database (${err instanceof Error ? err.message : String(err)}). Er is niets veranderd.`);
      });
      try {
        const tables = await tableRowCounts(p.db);
        const differs = Object.keys({ ...tables, ...manifest.tables }).filter((t) => tables[t] !== manifest.tables[t]);
        if (differs.length) throw new CliError(`De herstelde database wijkt af van de back-up (aantal rijen in ${differs.join(', ')}). Er is niets veranderd.`);
        const chain = await verifyAuditChain(p.db);
        if (chain.checked !== manifest.audit.links || chain.head?.hash !== manifest.audit.head?.hash) {
          throw new CliError('De auditketen van de herstelde database wijkt af van de back-up. Er is niets veranderd.');
        }
      } finally {
        await closePglite(p);
      }
    } catch (err) {
      await rm(staging, { recursive: true, force: true });
      throw err;
    }
    let setAside: string | null = null;
    if (occupied) {
      setAside = path.join(config.dataDir, `pgdata.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      await rename(pgdata, setAside);
    } else if (existsSync(pgdata)) {
      await rm(pgdata, { recursive: true }); // an empty directory
    }
    await rename(staging, pgdata);
    return { dataDir: config.dataDir, manifest, setAside };
  } finally {
    await release();
  }
}
