import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';
import { enqueueMail } from '../../src/server/mail/enqueue-mail.js';
import { OutboxMailer } from '../../src/server/jobs/outbox-mailer.js';
import { createDemoMatchingPool, createMatchingCase, declaration } from '../helpers/matching-factories.js';

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
      const mailer = new OutboxMailer({ db: t.handle.db, delivery: { smtpUrl: smtp.url }, from: 'pool@gemeente.test' });
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
      const mailer = new OutboxMailer({ db: t.handle.db, delivery: { smtpUrl: smtp.url }, from: 'pool@gemeente.test' });
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

  describe(`mail outbox shows no secret links or case content (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createDemoMatchingPool>>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      smtp = await startSmtp();
    });
    after(async () => {
      await smtp.close();
      await t.close();
    });

    test('a password reset, an invitation and a consent request: the administrator reads neither link nor party; bodies go once sent', async () => {
      const admin = await new Agent(t.app).login(w.users.admin.email, w.users.admin.password);
      const coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
      const mediator = await new Agent(t.app).login(w.mediators.steenwijkerland.user.email, w.mediators.steenwijkerland.user.password);

      // The coordinator's password reset: the link would let the administrator take the account over.
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: w.users.coordinator.email } })).statusCode, 202);
      // An invitation to a new account.
      const invited = await admin.post('/api/v1/invitations', { email: 'pieter@gemeente.test', name: 'Pieter de Vries', roles: ['contact'], municipalityId: null });
      assert.equal(invited.statusCode, 201, invited.body);
      // A consent request to a party, after the proposed mediator accepted.
      const c = await createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
      const proposal = await coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.steenwijkerland.profile.id });
      assert.equal(proposal.statusCode, 201, proposal.body);
      assert.equal((await mediator.post(`/api/v1/proposals/${proposal.json().id}/accept`, declaration())).statusCode, 200);

      const queued = await t.handle.db.selectFrom('mail_outbox').selectAll().where('pool_id', '=', w.pool.id).execute();
      const kinds = new Set(queued.map((m) => m.kind));
      for (const kind of ['password-reset', 'invitation', 'matching.consent-request']) assert.ok(kinds.has(kind), `a ${kind} mail is queued`);
      // Every link in every body, and the secret at its end.
      const links = queued.flatMap((m) => m.body_text.match(/https?:\/\/\S+/g) ?? []);
      assert.ok(links.some((l) => l.includes('/wachtwoord-herstellen/')) && links.some((l) => l.includes('/uitnodiging/')) && links.some((l) => l.includes('/instemming/')));
      const secrets = links.map((l) => l.split('/').pop()!).filter((s) => s.length >= 16);
      assert.ok(secrets.length >= 3);

      const res = await admin.get('/api/v1/mail-outbox?pageSize=100');
      assert.equal(res.statusCode, 200);
      const page = res.json() as { total: number; items: Record<string, unknown>[] };
      assert.equal(page.total, queued.length);
      const json = res.body;
      for (const link of links) assert.ok(!json.includes(link), `no link in the outbox view: ${link}`);
      for (const secret of secrets) assert.ok(!json.includes(secret), 'no token in the outbox view');
      for (const content of [c.title, 'VERTROUWELIJK', ...c.parties.map((p) => p.name), 'Beste ']) {
        assert.ok(!json.includes(content), `no case content or mail text in the outbox view: ${content}`);
      }
      for (const item of page.items) {
        assert.deepEqual(Object.keys(item).sort(), ['allowedActions', 'attempts', 'createdAt', 'id', 'kind', 'lastError', 'nextAttemptAt', 'sentAt', 'status', 'subject', 'to']);
      }

      // Once sent, the body and attachments are gone from the database too.
      const mailer = new OutboxMailer({ db: t.handle.db, delivery: { smtpUrl: smtp.url }, from: 'pool@gemeente.test', batchSize: 100 });
      assert.equal(await mailer.sendDue(), queued.length);
      await mailer.stop();
      assert.equal(smtp.received.length, queued.length, 'every addressee got their mail');
      const sent = await t.handle.db.selectFrom('mail_outbox').selectAll().where('pool_id', '=', w.pool.id).execute();
      for (const m of sent) {
        assert.equal(m.status, 'sent');
        assert.equal(m.body_text, '', `the body of ${m.kind} is dropped once sent`);
        assert.deepEqual(m.attachments, []);
        assert.ok(m.subject.length > 0 && m.to_address.length > 0, 'what operations need stays');
      }
    });

    test('a mail that could not be sent keeps its body for the next attempt', async () => {
      smtp.refuse.on = true;
      const id = await enqueueMail(t.handle.db, { poolId: w.pool.id, kind: 'test', to: 'later@gemeente.test', subject: 'Later', text: 'Beste later, https://pool.test/x' });
      const mailer = new OutboxMailer({ db: t.handle.db, delivery: { smtpUrl: smtp.url }, from: 'pool@gemeente.test' });
      await mailer.sendDue();
      await mailer.stop();
      smtp.refuse.on = false;
      const row = await t.handle.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'queued');
      assert.equal(row.body_text, 'Beste later, https://pool.test/x');
      const admin = await new Agent(t.app).login(w.users.admin.email, w.users.admin.password);
      assert.ok(!(await admin.get('/api/v1/mail-outbox')).body.includes('pool.test/x'), 'the view never shows it');
    });

    test('without a mail server (MAIL_DIR), each mail becomes an .eml file for its addressee, and the body leaves the database', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-mail-'));
      try {
        const id = await enqueueMail(t.handle.db, { poolId: w.pool.id, kind: 'test', to: 'marieke@example.org', subject: 'Uw instemming', text: 'Beste Marieke, https://pool.test/instemming/geheim' });
        const mailer = new OutboxMailer({ db: t.handle.db, delivery: { mailDir: dir }, from: 'pool@gemeente.test', batchSize: 100 });
        assert.ok((await mailer.sendDue()) >= 1);
        await mailer.stop();
        const row = await t.handle.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        assert.equal(row.status, 'sent');
        assert.equal(row.body_text, '');
        const file = readdirSync(dir).find((f) => f.endsWith(`-${id}.eml`));
        assert.ok(file, 'the mail is a file named by its time, addressee and id');
        assert.match(file, /marieke@example\.org/);
        const eml = readFileSync(path.join(dir, file), 'utf8');
        assert.match(eml, /^To: marieke@example\.org$/m);
        assert.match(eml, /https:\/\/pool\.test\/instemming\/geheim/);
        assert.equal(statSync(path.join(dir, file)).mode & 0o077, 0, 'readable by the server user alone');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
