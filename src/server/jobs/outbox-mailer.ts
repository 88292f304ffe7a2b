import nodemailer, { type Transporter } from 'nodemailer';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { MAX_MAIL_ATTEMPTS, nextRetryDelayMs } from '../../domain/retry-backoff.js';
import type { FastifyBaseLogger } from 'fastify';

export interface OutboxMailerOptions {
  db: Database;
  /** Where mail goes: an SMTP server, or (to try the product without one) a folder of .eml files. */
  delivery: { smtpUrl: string } | { mailDir: string };
  from: string;
  log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  batchSize?: number;
}

/**
 * How long a claim ('sending') holds: a mail claimed longer ago than this belongs to a process that
 * died mid-send, and the next start puts it back in the queue. One send is bounded well within it
 * (SMTP_TIMEOUTS), and a mail is claimed only when its own send begins.
 */
const SENDING_CLAIM_MINUTES = 10;

/** Every step of one SMTP send has a limit, so a hanging server cannot outlast the claim. */
const SMTP_TIMEOUTS = { connectionTimeout: 60_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Sends queued mail over SMTP. Several app instances run this side by side on one database: each
 * claims one mail at a time with FOR UPDATE SKIP LOCKED, right before sending it, and the claim
 * records its time (next_attempt_at, while 'sending'), so no other instance sends it, nor puts it
 * back in the queue at its start-up while this one is still sending. A sent mail keeps only what
 * operations need (recipient, subject, kind, status, times): its body is emptied.
 */
export class OutboxMailer {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly opts: OutboxMailerOptions) {
    const d = opts.delivery;
    if ('mailDir' in d) mkdirSync(d.mailDir, { recursive: true, mode: 0o700 });
    this.transport = 'smtpUrl' in d ? nodemailer.createTransport({ url: d.smtpUrl, ...SMTP_TIMEOUTS }) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Sends what is due now (at most batchSize mails); returns how many mails were handled. */
  async sendDue(): Promise<number> {
    const limit = this.opts.batchSize ?? 20;
    let handled = 0;
    while (handled < limit) {
      const mail = await this.claimNext();
      if (!mail) break;
      await this.send(mail);
      handled++;
    }
    return handled;
  }

  /** The next due mail, marked 'sending' as of now; undefined when none is due or all are being sent. */
  private claimNext() {
    return this.opts.db
      .updateTable('mail_outbox')
      // The database's clock, not ours, for every time compared with next_attempt_at: it defaults
      // to now() with microseconds, and the instances' clocks need not agree.
      .set({ status: 'sending', attempts: sql`attempts + 1`, next_attempt_at: sql<Date>`now()` })
      .where('id', '=', (eb) =>
        eb
          .selectFrom('mail_outbox')
          .select('id')
          .where('status', '=', 'queued')
          .where('next_attempt_at', '<=', sql<Date>`now()`)
          .orderBy('next_attempt_at')
          .limit(1)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .executeTakeFirst();
  }

  private async send(mail: NonNullable<Awaited<ReturnType<OutboxMailer['claimNext']>>>): Promise<void> {
    try {
      const info: unknown = await this.transport.sendMail({
        from: this.opts.from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.body_text,
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64') })),
      });
      const d = this.opts.delivery;
      // Only the addressee's own copy keeps the body: a file readable by the server's user alone.
      if ('mailDir' in d) writeFileSync(path.join(d.mailDir, mailFileName(mail)), (info as { message: Buffer }).message, { mode: 0o600 });
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

  start(intervalMs = 5000): void {
    const tick = () => {
      // One pass at a time in this instance: a slow SMTP server does not pile passes up, and stop()
      // waits for the one that runs.
      if (this.running) return;
      this.running = this.sendDue()
        .catch((err: unknown) => {
          this.opts.log?.error({ err }, 'outbox mailer tick failed');
          return 0;
        })
        .finally(() => {
          this.running = undefined;
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

/** `2026-12-06T09-30-00-000Z-hans@meppel.nl-<id>.eml`: sorted by time, findable by addressee. */
export function mailFileName(mail: { id: string; to_address: string; created_at: Date }): string {
  const at = mail.created_at.toISOString().replace(/[:.]/g, '-');
  const to = mail.to_address.replace(/[^A-Za-z0-9@._+-]/g, '_').slice(0, 100);
  return `${at}-${to}-${mail.id}.eml`;
}

/**
 * Mails left 'sending' by a process that died mid-send go back to the queue at start-up: those
 * claimed longer ago than a send can take. A mail another instance is sending right now stays its own.
 */
export async function requeueInterruptedMail(db: Database): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'queued' })
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<', sql<Date>`now() - make_interval(mins => ${SENDING_CLAIM_MINUTES})`)
    .execute();
}
