import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';
import { enqueueMail } from '../../src/server/mail/enqueue-mail.js';
import { OutboxMailer } from '../../src/server/jobs/outbox-mailer.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that can be told to refuse mail. */
async function startSmtp(): Promise<{ url: string; received: Received[]; refuse: { on: boolean }; close(): Promise<void> }> {
  const received: Received[] = [];
  const refuse = { on: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        if (refuse.on) return callback(new Error('451 tijdelijk niet beschikbaar'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, refuse, close: () => new Promise((r) => server.close(() => r())) };
}

for (const engine of testEngines()) {
  describe(`mail outbox (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
      smtp = await startSmtp();
    });
    after(async () => {
      await smtp.close();
      await t.close();
    });

    test('queued mail is sent over SMTP once, with its attachment, and marked sent', async () => {
      const id = await enqueueMail(t.handle.db, {
        poolId: world.pool.id,
        kind: 'test',
        to: 'ontvanger@gemeente.test',
        subject: 'Sessie gepland',
        text: 'Beste ontvanger, tot dan.',
        attachments: [{ filename: 'sessie.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') }],
      });
      const mailer = new OutboxMailer({ db: t.handle.db, smtpUrl: smtp.url, from: 'pool@gemeente.test' });
      assert.equal(await mailer.sendDue(), 1);
      assert.equal(await mailer.sendDue(), 0, 'nothing is sent twice');
      await mailer.stop();
      assert.equal(smtp.received.length, 1);
      assert.deepEqual(smtp.received[0]!.to, ['ontvanger@gemeente.test']);
      assert.match(smtp.received[0]!.raw, /Subject: Sessie gepland/);
      assert.match(smtp.received[0]!.raw, /sessie\.ics/);
      const row = await t.handle.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'sent');
      assert.ok(row.sent_at);
    });

    test('a refused mail stays queued with the error and a later retry time', async () => {
      smtp.refuse.on = true;
      const id = await enqueueMail(t.handle.db, { poolId: world.pool.id, kind: 'test', to: 'later@gemeente.test', subject: 'Later', text: 'x' });
      const mailer = new OutboxMailer({ db: t.handle.db, smtpUrl: smtp.url, from: 'pool@gemeente.test' });
      await mailer.sendDue();
      await mailer.stop();
      smtp.refuse.on = false;
      const row = await t.handle.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'queued');
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /451/);
      assert.ok(row.next_attempt_at.getTime() > Date.now());
    });

    test('admins see the outbox and can retry a failed mail; others cannot', async () => {
      const id = await enqueueMail(t.handle.db, { poolId: world.pool.id, kind: 'test', to: 'mislukt@gemeente.test', subject: 'Mislukt', text: 'x' });
      await t.handle.db.updateTable('mail_outbox').set({ status: 'failed', attempts: 10, last_error: 'kapot' }).where('id', '=', id).execute();
      const admin = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
      const list = (await admin.get('/api/v1/mail-outbox?status=failed')).json();
      assert.deepEqual(list.items.map((m: { id: string }) => m.id), [id]);
      assert.equal((await admin.post(`/api/v1/mail-outbox/${id}/retries`)).statusCode, 202);
      assert.equal((await admin.post(`/api/v1/mail-outbox/${id}/retries`)).statusCode, 409, 'a queued mail cannot be retried');
      const coordinator = await new Agent(t.app).login(world.users.coordinator.email, world.users.coordinator.password);
      assert.equal((await coordinator.get('/api/v1/mail-outbox')).statusCode, 403);
      assert.equal((await coordinator.post(`/api/v1/mail-outbox/${id}/retries`)).statusCode, 404);
    });
  });
}
