import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool, createPoolWithRoles, createUser } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

/**
 * The register of processing activities and the processing log (issue 17, items 5 and 6): the
 * administrator keeps the register, every audit row names an activity, the data subject by
 * reference and the request's trace id; "Controleer de keten" reports the first broken link.
 */
for (const engine of testEngines()) {
  describe(`processing register and log (${engine})`, () => {
    let t: TestApp;
    let admin: Agent;
    let coordinator: Agent;
    let users: Awaited<ReturnType<typeof createPoolWithRoles>>['users'];
    before(async () => {
      t = await createTestApp(engine);
      const setup = await createPoolWithRoles(t.handle.db);
      users = setup.users;
      admin = await new Agent(t.app).login(users.admin.email, users.admin.password);
      coordinator = await new Agent(t.app).login(users.coordinator.email, users.coordinator.password);
    });
    after(() => t.close());

    const lastAudit = (action: string) =>
      t.handle.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();

    test('the register lists the standard activities in the software’s wording', async () => {
      const res = await admin.get('/api/v1/processing-activities');
      assert.equal(res.statusCode, 200);
      const body = res.json();
      const codes = body.items.map((a: { code: string }) => a.code);
      for (const code of ['zaakbehandeling', 'matching', 'uren-en-verrekening', 'rapportage', 'accountbeheer', 'beveiligingslogging', 'nog-niet-ingedeeld']) assert.ok(codes.includes(code), code);
      const first = body.items[0];
      assert.equal(first.standard, true);
      assert.equal(first.reworded, false);
      assert.match(first.legalBasis, /AVG art\. 6/);
      assert.deepEqual(body.allowedActions, ['list', 'create', 'update', 'verifyChain']);
    });

    test('an administrator rewords a standard activity: audited with before and after, the code stays', async () => {
      const current = (await admin.get('/api/v1/processing-activities/zaakbehandeling')).json();
      const { code: _c, standard: _s, reworded: _r, updatedAt: _u, allowedActions: _a, ...text } = current;
      const res = await admin.put('/api/v1/processing-activities/zaakbehandeling', { ...text, retention: '  10 jaar na afronding  ' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().retention, '10 jaar na afronding');
      assert.equal(res.json().reworded, true);
      const row = await lastAudit('processing-activity.update');
      assert.equal(row.object_id, 'zaakbehandeling');
      assert.deepEqual((row.detail as { changes: Record<string, unknown> }).changes.retention, [current.retention, '10 jaar na afronding']);
      assert.equal(row.activity, 'poolbeheer');
      // The same text again changes nothing and records nothing.
      const before = await t.handle.db.selectFrom('audit_event').select(sql<number>`count(*)::int`.as('n')).where('action', '=', 'processing-activity.update').executeTakeFirstOrThrow();
      await admin.put('/api/v1/processing-activities/zaakbehandeling', { ...text, retention: '10 jaar na afronding' });
      const after = await t.handle.db.selectFrom('audit_event').select(sql<number>`count(*)::int`.as('n')).where('action', '=', 'processing-activity.update').executeTakeFirstOrThrow();
      assert.equal(after.n, before.n);
    });

    test('an activity of the pool’s own is added, and shows only in its pool', async () => {
      const body = { name: 'Klachtenregistratie', purpose: 'Klachten over de pool afhandelen.', legalBasis: 'AVG art. 6 lid 1 sub e (Awb hoofdstuk 9)', dataCategories: 'Naam, klacht', subjectCategories: 'Klagers', retention: '1 jaar', recipients: 'Klachtencoördinator' };
      const res = await admin.post('/api/v1/processing-activities', body);
      assert.equal(res.statusCode, 201, res.body);
      const code = res.json().code as string;
      assert.match(code, /^eigen-[0-9a-f]{10}$/);
      assert.equal(res.headers.location, `/api/v1/processing-activities/${code}`);
      assert.equal(res.json().standard, false);
      const list = (await admin.get('/api/v1/processing-activities')).json();
      assert.equal(list.items.at(-1).code, code);

      const other = await createPool(t.handle.db);
      const otherAdmin = await createUser(t.handle.db, other.id, { roles: ['admin'] });
      const stranger = await new Agent(t.app).login(otherAdmin.email, otherAdmin.password);
      assert.equal((await stranger.get(`/api/v1/processing-activities/${code}`)).statusCode, 404);
      assert.equal((await stranger.put(`/api/v1/processing-activities/${code}`, body)).statusCode, 404);
      assert.ok(!(await stranger.get('/api/v1/processing-activities')).json().items.some((a: { code: string }) => a.code === code));
    });

    test('bad input: an empty field, a missing field, an unknown or malformed code; nothing changes', async () => {
      const count = async () => (await t.handle.db.selectFrom('processing_activity').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
      const n = await count();
      const body = { name: '   ', purpose: 'x', legalBasis: 'x', dataCategories: 'x', subjectCategories: 'x', retention: 'x', recipients: 'x' };
      const blank = await admin.post('/api/v1/processing-activities', body);
      assert.equal(blank.statusCode, 400);
      assert.deepEqual(blank.json().invalidParams.map((p: { name: string }) => p.name), ['name']);
      const { recipients: _r, ...missing } = body;
      const incomplete = await admin.post('/api/v1/processing-activities', { ...missing, name: 'Iets' });
      assert.equal(incomplete.statusCode, 400);
      assert.ok(incomplete.json().invalidParams.some((p: { name: string }) => p.name.includes('recipients')));
      assert.equal((await admin.put('/api/v1/processing-activities/bestaat-niet', { ...body, name: 'Iets' })).statusCode, 404);
      assert.equal((await admin.get('/api/v1/processing-activities/NIET_GOED')).statusCode, 400);
      assert.equal((await admin.post('/api/v1/processing-activities', { ...body, name: 'x'.repeat(201) })).statusCode, 400);
      assert.equal(await count(), n);
    });

    test('only administrators keep the register and check the chain', async () => {
      assert.equal((await coordinator.get('/api/v1/processing-activities')).statusCode, 403);
      assert.equal((await coordinator.get('/api/v1/processing-activities/zaakbehandeling')).statusCode, 404);
      assert.equal((await coordinator.get('/api/v1/audit-chain')).statusCode, 403);
      const session = (await coordinator.get('/api/v1/sessions/current')).json();
      assert.ok(!session.allowedActions.includes('processing.manage'));
      assert.ok((await admin.get('/api/v1/sessions/current')).json().allowedActions.includes('processing.manage'));
    });

    test('each audit row names its activity, its data subject by reference and the caller’s trace id', async () => {
      const traceId = '0af7651916cd43dd8448eb211c80319c';
      const res = await admin.request({ method: 'GET', url: `/api/v1/users/${users.mediator.id}`, headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` } });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers.traceresponse), new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
      const row = await t.handle.db.selectFrom('audit_event').selectAll().where('trace_id', '=', traceId).executeTakeFirstOrThrow();
      assert.equal(row.activity, 'accountbeheer');
      assert.deepEqual([row.subject_type, row.subject_id], ['user', users.mediator.id]);
      assert.doesNotMatch(JSON.stringify([row.subject_type, row.subject_id]), /Gebruiker/);
      const found = await admin.get(`/api/v1/audit-events?traceId=${traceId}`);
      assert.equal(found.statusCode, 200, found.body);
      const [entry] = found.json().items;
      assert.deepEqual([entry.activity, entry.subjectType, entry.subjectId, entry.traceId], ['accountbeheer', 'user', users.mediator.id, traceId]);
      assert.equal((await admin.get('/api/v1/audit-events?traceId=NOT-A-TRACE')).statusCode, 400);

      const own = await admin.request({ method: 'GET', url: '/api/v1/processing-activities', headers: { traceparent: 'nonsense' } });
      const generated = /^00-([0-9a-f]{32})-[0-9a-f]{16}-01$/.exec(String(own.headers.traceresponse));
      assert.ok(generated && generated[1] !== traceId);
    });

    test('"Controleer de keten": intact, then the first broken link after an owner edits a row', async () => {
      const ok = await admin.get('/api/v1/audit-chain');
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().intact, true);
      assert.ok(ok.json().checked > 3);
      const verified = await lastAudit('audit-chain.verify');
      assert.equal(verified.activity, 'beveiligingslogging');

      if (engine !== 'pglite') return; // the owner's edit on PostgreSQL is in audit-chain.test.ts
      const victim = await lastAudit('processing-activity.update');
      await t.handle.db.transaction().execute(async (trx) => {
        await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`.execute(trx);
        await sql`UPDATE audit_event SET detail = '{}' WHERE id = ${victim.id}`.execute(trx);
        await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`.execute(trx);
      });
      const broken = (await admin.get('/api/v1/audit-chain')).json();
      assert.equal(broken.intact, false);
      assert.equal(broken.firstBreak.reason, 'content-changed');
      assert.equal(broken.firstBreak.auditId, Number(victim.id));
      assert.equal((await lastAudit('audit-chain.verify')).result, 'failure');
    });
  });
}
