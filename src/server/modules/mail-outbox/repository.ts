import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MailStatus } from '../../../contract/mail-outbox.js';
import { cappedCount, pageWindow, type PageRequest } from '../../db/paging.js';

/** All of the mail-outbox module's SQL (the sending job keeps its own, in src/server/jobs). */

/** What the outbox view may show; never body_text or attachments (secret links, case content). */
const LISTED_COLUMNS = ['id', 'pool_id', 'kind', 'to_address', 'subject', 'status', 'attempts', 'next_attempt_at', 'last_error', 'created_at', 'sent_at'] as const;

/** One page, newest first (indexes of migration 0016), with the total counted up to LIST_REACH. */
export async function listOutboxMail(db: Kysely<DB>, poolId: string, status: MailStatus | undefined, page: PageRequest) {
  const window = pageWindow(page);
  let q = db.selectFrom('mail_outbox').where('pool_id', '=', poolId);
  if (status) q = q.where('status', '=', status);
  const counted = await cappedCount(db, q);
  const rows = await q.select(LISTED_COLUMNS).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(window.limit).offset(window.offset).execute();
  return { rows, counted };
}

export const findOutboxMail = (db: Kysely<DB>, poolId: string, mailId: string) =>
  db.selectFrom('mail_outbox').select(['id', 'pool_id', 'status']).where('id', '=', mailId).where('pool_id', '=', poolId).executeTakeFirst();

/** Puts a failed mail back in the queue; false when it is no longer failed (someone else was first). */
export async function requeueFailedMail(db: Kysely<DB>, mailId: string): Promise<boolean> {
  const moved = await db
    .updateTable('mail_outbox')
    .set({ status: 'queued', attempts: 0, next_attempt_at: new Date(), last_error: null })
    .where('id', '=', mailId)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}
