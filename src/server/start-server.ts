import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from './config.js';
import { lockDataDir } from './db/data-dir-lock.js';
import type { DatabaseHandle } from './db/database.js';
import { describeDatabaseAccess, openServerDatabase } from './db/server-database.js';
import { buildApp } from './app.js';
import { describeFirstStart, prepareFirstStart } from './bootstrap/first-start.js';
import { OutboxMailer, requeueInterruptedMail } from './jobs/outbox-mailer.js';
import { scheduleDeadlineDigest } from './jobs/deadline-digest.js';
import { scheduleAftercareReminders } from './jobs/aftercare-reminder.js';
import { scheduleCaseDiscussionDigest } from './jobs/case-discussion-digest.js';
import { scheduleRetention } from './jobs/retention.js';

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  stop(): Promise<void>;
}

/**
 * Opens the database (locking a PGlite directory), migrates it as the owner, prepares the first
 * start and listens, working as the restricted runtime role on PostgreSQL (server-database.ts).
 */
export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const release = config.databaseUrl ? async () => {} : await lockDataDir(config.dataDir);
  let handle: DatabaseHandle | undefined;
  try {
    const opened = await openServerDatabase({ databaseUrl: config.databaseUrl, databaseOwnerUrl: config.databaseOwnerUrl, dataDir: config.dataDir });
    handle = opened.handle;
    const first = await prepareFirstStart(handle.db, { demo: config.demo, baseUrl: config.baseUrl });
    const app = await buildApp({
      db: handle.db,
      config,
      logger: { level: config.logLevel },
      trustProxy: process.env.TRUST_PROXY === 'true',
    });
    await requeueInterruptedMail(handle.db);
    const delivery = config.smtpUrl ? { smtpUrl: config.smtpUrl } : config.mailDir ? { mailDir: config.mailDir } : undefined;
    const mailer = delivery ? new OutboxMailer({ db: handle.db, delivery, from: config.mailFrom, log: app.log }) : undefined;
    await app.listen({ port: config.port, host: config.host });
    mailer?.start();
    const stopDigest = scheduleDeadlineDigest(handle.db, { baseUrl: config.baseUrl, log: app.log });
    const stopAftercare = scheduleAftercareReminders(handle.db, { baseUrl: config.baseUrl, log: app.log });
    const stopDiscussionDigest = scheduleCaseDiscussionDigest(handle.db, { baseUrl: config.baseUrl, log: app.log });
    const stopRetention = scheduleRetention(handle.db, { log: app.log });

    const where = config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
    // One write: whoever watches the output (a supervisor, the process test) sees the whole start
    // message at once, never the "running" line without what the first start prepared.
    const lines = [`\nMediatorpool is running at ${config.baseUrl} on ${where}.`];
    const access = describeDatabaseAccess(opened.access);
    if (access) lines.push(access);
    if (config.mailDir) lines.push(`MAIL_DIR is set: every mail is written as an .eml file to ${config.mailDir}.`);
    else if (!config.smtpUrl) lines.push('SMTP_URL is not set: mail stays in the outbox (Beheer → Uitgaande e-mail). Set MAIL_DIR to receive it as files.');
    const text = describeFirstStart(first, config.baseUrl);
    if (text) lines.push(text);
    console.log(lines.join('\n'));

    const db = handle;
    return {
      app,
      config,
      stop: async () => {
        stopDigest();
        stopRetention();
        stopAftercare();
        stopDiscussionDigest();
        await app.close();
        await mailer?.stop();
        await db.close();
        await release();
      },
    };
  } catch (err) {
    await handle?.close().catch(() => {});
    await release();
    throw err;
  }
}
