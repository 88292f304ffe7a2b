import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Where parties and users turn with a question: the pool's contact address and telephone number.
 * Parties receive mail from a no-reply address and act through links without an account, so the
 * consent and survey pages and mails need a way to reach the coordinator. Both are optional.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE pool_settings ADD COLUMN contact_email text CHECK (length(contact_email) <= 254)',
    'ALTER TABLE pool_settings ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 40)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['ALTER TABLE pool_settings DROP COLUMN contact_phone', 'ALTER TABLE pool_settings DROP COLUMN contact_email']);
}
