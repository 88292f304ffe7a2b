import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { sql } from 'kysely';
import { Agent, buildTestApp } from '../helpers/test-app.js';
import { createEmptyPostgresDatabase } from '../helpers/test-database.js';
import { caseWithMediator } from '../helpers/hours-factories.js';
import { referralBody } from '../helpers/case-factories.js';
import { createDemoMatchingPool, matchingAgents, type MatchingAgents, type MatchingWorld } from '../helpers/matching-factories.js';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { enqueueMail } from '../../src/server/mail/enqueue-mail.js';
import { OutboxMailer, requeueInterruptedMail } from '../../src/server/jobs/outbox-mailer.js';
import { runDeadlineDigest } from '../../src/server/jobs/deadline-digest.js';
import { runAftercareReminders } from '../../src/server/jobs/aftercare-reminder.js';
import { prepareFirstStart } from '../../src/server/bootstrap/first-start.js';
import { isoDateInZone } from '../../src/domain/calendar/iso-date.js';

/**
 * Issue 13, item 7: two app instances on one PostgreSQL database, as a national installation runs
 * them behind a load balancer. Each instance is the real app with its own connection pool (its own
 * in-memory state), so whatever holds here holds through the database alone: sessions, the outbox
 * (each mail delivered once over real SMTP), the daily jobs (each reminder once) and the races that
 * must have one winner. PGlite is one process's embedded database: there is no second instance.
 */

interface Delivery {
  to: string;
  subject: string;
}

/**
 * A real SMTP server on loopback that records each delivery. `hold()` keeps every mail that
 * arrives from being answered until `release()`, so a test can stop a sender in the middle of a send.
 */
