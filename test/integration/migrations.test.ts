import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { createEmptyPostgresDatabase, createTestDatabase, testEngines } from '../helpers/test-database.js';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../src/server/db/migrations');

/** Everything the migrations define, as sorted text, to compare two databases. */
async function describeSchema(db: Database) {
  const rows = async (query: ReturnType<typeof sql<{ d: string }>>) => (await query.execute(db)).rows.map((r) => r.d);
  return {
    columns: await rows(sql<{ d: string }>`
      SELECT concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default) AS d
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`),
    constraints: await rows(sql<{ d: string }>`
      SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`),
    indexes: await rows(sql<{ d: string }>`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    functions: await rows(sql<{ d: string }>`
      SELECT pg_get_functiondef(oid) AS d FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1`),
    triggers: await rows(sql<{ d: string }>`
      SELECT pg_get_triggerdef(oid) AS d FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`),
    migrations: await rows(sql<{ d: string }>`SELECT name AS d FROM kysely_migration ORDER BY 1`),
  };
}

for (const engine of testEngines()) {
  // The other test files start from a copy of a migrated database (test/helpers/test-database.ts);
  // this one runs every migration on an empty one, as a first start in production does.
  describe(`migrations on an empty database (${engine})`, () => {
    let empty: DatabaseHandle;
    let copy: DatabaseHandle;
    before(async () => {
      empty = engine === 'pglite' ? await openDatabase({}) : (await createEmptyPostgresDatabase()).handle;
      copy = await createTestDatabase(engine);
    });
    after(async () => {
      await empty.close();
      await copy.close();
    });

    test('every migration file runs once, in order; a second run has nothing to do', async () => {
      const files = readdirSync(MIGRATIONS_DIR)
        .filter((f) => /^\d{4}-.+\.ts$/.test(f))
        .map((f) => f.replace(/\.ts$/, ''))
        .sort();
      assert.ok(files.length > 0);
      assert.deepEqual(await migrateToLatest(empty.db), files);
      assert.deepEqual(await migrateToLatest(empty.db), []);
    });

    test('the result is the schema the test databases start from, without rows', async () => {
      assert.deepEqual(await describeSchema(empty.db), await describeSchema(copy.db));
      const tables = await sql<{ name: string }>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'`.execute(copy.db);
      assert.ok(tables.rows.length > 0);
      for (const { name } of tables.rows) {
        const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(copy.db);
        assert.equal(count.rows[0]!.n, 0, `${name} is empty`);
      }
    });
  });
}
