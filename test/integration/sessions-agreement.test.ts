import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF').toString('base64');

/**
 * The mediation agreement: marked signed with its date and the uploaded document; without it a
 * case does not go assigned → in_progress, except on a route the pool exempts (by default the
 * informal approach with a process facilitator). The start guard is `assertMayStart`, called by
 * the cases module's transition command.
 */
for (const engine of testEngines()) {
  describe(`mediation agreement and the start of a mediation (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    const assignedCase = (route = 'formal_mediation') =>
      caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, status: 'assigned', route });
    const upload = async (caseId: string, kind: string) => {
      const res = await a.mediatorStaphorst.post(`/api/v1/cases/${caseId}/documents`, { kind, filename: 'overeenkomst.pdf', contentBase64: PDF });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const start = (agent: Agent, caseId: string) => agent.post(`/api/v1/cases/${caseId}/transitions`, { to: 'in_progress', from: 'assigned' });
    const status = async (caseId: string) => (await t.handle.db.selectFrom('mediation_case').select('status').where('id', '=', caseId).executeTakeFirstOrThrow()).status;

    test('no start without a signed agreement; with it the mediator starts', async () => {
      const c = await assignedCase();
      const agreement = (await a.mediatorStaphorst.get(`/api/v1/cases/${c.id}/mediation-agreement`)).json();
      assert.deepEqual({ required: agreement.required, signed: agreement.signed }, { required: true, signed: false });
      const refused = await start(a.mediatorStaphorst, c.id);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().type, 'urn:mediatorpool:problem:mediation-agreement-missing');
      assert.match(refused.json().detail, /mediationovereenkomst/);
      assert.equal(await status(c.id), 'assigned', 'nothing changed');

      const docId = await upload(c.id, 'mediation_agreement');
      const put = await a.mediatorStaphorst.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/mediation-agreement`, payload: { signedOn: '2026-06-10', documentId: docId } });
      assert.equal(put.statusCode, 200, put.body);
      assert.equal(put.json().signed, true);
      assert.equal(put.json().signedOn, '2026-06-10');
      assert.equal(put.json().document.id, docId);

      const started = await start(a.mediatorStaphorst, c.id);
      assert.equal(started.statusCode, 200, started.body);
      assert.equal(await status(c.id), 'in_progress');
      const events = (await a.coordinator.get(`/api/v1/cases/${c.id}/events`)).json().items.map((e: { kind: string }) => e.kind);
      assert.ok(events.includes('agreement-signed'));
    });

    test('the informal approach (process facilitator) starts without one; the pool can change the exempt routes', async () => {
      const informal = await assignedCase('process_facilitator');
      assert.equal((await a.coordinator.get(`/api/v1/cases/${informal.id}/mediation-agreement`)).json().required, false);
      assert.equal((await start(a.coordinator, informal.id)).statusCode, 200);

      assert.deepEqual((await a.coordinator.get('/api/v1/pool-settings/mediation-agreement')).json(), { exemptRoutes: ['process_facilitator'] });
      assert.equal((await a.coordinator.request({ method: 'PUT', url: '/api/v1/pool-settings/mediation-agreement', payload: { exemptRoutes: ['coaching'] } })).statusCode, 403);
      const put = await a.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/mediation-agreement', payload: { exemptRoutes: ['coaching'] } });
      assert.equal(put.statusCode, 200, put.body);
      assert.deepEqual(put.json(), { exemptRoutes: ['coaching'] });
      const informal2 = await assignedCase('process_facilitator');
      assert.equal((await start(a.coordinator, informal2.id)).statusCode, 409, 'no longer exempt');
      const coaching = await assignedCase('coaching');
      assert.equal((await start(a.coordinator, coaching.id)).statusCode, 200);
      await a.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/mediation-agreement', payload: { exemptRoutes: ['process_facilitator'] } });
      assert.equal((await a.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/mediation-agreement', payload: { exemptRoutes: ['refer_elsewhere'] } })).statusCode, 400);
    });

    test('bad input: a document of another kind or case, a date in the future, a closed case', async () => {
      const c = await assignedCase();
      const other = await assignedCase();
      const letter = await upload(c.id, 'letter');
      const foreign = await upload(other.id, 'mediation_agreement');
      const put = (payload: object) => a.mediatorStaphorst.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/mediation-agreement`, payload });
      const wrongKind = await put({ signedOn: '2026-06-10', documentId: letter });
      assert.equal(wrongKind.statusCode, 400);
      assert.equal(wrongKind.json().invalidParams[0].code, 'wrong-kind');
      const otherCase = await put({ signedOn: '2026-06-10', documentId: foreign });
      assert.equal(otherCase.statusCode, 400);
      assert.equal(otherCase.json().invalidParams[0].code, 'unknown-document');
      const future = await put({ signedOn: '2999-01-01', documentId: foreign });
      assert.equal(future.statusCode, 400);
      assert.equal((await put({ signedOn: '10-06-2026', documentId: foreign })).statusCode, 400);
      assert.equal((await put({ signedOn: '2026-06-10' })).statusCode, 400);
      assert.equal(await t.handle.db.selectFrom('mediation_agreement').select('case_id').where('case_id', '=', c.id).executeTakeFirst(), undefined, 'nothing stored');
      await t.handle.db.updateTable('mediation_case').set({ status: 'closed' }).where('id', '=', other.id).execute();
      assert.equal((await a.mediatorStaphorst.request({ method: 'PUT', url: `/api/v1/cases/${other.id}/mediation-agreement`, payload: { signedOn: '2026-06-10', documentId: foreign } })).statusCode, 409);
    });

    test('who may read and record it', async () => {
      const c = await assignedCase();
      const doc = await upload(c.id, 'mediation_agreement');
      const expected: Record<HoursWho, [number, number]> = {
        coordinator: [200, 200],
        coordinator2: [200, 200],
        mediatorStaphorst: [200, 200],
        mediatorMeppel: [404, 404],
        mediatorIdle: [404, 404],
        contactMeppel: [404, 404],
        contactStaphorst: [404, 404],
        contactZwartewaterland: [404, 404],
        admin: [404, 404],
        finance: [404, 404],
        otherPool: [404, 404],
        anonymous: [401, 401],
      };
      for (const [who, [read, write]] of Object.entries(expected) as [HoursWho, [number, number]][]) {
        assert.equal((await a[who].get(`/api/v1/cases/${c.id}/mediation-agreement`)).statusCode, read, `${who} reads`);
        const res = await a[who].request({ method: 'PUT', url: `/api/v1/cases/${c.id}/mediation-agreement`, payload: { signedOn: '2026-06-10', documentId: doc } });
        assert.equal(res.statusCode, write, `${who} records: ${res.body}`);
      }
      for (const who of ['contactMeppel', 'mediatorStaphorst', 'finance'] as const) {
        assert.equal((await a[who].get('/api/v1/pool-settings/mediation-agreement')).statusCode, 403, who);
      }
      assert.equal((await a.anonymous.get('/api/v1/pool-settings/mediation-agreement')).statusCode, 401);
    });
  });
}
