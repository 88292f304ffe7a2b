import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A sent mail keeps only what operations need. Its body and attachments held live links
 * (password reset, invitation, consent, survey) and case content that only the addressee may
 * read; the outbox mailer now empties them when a mail is sent, and this empties them for the
 * mail that was sent before. Mail that waits or failed keeps its body for the next attempt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [`UPDATE mail_outbox SET body_text = '', attachments = '[]'::jsonb WHERE status = 'sent'`]);
}

/** What was emptied cannot come back; nothing to undo. */
export async function down(): Promise<void> {}
