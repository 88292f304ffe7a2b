import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { assignMediator, createCaseWorld, referralBody } from '../helpers/case-factories.js';
import { createPool, createUser } from '../helpers/factories.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF').toString('base64');

type Who = 'coordinator' | 'contactMeppel' | 'contactStaphorst' | 'mediator' | 'admin' | 'finance' | 'otherPool' | 'anonymous';
const WHO: Who[] = ['coordinator', 'contactMeppel', 'contactStaphorst', 'mediator', 'admin', 'finance', 'otherPool', 'anonymous'];

/**
 * Every case endpoint for every role: who reads (full or limited), who changes, who gets 404.
 * The mediator is assigned to the case under test; a second case has no mediator.
 */
for (const engine of testEngines()) {
  describe(`case authorization per endpoint and role (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    const agents = {} as Record<Who, Agent>;
    let caseId = '';
    let docId = '';

    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
      for (const k of Object.keys(w.users) as (keyof typeof w.users)[]) agents[k] = await new Agent(t.app).login(w.users[k].email, w.users[k].password);
      const other = await createPool(t.handle.db);
      const stranger = await createUser(t.handle.db, other.id, { roles: ['coordinator', 'contact', 'mediator'] });
      agents.otherPool = await new Agent(t.app).login(stranger.email, stranger.password);
      agents.anonymous = new Agent(t.app);
      caseId = (await agents.contactMeppel.post('/api/v1/cases', referralBody(w.meppel.id))).json().id;
      await assignMediator(t.handle.db, w.pool.id, caseId, w.users.mediator.id);
      docId = (await agents.coordinator.post(`/api/v1/cases/${caseId}/documents`, { kind: 'letter', filename: 'brief.pdf', contentBase64: PDF })).json().id;
    });
    after(() => t.close());

    const expectEach = async (call: (a: Agent) => Promise<{ statusCode: number }>, expected: Record<Who, number>) => {
      for (const who of WHO) {
        const res = await call(agents[who]);
        assert.equal(res.statusCode, expected[who], `${who}: expected ${expected[who]}, got ${res.statusCode}`);
      }
    };

    test('GET /cases: who may list', () =>
      expectEach((a) => a.get('/api/v1/cases'), { coordinator: 200, contactMeppel: 200, contactStaphorst: 200, mediator: 200, admin: 403, finance: 403, otherPool: 200, anonymous: 401 }));

    test('GET /cases lists only what each may see', async () => {
      const ids = async (who: Who) => (await agents[who].get('/api/v1/cases')).json().items.map((c: { id: string }) => c.id);
      assert.ok((await ids('coordinator')).includes(caseId));
      assert.ok((await ids('contactMeppel')).includes(caseId));
      assert.ok((await ids('mediator')).includes(caseId));
      assert.deepEqual(await ids('contactStaphorst'), []);
      assert.deepEqual(await ids('otherPool'), []);
    });

    test('GET /cases/:id: full, limited or 404', async () => {
      await expectEach((a) => a.get(`/api/v1/cases/${caseId}`), { coordinator: 200, contactMeppel: 200, contactStaphorst: 404, mediator: 200, admin: 404, finance: 404, otherPool: 404, anonymous: 401 });
      assert.equal((await agents.mediator.get(`/api/v1/cases/${caseId}`)).json().access, 'full');
      assert.equal((await agents.contactMeppel.get(`/api/v1/cases/${caseId}`)).json().access, 'limited');
    });

    test('GET /cases/:id/events', () =>
      expectEach((a) => a.get(`/api/v1/cases/${caseId}/events`), { coordinator: 200, contactMeppel: 200, contactStaphorst: 404, mediator: 200, admin: 404, finance: 404, otherPool: 404, anonymous: 401 }));

    test('GET /cases/:id/documents and the download: only full access', async () => {
      await expectEach((a) => a.get(`/api/v1/cases/${caseId}/documents`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediator: 200, admin: 404, finance: 404, otherPool: 404, anonymous: 401 });
      await expectEach((a) => a.get(`/api/v1/cases/${caseId}/documents/${docId}/content`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediator: 200, admin: 404, finance: 404, otherPool: 404, anonymous: 401 });
    });

    test('POST /cases/:id/documents: only full access', () =>
      expectEach((a) => a.post(`/api/v1/cases/${caseId}/documents`, { kind: 'other', filename: 'x.pdf', contentBase64: PDF }), {
        coordinator: 201,
        contactMeppel: 404,
        contactStaphorst: 404,
        mediator: 201,
        admin: 404,
        finance: 404,
        otherPool: 404,
        anonymous: 401,
      }));

    test('PUT /cases/:id/first-contact: coordinator and assigned mediator', () =>
      expectEach((a) => a.request({ method: 'PUT', url: `/api/v1/cases/${caseId}/first-contact`, payload: { date: new Date().toISOString().slice(0, 10) } }), {
        coordinator: 200,
        contactMeppel: 403,
        contactStaphorst: 404,
        mediator: 200,
        admin: 404,
        finance: 404,
        otherPool: 404,
        anonymous: 401,
      }));

    test('PUT /cases/:id/objection: coordinator only', () =>
      expectEach(
        (a) => a.request({ method: 'PUT', url: `/api/v1/cases/${caseId}/objection`, payload: { decisionSentOn: null, advisoryCommittee: false, adjournmentWeeks: null, postponementDays: null, postponementConsentOn: null } }),
        { coordinator: 200, contactMeppel: 403, contactStaphorst: 404, mediator: 403, admin: 404, finance: 404, otherPool: 404, anonymous: 401 },
      ));

    test('POST /cases/:id/transitions and /triage: only as the transition table allows', async () => {
      // Nobody but the coordinator may start triage; the Meppel contact may not, others do not see the case.
      await expectEach((a) => a.post(`/api/v1/cases/${caseId}/transitions`, { to: 'triage', from: 'registered' }), {
        contactMeppel: 409,
        contactStaphorst: 404,
        mediator: 409,
        admin: 404,
        finance: 404,
        otherPool: 404,
        anonymous: 401,
        coordinator: 200,
      });
      await expectEach((a) => a.post(`/api/v1/cases/${caseId}/triage`, { route: 'formal_mediation', contraIndications: [] }), {
        contactMeppel: 409,
        contactStaphorst: 404,
        mediator: 409,
        admin: 404,
        finance: 404,
        otherPool: 404,
        anonymous: 401,
        coordinator: 200,
      });
    });

    test('POST /cases: contacts for their own municipality, coordinators for any member', async () => {
      const status = async (who: Who, municipalityId: string) => (await agents[who].post('/api/v1/cases', referralBody(municipalityId))).statusCode;
      assert.equal(await status('coordinator', w.staphorst.id), 201);
      assert.equal(await status('contactStaphorst', w.staphorst.id), 201);
      assert.equal(await status('contactStaphorst', w.meppel.id), 403);
      assert.equal(await status('mediator', w.meppel.id), 403);
      assert.equal(await status('admin', w.meppel.id), 403);
      assert.equal(await status('finance', w.meppel.id), 403);
      assert.equal(await status('otherPool', w.meppel.id), 400, 'a municipality outside their pool');
      assert.equal(await status('anonymous', w.meppel.id), 401);
    });
  });
}
