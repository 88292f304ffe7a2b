import type { Kysely } from 'kysely';
import type { DB, MailAttachment } from '../db/schema.js';

export interface OutgoingMail {
  poolId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/**
 * Puts a mail in the outbox. Call it inside the transaction of the action that causes the mail:
 * if the action rolls back, no mail goes out; if SMTP is down, the mail waits in the outbox.
 */
export async function enqueueMail(db: Kysely<DB>, mail: OutgoingMail): Promise<string> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      pool_id: mail.poolId,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      attachments: JSON.stringify(mail.attachments ?? []),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
