import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createCaseWorld, referralBody } from '../helpers/case-factories.js';
import { TEST_PASSWORD } from '../helpers/factories.js';
import { pdfText } from '../helpers/hours-factories.js';

type World = Awaited<ReturnType<typeof createCaseWorld>>;

/**
 * Issue 17, item 4: a person found across the pool, exported with every case they were in and
 * every recorded read of their data; corrected; erased as far as no retention duty keeps it; a
 * person of another pool is not found.
 */
for (const engine of testEngines()) {
  describe(`data-subject rights (${engine})`, () => {
    let t: TestApp;
    let w: World;
    let other: World;
    let coordinator: Agent;
    let admin: Agent;
    let otherCoordinator: Agent;
    const caseIds: string[] = [];
    const party = { role: 'citizen', name: 'Annelies Verhoeven-Kraal', email: 'annelies.vk@example.org', phone: '0612345678', informed: true };

    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
      other = await createCaseWorld(t.handle.db);
      const agent = (u: { email: string }) => new Agent(t.app).login(u.email, TEST_PASSWORD);
      coordinator = await agent(w.users.coordinator);
      admin = await agent(w.users.admin);
      otherCoordinator = await agent(other.users.coordinator);
      const contact = await agent(w.users.contactMeppel);
      for (const title of ['Geschil over een vergunning', 'Tweede geschil met de gemeente']) {
        const res = await contact.post('/api/v1/cases', referralBody(w.meppel.id, { caseType: 'citizen_government', title, parties: [party, { role: 'organisation_representative', name: 'Vertegenwoordiger Gemeente', informed: true }] }));
        assert.equal(res.statusCode, 201, res.body);
        caseIds.push(res.json().id);
      }
      // The same name in another pool is another person, never found from here.
      const otherContact = await agent(other.users.contactMeppel);
      assert.equal((await otherContact.post('/api/v1/cases', referralBody(other.meppel.id, { caseType: 'citizen_government', parties: [party] }))).statusCode, 201);
      // Reads of the cases: the coordinator opens both, the referrer one.
      for (const id of caseIds) assert.equal((await coordinator.get(`/api/v1/cases/${id}`)).statusCode, 200);
      assert.equal((await contact.get(`/api/v1/cases/${caseIds[0]}`)).statusCode, 200);
    });
    after(() => t.close());

    const find = async (agent: Agent, q: string) => {
      const res = await agent.get(`/api/v1/data-subjects?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json().items as { kind: string; id: string; name: string; caseCount: number; allowedActions: string[] }[];
    };

    test("a party's export lists every case they were in and every read of their data", async () => {
      const found = (await find(coordinator, 'verhoeven')).filter((p) => p.kind === 'party');
      assert.equal(found.length, 1, 'one person, however many cases');
      assert.equal(found[0]!.caseCount, 2);
      assert.deepEqual(found[0]!.allowedActions, ['export', 'correct', 'erase']);
      const res = await coordinator.get(`/api/v1/data-subjects/party/${found[0]!.id}/export`);
      assert.equal(res.statusCode, 200, res.body);
      const exp = res.json();
      assert.deepEqual(exp.cases.map((c: { caseId: string }) => c.caseId).sort(), [...caseIds].sort());
      assert.ok(exp.records.some((r: { table: string; fields: Record<string, unknown> }) => r.table === 'case_party' && r.fields.phone === party.phone));

      // Every recorded read of the pool that concerns these cases or these parties is in the export, with who and why.
      const partyIds = (await t.handle.db.selectFrom('case_party').select('id').where('case_id', 'in', caseIds).where('name', '=', party.name).execute()).map((p) => p.id);
      const expected = await sql<{ action: string; actor_label: string; object_id: string | null }>`
        SELECT action, actor_label, object_id FROM audit_event
        WHERE pool_id = ${w.pool.id} AND purpose IS NOT NULL
          AND (object_id = ANY(${[...caseIds, ...partyIds]}::text[]) OR detail->>'caseId' = ANY(${caseIds}::text[]) OR detail->>'partyId' = ANY(${partyIds}::text[]))`.execute(t.handle.db);
      const caseReads = expected.rows.filter((r) => r.action === 'case.read');
      assert.ok(caseReads.length >= 3, `${caseReads.length} case reads recorded`);
      const shown = exp.reads as { action: string; actor: string; objectId: string | null; caseNumber: string | null; purpose: string }[];
      for (const r of expected.rows) assert.ok(shown.some((s) => s.action === r.action && s.actor === r.actor_label && s.objectId === r.object_id), `${r.action} by ${r.actor_label}`);
      assert.ok(shown.filter((s) => s.action === 'case.read').every((s) => s.caseNumber && s.purpose));
      assert.ok(shown.some((s) => s.action === 'data-subject.export'), 'the export itself is a recorded read');

      const pdf = await coordinator.get(`/api/v1/data-subjects/party/${found[0]!.id}/export.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.match(String(pdf.headers['content-type']), /application\/pdf/);
      const text = pdfText(pdf.rawPayload);
      assert.match(text, /Annelies Verhoeven-Kraal/);
      for (const c of exp.cases as { number: string }[]) assert.ok(text.includes(c.number), c.number);
    });

    test('a person of another pool is not found: search, export, correction and erasure', async () => {
      const mine = (await find(coordinator, 'verhoeven')).find((p) => p.kind === 'party')!;
      const theirs = (await find(otherCoordinator, 'verhoeven')).filter((p) => p.kind === 'party');
      assert.equal(theirs.length, 1);
      assert.notEqual(theirs[0]!.id, mine.id);
      assert.equal((await otherCoordinator.get(`/api/v1/data-subjects/party/${mine.id}/export`)).statusCode, 404);
      assert.equal((await otherCoordinator.get(`/api/v1/data-subjects/party/${mine.id}/export.pdf`)).statusCode, 404);
      assert.equal((await otherCoordinator.get(`/api/v1/data-subjects/user/${w.users.mediator.id}/export`)).statusCode, 404);
      assert.equal((await otherCoordinator.patch(`/api/v1/data-subjects/parties/${mine.id}`, { name: 'X' })).statusCode, 404);
      assert.equal((await otherCoordinator.post(`/api/v1/data-subjects/parties/${mine.id}/erasure`)).statusCode, 404);
      const contact = await new Agent(t.app).login(w.users.contactMeppel.email, TEST_PASSWORD);
      assert.equal((await contact.get('/api/v1/data-subjects?q=verhoeven')).statusCode, 403);
      const rows = await t.handle.db.selectFrom('case_party').select(['name', 'email']).where('case_id', 'in', caseIds).where('role', '=', 'citizen').execute();
      assert.ok(rows.every((r) => r.name === party.name && r.email === party.email), 'nothing changed');
    });

    test('a user or mediator is exported with their account, not their password', async () => {
      const users = (await find(admin, w.users.coordinator.email)).filter((p) => p.kind !== 'party');
      assert.equal(users.length, 1);
      assert.deepEqual(users[0]!.allowedActions, ['export']);
      const exp = (await admin.get(`/api/v1/data-subjects/${users[0]!.kind}/${users[0]!.id}/export`)).json();
      assert.ok(exp.records.some((r: { table: string }) => r.table === 'app_user'));
      assert.ok(!JSON.stringify(exp).includes('password_hash') && !JSON.stringify(exp).includes('token_hash'));
    });

    test('correction reaches every case of the person; erasure waits for the cases to end and keeps the name during the term', async () => {
      const p = (await find(coordinator, 'verhoeven')).find((x) => x.kind === 'party')!;
      const bad = await coordinator.patch(`/api/v1/data-subjects/parties/${p.id}`, { email: 'geen adres' });
      assert.equal(bad.statusCode, 400);
      const corrected = await coordinator.patch(`/api/v1/data-subjects/parties/${p.id}`, { phone: '0687654321' });
      assert.equal(corrected.statusCode, 204, corrected.body);
      const phones = await t.handle.db.selectFrom('case_party').select('phone').where('case_id', 'in', caseIds).where('role', '=', 'citizen').execute();
      assert.deepEqual(phones.map((r) => r.phone), ['0687654321', '0687654321']);
      const audit = await t.handle.db.selectFrom('audit_event').select('detail').where('action', '=', 'data-subject.correct').executeTakeFirstOrThrow();
      assert.ok(!JSON.stringify(audit.detail).includes('0687654321'), 'the audit row names fields, not values');

      const blocked = await coordinator.post(`/api/v1/data-subjects/parties/${p.id}/erasure`);
      assert.equal(blocked.statusCode, 409);
      assert.match(blocked.json().type, /erasure-blocked/);
      assert.equal((await t.handle.db.selectFrom('case_party').select('email').where('id', '=', p.id).executeTakeFirstOrThrow()).email, party.email, 'nothing erased while a case runs');

      await sql`UPDATE mediation_case SET status = 'closed', closed_on = current_date WHERE id = ANY(${caseIds}::uuid[])`.execute(t.handle.db);
      const erased = await coordinator.post(`/api/v1/data-subjects/parties/${p.id}/erasure`);
      assert.equal(erased.statusCode, 200, erased.body);
      assert.equal(erased.json().scope, 'contact');
      const rows = await t.handle.db.selectFrom('case_party').select(['name', 'email', 'phone']).where('case_id', 'in', caseIds).where('role', '=', 'citizen').execute();
      assert.ok(rows.every((r) => r.name === party.name && r.email === null && r.phone === null), 'contact details gone, the name kept during the term');
      assert.ok(await t.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'data-subject.erase').where('object_id', '=', p.id).executeTakeFirst(), 'recorded');
    });
  });
}
