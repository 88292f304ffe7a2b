import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A pool's own words on its public page in the directory (issue 15, item 3): what the pool does
 * and how to ask for mediation, kept by the pool's administrator. Plain text with a length limit;
 * the contact stays in `pool_settings` (one source of truth, also used in mails). `version`
 * guards the editor: a save names the version it started from. A pool without a row shows the
 * directory's general text, so existing pools need nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
      CREATE TABLE directory_pool_text (
        pool_id uuid PRIMARY KEY REFERENCES pool(id) ON DELETE CASCADE,
        description text NOT NULL CHECK (char_length(description) <= 1000),
        how_to_ask text NOT NULL CHECK (char_length(how_to_ask) <= 2000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL
      )
    `,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE directory_pool_text']);
}
