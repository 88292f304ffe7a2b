import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Community (issue 16, items 1, 2 and 7).
 *
 * 1. Upkeep entries earned elsewhere in the product (intervision attendance, a training's
 *    attendance): `source_type` and `source_id` name what earned them, so recording the same
 *    attendance twice inserts one entry and correcting it removes exactly that entry
 *    (registry module, recordEarnedPoints / withdrawEarnedPoints). Manual entries keep both null.
 */
const statements = [
  `ALTER TABLE upkeep_entry ADD COLUMN source_type text CHECK (source_type IS NULL OR length(source_type) BETWEEN 1 AND 40)`,
  `ALTER TABLE upkeep_entry ADD COLUMN source_id uuid`,
  `ALTER TABLE upkeep_entry ADD CONSTRAINT upkeep_entry_source_pair CHECK ((source_type IS NULL) = (source_id IS NULL))`,
  `CREATE UNIQUE INDEX upkeep_entry_source_idx ON upkeep_entry (mediator_id, source_type, source_id) WHERE source_type IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP INDEX upkeep_entry_source_idx',
    'ALTER TABLE upkeep_entry DROP CONSTRAINT upkeep_entry_source_pair',
    'ALTER TABLE upkeep_entry DROP COLUMN source_id',
    'ALTER TABLE upkeep_entry DROP COLUMN source_type',
  ]);
}
