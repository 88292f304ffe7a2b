import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Benchmark across pools (issue 15, item 5): a pool's administrator agrees (or stops agreeing) to
 * be compared with the other pools of the installation that agreed. Off for every pool, old and
 * new, until its administrator switches it on; the demo seed switches its own pools on.
 *
 * One column with a default (safe on existing data) and a partial index, so the comparison finds
 * the pools that agreed without reading every pool's settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE pool_settings ADD COLUMN compare_with_other_pools boolean NOT NULL DEFAULT false',
    'CREATE INDEX pool_settings_compared_idx ON pool_settings (pool_id) WHERE compare_with_other_pools',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP INDEX pool_settings_compared_idx', 'ALTER TABLE pool_settings DROP COLUMN compare_with_other_pools']);
}
