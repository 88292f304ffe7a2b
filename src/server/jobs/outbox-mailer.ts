import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { MAX_MAIL_ATTEMPTS, nextRetryDelayMs } from '../../domain/retry-backoff.js';
import type { FastifyBaseLogger } from 'fastify';

export interface OutboxMailerOptions {
  db: Database;
  smtpUrl: string;
  from: string;
  log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  batchSize?: number;
}

/**
 * Sends queued mail over SMTP. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app
 * instances can run this job side by side without sending a mail twice. A sent mail keeps only
 * what operations need (recipient, subject, kind, status, times): its body is emptied.
 */
export class OutboxMailer {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly opts: OutboxMailerOptions) {
    this.transport = nodemailer.createTransport(opts.smtpUrl);
  }

  /** Sends what is due now; returns how many mails were handled. */
  async sendDue(): Promise<number> {
    const claimed = await this.opts.db
      .updateTable('mail_outbox')
      .set({ status: 'sending', attempts: sql`attempts + 1` })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('mail_outbox')
          .select('id')
          .where('status', '=', 'queued')
          // The database's clock, not ours: next_attempt_at defaults to now() with microseconds,
          // so a JavaScript Date of the same millisecond would find a fresh mail not yet due.
          .where('next_attempt_at', '<=', sql<Date>`now()`)
          .orderBy('next_attempt_at')
          .limit(this.opts.batchSize ?? 20)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute();

    for (const mail of claimed) {
      try {
        await this.transport.sendMail({
          from: this.opts.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.body_text,
          attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64') })),
        });
        // Sent: the body and attachments (secret links, case content) are the addressee's alone now.
        // A mail that fails keeps them for the next attempt or an administrator's retry.
        await this.opts.db
          .updateTable('mail_outbox')
          .set({ status: 'sent', sent_at: new Date(), last_error: null, body_text: '', attachments: '[]' })
          .where('id', '=', mail.id)
          .execute();
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const failed = mail.attempts >= MAX_MAIL_ATTEMPTS;
        await this.opts.db
          .updateTable('mail_outbox')
          .set({
            status: failed ? 'failed' : 'queued',
            last_error: message.slice(0, 1000),
            next_attempt_at: new Date(Date.now() + nextRetryDelayMs(mail.attempts)),
          })
          .where('id', '=', mail.id)
          .execute();
        this.opts.log?.warn({ mailId: mail.id, attempts: mail.attempts, err: message }, failed ? 'mail failed for good' : 'mail send failed, will retry');
      }
    }
    return claimed.length;
  }

  start(intervalMs = 5000): void {
    const tick = () => {
      this.running = this.sendDue().catch((err: unknown) => {
        this.opts.log?.error({ err }, 'outbox mailer tick failed');
        return 0;
      });
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }
}

/** Mails left 'sending' by a process that died mid-send go back to the queue at start-up. */
export async function requeueInterruptedMail(db: Database): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'queued' })
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<', new Date(Date.now() - 10 * 60_000))
    .execute();
}