async function startSmtpSink() {
  const delivered: Delivery[] = [];
  const arrivalWaiters: { n: number; resolve: () => void }[] = [];
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        const subject = /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '';
        for (const to of session.envelope.rcptTo) delivered.push({ to: to.address, subject });
        for (const w of arrivalWaiters.filter((x) => delivered.length >= x.n)) {
          arrivalWaiters.splice(arrivalWaiters.indexOf(w), 1);
          w.resolve();
        }
        void (gate ?? Promise.resolve()).then(() => callback());
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    /** Resolves once `n` deliveries have arrived in all (answered or held). */
    arrivals: (n: number) => new Promise<void>((resolve) => (delivered.length >= n ? resolve() : arrivalWaiters.push({ n, resolve }))),
    hold: () => {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release: () => {
      open?.();
      gate = undefined;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A second connection pool on the same database: what a second instance opens. */
async function openSecondInstanceDatabase(name: string): Promise<DatabaseHandle> {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
}

/** Both instances' mailers at the same moment, again and again, until neither finds anything to send. */
async function drainOutboxTogether(mailers: OutboxMailer[]): Promise<number> {
  let total = 0;
  for (;;) {
    const handled = await Promise.all(mailers.map((m) => m.sendDue()));
    total += handled.reduce((a, b) => a + b, 0);
    if (handled.every((n) => n === 0)) return total;
  }
}

const key = (d: Delivery) => `${d.to} | ${d.subject}`;

/** Each (addressee, subject) and how often it was delivered. */
function countDeliveries(delivered: Delivery[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of delivered) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return counts;
}

const skip = process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (CI sets it): two instances need a PostgreSQL server';

describe('two app instances on one PostgreSQL database', { skip }, () => {
  let main: { handle: DatabaseHandle; name: string };
  let second: DatabaseHandle;
  let dbA: Database;
  let dbB: Database;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let mailerA: OutboxMailer;
  let mailerB: OutboxMailer;
  let w: MatchingWorld;
  let onA: MatchingAgents;
  let onB: MatchingAgents;

  before(async () => {
    main = await createEmptyPostgresDatabase();
    await migrateToLatest(main.handle.db);
    second = await openSecondInstanceDatabase(main.name);
    dbA = main.handle.db;
    dbB = second.db;
    appA = await buildTestApp(dbA);
    appB = await buildTestApp(dbB);
    smtp = await startSmtpSink();
    mailerA = new OutboxMailer({ db: dbA, delivery: { smtpUrl: smtp.url }, from: 'pool@mediatorpool.test' });
    mailerB = new OutboxMailer({ db: dbB, delivery: { smtpUrl: smtp.url }, from: 'pool@mediatorpool.test' });
    w = await createDemoMatchingPool(dbA);
    onA = await matchingAgents(() => new Agent(appA), w);
    onB = await matchingAgents(() => new Agent(appB), w);
  });
  after(async () => {
    await mailerA?.stop();
    await mailerB?.stop();
    await smtp?.close();
    await appA?.close();
    await appB?.close();
    await second?.close();
    await main?.handle.close();
  });

  /** The same browser (cookie and CSRF code) talking to instance B. */
  function sameBrowserOn(app: FastifyInstance, agent: Agent): Agent {
    const other = new Agent(app);
    other.cookie = agent.cookie;
    other.csrf = agent.csrf;
    return other;
  }

  test('a session started on A works on B, for reading and writing; signing out on A ends it on B', async () => {
    const a = await new Agent(appA).login(w.users.coordinator.email, w.users.coordinator.password);
    const b = sameBrowserOn(appB, a);
    const current = await b.get('/api/v1/sessions/current');
    assert.equal(current.statusCode, 200, current.body);
    assert.equal(current.json().user.email, w.users.coordinator.email);
    const referred = await b.post('/api/v1/cases', referralBody(w.municipalities.meppel.id));
    assert.equal(referred.statusCode, 201, `a write with the CSRF code issued by A: ${referred.body}`);

    assert.equal((await a.delete('/api/v1/sessions/current')).statusCode, 204);
    assert.equal((await b.get('/api/v1/sessions/current')).statusCode, 401, 'signed out on A: B knows');
    assert.equal((await b.post('/api/v1/cases', referralBody(w.municipalities.meppel.id))).statusCode, 401);
  });

  test('wrong passwords sent to both instances at the same moment get no more tries than on one', async () => {
    const signIn = (app: FastifyInstance, i: number) =>
      app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: w.users.finance.email, password: `geraden-${i}-fout` }, remoteAddress: '203.0.113.90' });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(i % 2 === 0 ? appA : appB, i)));
    const codes = answers.map((r) => r.statusCode);
    assert.equal(codes.filter((c) => c === 401).length, 5, codes.join(' '));
    assert.equal(codes.filter((c) => c === 429).length, 7, codes.join(' '));
  });

  test('queued mail is delivered exactly once when both instances send at the same moment', async () => {
    const subjects = Array.from({ length: 45 }, (_, i) => `Tegelijk verstuurd ${i + 1}`);
    for (const subject of subjects) await enqueueMail(dbA, { poolId: w.pool.id, kind: 'two-instances', to: 'ontvanger@gemeente.test', subject, text: 'x' });
    await drainOutboxTogether([mailerA, mailerB]);
    const counts = countDeliveries(smtp.delivered);
    for (const subject of subjects) assert.equal(counts.get(`ontvanger@gemeente.test | ${subject}`), 1, subject);
    const left = await dbA.selectFrom('mail_outbox').select('status').where('kind', '=', 'two-instances').where('status', '!=', 'sent').execute();
    assert.deepEqual(left, []);
  });

  test('both instances’ mailers running as the server starts them: each mail once, all marked sent after a clean stop', async () => {
    const subjects = Array.from({ length: 12 }, (_, i) => `Achter de schermen ${i + 1}`);
    for (const subject of subjects) await enqueueMail(dbA, { poolId: w.pool.id, kind: 'two-instances-running', to: 'lopend@gemeente.test', subject, text: 'x' });
    const before = smtp.delivered.length;
    const running = [dbA, dbB].map((db) => new OutboxMailer({ db, delivery: { smtpUrl: smtp.url }, from: 'pool@mediatorpool.test' }));
    for (const m of running) m.start();
    await smtp.arrivals(before + subjects.length);
    await Promise.all(running.map((m) => m.stop()));
    const counts = countDeliveries(smtp.delivered.slice(before));
    assert.deepEqual(subjects.map((s) => counts.get(`lopend@gemeente.test | ${s}`)), Array(subjects.length).fill(1));
    const rows = await dbA.selectFrom('mail_outbox').select('status').where('kind', '=', 'two-instances-running').execute();
    assert.deepEqual(rows.map((r) => r.status), Array(subjects.length).fill('sent'), 'stop() waits for the pass that runs');
  });

  test('an instance that starts while another is sending does not send that mail again', async () => {
    // Mail that waited in the outbox for a while (SMTP_URL set only later, or the server was down).
    const subjects = ['Wachtte al 1', 'Wachtte al 2', 'Wachtte al 3'];
    for (const subject of subjects) {
      const id = await enqueueMail(dbA, { poolId: w.pool.id, kind: 'two-instances-start', to: 'wachtend@gemeente.test', subject, text: 'x' });
      await dbA.updateTable('mail_outbox').set({ next_attempt_at: sql<Date>`now() - interval '1 hour'` }).where('id', '=', id).execute();
    }
    const before = smtp.delivered.length;
    smtp.hold();
    // A is in the middle of sending: its first mail is at the SMTP server, not yet answered.
    const sendingOnA = mailerA.sendDue();
    await smtp.arrivals(before + 1);
    // B starts now (startServer: requeue what a dead process left 'sending', then its mailer).
    await requeueInterruptedMail(dbB);
    const sendingOnB = mailerB.sendDue();
    await smtp.arrivals(before + 2);
    smtp.release();
    await Promise.all([sendingOnA, sendingOnB]);
    await drainOutboxTogether([mailerA, mailerB]);

    const counts = countDeliveries(smtp.delivered.slice(before));
    assert.deepEqual(
      subjects.map((s) => counts.get(`wachtend@gemeente.test | ${s}`)),
      [1, 1, 1],
      `each mail once: ${JSON.stringify([...counts])}`,
    );
  });

  test('a mail an instance left half-sent when it died goes out once, from the next instance that starts', async () => {
    const id = await enqueueMail(dbA, { poolId: w.pool.id, kind: 'two-instances-crash', to: 'achtergebleven@gemeente.test', subject: 'Bleef hangen', text: 'x' });
    // Claimed an hour ago by a process that is gone: no send takes that long.
    await dbA.updateTable('mail_outbox').set({ status: 'sending', attempts: 1, next_attempt_at: sql<Date>`now() - interval '1 hour'` }).where('id', '=', id).execute();
    const before = smtp.delivered.length;
    await requeueInterruptedMail(dbB);
    await drainOutboxTogether([mailerA, mailerB]);
    assert.deepEqual(smtp.delivered.slice(before), [{ to: 'achtergebleven@gemeente.test', subject: 'Bleef hangen' }]);
    const row = await dbA.selectFrom('mail_outbox').select(['status', 'attempts']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'sent', attempts: 2 });
  });

  test('the deadline digest and the aftercare reminders run on both instances at the same moment: each mail goes out once', async () => {
    const now = new Date();
    const today = isoDateInZone(now);
    // Overdue: referred long ago, the first-contact norm has passed.
    const overdue = (await onA.contact.post('/api/v1/cases', referralBody(w.municipalities.meppel.id))).json() as { id: string; number: string };
    await dbA.updateTable('mediation_case').set({ first_contact_due_on: '2026-01-05', referred_on: '2025-12-29' }).where('id', '=', overdue.id).execute();
    // Three concluded cases whose aftercare check is due today.
    const concluded = [];
    for (let i = 0; i < 3; i++) {
      const c = await caseWithMediator(appA, dbA, onA.coordinator, { poolId: w.pool.id, municipalityId: w.municipalities.meppel.id, mediatorProfileId: w.mediators.westerveld.profile.id });
      const put = await onB.coordinator.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/outcome`, payload: { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: false } });
      assert.equal(put.statusCode, 200, put.body);
      const done = await onA.coordinator.post(`/api/v1/cases/${c.id}/transitions`, { to: 'concluded', from: 'in_progress' });
      assert.equal(done.statusCode, 200, done.body);
      await dbA.updateTable('case_outcome').set({ aftercare_due_on: today }).where('case_id', '=', c.id).execute();
      concluded.push(c);
    }
    const before = smtp.delivered.length;

    const opts = { baseUrl: 'https://mediatorpool.example', now };
    const [digestA, digestB, aftercareA, aftercareB] = await Promise.all([
      runDeadlineDigest(dbA, opts),
      runDeadlineDigest(dbB, opts),
      runAftercareReminders(dbA, opts),
      runAftercareReminders(dbB, opts),
    ]);
    assert.equal(digestA + digestB, 2, `one digest per coordinator (A ${digestA}, B ${digestB})`);
    assert.equal(aftercareA + aftercareB, 3, `one reminder per case (A ${aftercareA}, B ${aftercareB})`);
    const again = await Promise.all([runDeadlineDigest(dbB, opts), runDeadlineDigest(dbA, opts), runAftercareReminders(dbB, opts), runAftercareReminders(dbA, opts)]);
    assert.deepEqual(again, [0, 0, 0, 0], 'a later run on either instance sends nothing');

    await drainOutboxTogether([mailerA, mailerB]);
    const counts = countDeliveries(smtp.delivered.slice(before));
    const digests = smtp.delivered.slice(before).filter((d) => d.subject.startsWith('Termijnen:'));
    assert.deepEqual(digests.map((d) => d.to).sort(), [w.users.coordinator.email, w.users.secondCoordinator.email].sort(), 'one digest to each coordinator');
    for (const c of concluded) {
      assert.equal(counts.get(`${w.mediators.westerveld.user.email} | Nazorg: zaak ${c.number}`), 1, `one reminder for ${c.number}`);
    }
    assert.ok([...counts.values()].every((n) => n === 1), `nothing delivered twice: ${JSON.stringify([...counts])}`);
  });

  test('referrals on both instances at the same moment: every case gets its own number, none skipped', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? onA : onB).contact.post('/api/v1/cases', referralBody(w.municipalities.meppel.id))),
    );
    assert.deepEqual(answers.map((r) => r.statusCode), Array(10).fill(201), answers.map((r) => r.body).join(' | '));
    const sequence = (n: string) => Number(/(\d+)$/.exec(n)![1]);
    const numbers = answers.map((r) => sequence((r.json() as { number: string }).number)).sort((x, y) => x - y);
    assert.equal(new Set(numbers).size, 10, `distinct: ${numbers.join(',')}`);
    assert.equal(numbers[9]! - numbers[0]!, 9, `consecutive: ${numbers.join(',')}`);
  });

  test('two coordinators on two instances proposing the last free place of one mediator: exactly one succeeds', async () => {
    const bram = w.mediators.steenwijkerland.profile.id;
    await dbA.updateTable('mediator_profile').set({ max_concurrent_cases: 1 }).where('id', '=', bram).execute();
    try {
      for (let round = 0; round < 3; round++) {
        // Referred through the API (numbered by the shared counter), then put in matching straight in the database.
        const refer = async () => {
          const { id } = (await onA.contact.post('/api/v1/cases', referralBody(w.municipalities.meppel.id))).json() as { id: string };
          await dbA.updateTable('mediation_case').set({ status: 'matching', route: 'formal_mediation' }).where('id', '=', id).execute();
          return id;
        };
        const [c1, c2] = [await refer(), await refer()];
        const results = await Promise.all([
          onA.coordinator.post(`/api/v1/cases/${c1}/proposals`, { mediatorId: bram }),
          onB.secondCoordinator.post(`/api/v1/cases/${c2}/proposals`, { mediatorId: bram }),
        ]);
        assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409], `round ${round}: ${results.map((r) => r.body).join(' | ')}`);
        const winner = results.find((r) => r.statusCode === 201)!.json() as { id: string };
        const undo = await onB.coordinator.post(`/api/v1/proposals/${winner.id}/withdraw`, { reason: 'Volgende ronde' });
        assert.equal(undo.statusCode, 200, undo.body);
      }
    } finally {
      await dbA.updateTable('mediator_profile').set({ max_concurrent_cases: 3 }).where('id', '=', bram).execute();
    }
  });
});

describe('two instances starting at once on an empty PostgreSQL database', { skip }, () => {
  let main: { handle: DatabaseHandle; name: string };
  let second: DatabaseHandle;
  before(async () => {
    main = await createEmptyPostgresDatabase();
    second = await openSecondInstanceDatabase(main.name);
  });
  after(async () => {
    await second?.close();
    await main?.handle.close();
  });

  test('both migrate and prepare the first start together: one schema, one pool, a first-administrator link each', async () => {
    await Promise.all([migrateToLatest(main.handle.db), migrateToLatest(second.db)]);
    const opts = { demo: false, baseUrl: 'https://mediatorpool.example' };
    const [a, b] = await Promise.all([prepareFirstStart(main.handle.db, opts), prepareFirstStart(second.db, opts)]);
    assert.deepEqual([a.kind, b.kind], ['admin-invitation', 'admin-invitation']);
    const pools = await main.handle.db.selectFrom('pool').select('id').execute();
    assert.equal(pools.length, 1, 'one pool');
  });
});
