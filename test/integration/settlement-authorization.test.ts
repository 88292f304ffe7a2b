import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, engageExternalMediator, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const WHO: HoursWho[] = [
  'coordinator',
  'contactMeppel',
  'contactStaphorst',
  'mediatorStaphorst',
  'mediatorIdle',
  'admin',
  'finance',
  'otherPool',
  'anonymous',
];

/**
 * Every hours, settlement and external-cost endpoint for each role: coordinator, contact of the
 * requesting (Meppel) and of another (Staphorst) municipality, the assigned mediator and one on
 * no case, admin, finance, a user of another pool, anonymous.
 */
for (const engine of testEngines()) {
  describe(`hours and settlement authorization per endpoint and role (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let caseId = '';
    let entryId = '';
    let finalId = '';
    let draftId = '';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      caseId = (await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id })).id;
      await logAndApprove(a.mediatorStaphorst, a.coordinator, caseId, '2026-07-02', 630);
      entryId = (await a.mediatorStaphorst.post(`/api/v1/cases/${caseId}/hours`, hoursBody('2026-10-02', 60))).json().id;
      finalId = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' })).json().id;
      await a.coordinator.post(`/api/v1/settlements/${finalId}/finalise`);
      draftId = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K4' })).json().id;
    });
    after(() => t.close());

    const expectEach = async (label: string, call: (x: Agent) => Promise<{ statusCode: number; body: string }>, expected: Partial<Record<HoursWho, number>>) => {
      for (const who of WHO) {
        if (expected[who] === undefined) continue;
        const res = await call(a[who]);
        assert.equal(res.statusCode, expected[who], `${label} as ${who}: ${res.body.slice(0, 300)}`);
      }
    };

    test('hours reads', async () => {
      await expectEach('GET /cases/:id/hours', (x) => x.get(`/api/v1/cases/${caseId}/hours`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 200, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401 });
      await expectEach('GET /hours/:id', (x) => x.get(`/api/v1/hours/${entryId}`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 200, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401 });
      await expectEach('GET /me/hours', (x) => x.get('/api/v1/me/hours?month=2026-10'), { coordinator: 403, contactMeppel: 403, contactStaphorst: 403, mediatorStaphorst: 200, mediatorIdle: 200, admin: 403, finance: 403, otherPool: 200, anonymous: 401 });
      await expectEach('GET /me/hours/defaults', (x) => x.get('/api/v1/me/hours/defaults'), { coordinator: 403, contactMeppel: 403, mediatorStaphorst: 200, admin: 403, finance: 403, otherPool: 200, anonymous: 401 });
      await expectEach('GET /hours/approval-queue', (x) => x.get('/api/v1/hours/approval-queue'), { coordinator: 200, contactMeppel: 403, contactStaphorst: 403, mediatorStaphorst: 403, mediatorIdle: 403, admin: 403, finance: 403, otherPool: 200, anonymous: 401 });
      await expectEach('GET /hours/totals', (x) => x.get('/api/v1/hours/totals?from=2026-01-01&to=2026-12-31'), { coordinator: 200, contactMeppel: 403, contactStaphorst: 403, mediatorStaphorst: 403, mediatorIdle: 403, admin: 403, finance: 200, otherPool: 200, anonymous: 401 });
      const foreignQueue = (await a.otherPool.get('/api/v1/hours/approval-queue')).json();
      assert.deepEqual(foreignQueue.items, [], 'another pool sees none of these hours');
    });

    test('hours writes', async () => {
      await expectEach('POST /cases/:id/hours', (x) => x.post(`/api/v1/cases/${caseId}/hours`, hoursBody('2026-10-05', 15)), { coordinator: 403, contactMeppel: 403, contactStaphorst: 404, mediatorStaphorst: 201, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401 });
      await expectEach('PATCH /hours/:id', (x) => x.patch(`/api/v1/hours/${entryId}`, { minutes: 61 }), { coordinator: 403, contactMeppel: 404, contactStaphorst: 404, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, mediatorStaphorst: 200 });
      await expectEach('POST /hours/:id/reject', (x) => x.post(`/api/v1/hours/${entryId}/reject`, { reason: 'Graag toelichten' }), { contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 403, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, coordinator: 200 });
      await a.mediatorStaphorst.patch(`/api/v1/hours/${entryId}`, { minutes: 62 });
      await expectEach('POST /hours/:id/approve', (x) => x.post(`/api/v1/hours/${entryId}/approve`), { contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 403, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, coordinator: 200 });
      await expectEach('POST /hours/:id/corrections', (x) => x.post(`/api/v1/hours/${entryId}/corrections`, { minutes: 5, note: 'Reistijd', date: '2026-10-06' }), { contactMeppel: 404, contactStaphorst: 404, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, mediatorStaphorst: 201, coordinator: 201 });
      // Hours with corrections keep their approval (409); reopening is checked on approved hours without.
      assert.equal((await a.coordinator.post(`/api/v1/hours/${entryId}/reopen`)).statusCode, 409);
      const plainId = (await a.mediatorStaphorst.post(`/api/v1/cases/${caseId}/hours`, hoursBody('2026-10-07', 30))).json().id;
      assert.equal((await a.coordinator.post(`/api/v1/hours/${plainId}/approve`)).statusCode, 200);
      await expectEach('POST /hours/:id/reopen', (x) => x.post(`/api/v1/hours/${plainId}/reopen`), { contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 403, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, coordinator: 200 });
      await expectEach('DELETE /hours/:id', (x) => x.delete(`/api/v1/hours/${entryId}`), { coordinator: 403, contactMeppel: 404, contactStaphorst: 404, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, mediatorStaphorst: 409 });
    });

    test('settlement reads', async () => {
      await expectEach('GET /settlements', (x) => x.get('/api/v1/settlements'), { coordinator: 200, contactMeppel: 200, contactStaphorst: 200, mediatorStaphorst: 403, mediatorIdle: 403, admin: 403, finance: 200, otherPool: 200, anonymous: 401 });
      const contactList = (await a.contactMeppel.get('/api/v1/settlements')).json().items.map((s: { id: string }) => s.id);
      assert.deepEqual(contactList, [finalId], 'contacts see final settlements only');
      assert.deepEqual((await a.otherPool.get('/api/v1/settlements')).json().items, []);
      for (const id of [finalId, draftId]) {
        await expectEach('GET /settlements/:id', (x) => x.get(`/api/v1/settlements/${id}`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
        await expectEach('GET export.csv', (x) => x.get(`/api/v1/settlements/${id}/export.csv`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
        await expectEach('GET export.xlsx', (x) => x.get(`/api/v1/settlements/${id}/export.xlsx`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
      }
      const pdf = (id: string, m: string) => (x: Agent) => x.get(`/api/v1/settlements/${id}/statements/${m}/pdf`);
      await expectEach('PDF Meppel (final)', pdf(finalId, w.meppel.id), { coordinator: 200, contactMeppel: 200, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
      await expectEach('PDF Staphorst (final)', pdf(finalId, w.staphorst.id), { coordinator: 200, contactMeppel: 404, contactStaphorst: 200, mediatorStaphorst: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
      await expectEach('PDF Meppel (draft)', pdf(draftId, w.meppel.id), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
      await expectEach('statements list (final)', (x) => x.get(`/api/v1/settlements/${finalId}/statements`), { coordinator: 200, contactMeppel: 200, contactStaphorst: 200, mediatorStaphorst: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
      await expectEach('statements list (draft)', (x) => x.get(`/api/v1/settlements/${draftId}/statements`), { coordinator: 200, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, admin: 404, finance: 200, otherPool: 404, anonymous: 401 });
      assert.equal((await a.coordinator.get(`/api/v1/settlements/${finalId}/statements/00000000-0000-4000-8000-000000000000/pdf`)).statusCode, 404);
      const draftPdf = await a.coordinator.get(`/api/v1/settlements/${draftId}/statements/${w.meppel.id}/pdf`);
      assert.equal(draftPdf.headers['content-type'], 'application/pdf');
    });

    test('settlement writes', async () => {
      await expectEach('POST /settlements', (x) => x.post('/api/v1/settlements', { period: '2027-K1' }), { contactMeppel: 403, contactStaphorst: 403, mediatorStaphorst: 403, mediatorIdle: 403, admin: 403, anonymous: 401, coordinator: 201 });
      const created = (await a.coordinator.get('/api/v1/settlements')).json().items.find((s: { period: { code: string } }) => s.period.code === '2027-K1');
      await expectEach('DELETE /settlements/:id', (x) => x.delete(`/api/v1/settlements/${created.id}`), { contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, admin: 404, otherPool: 404, anonymous: 401, finance: 204 });
      // A draft of an ended period (2026-K4 has not ended until 31 December, so it cannot be finalised yet).
      const ended = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K2' })).json().id as string;
      await expectEach('POST finalise', (x) => x.post(`/api/v1/settlements/${ended}/finalise`), { contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, admin: 404, otherPool: 404, anonymous: 401, coordinator: 200, finance: 409 });
    });

    test('external mediator costs', async () => {
      const external = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, route: 'external_mediator' });
      const externalAssignmentId = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: external.id, createdBy: w.users.coordinator.id });
      const body = { externalAssignmentId, minutes: 90, declaredOn: '2026-10-01' };
      await expectEach('POST /cases/:id/external-costs', (x) => x.post(`/api/v1/cases/${external.id}/external-costs`, body), { contactMeppel: 403, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, admin: 404, finance: 404, otherPool: 404, anonymous: 401, coordinator: 201 });
      await expectEach('GET /external-costs', (x) => x.get('/api/v1/external-costs'), { coordinator: 200, contactMeppel: 403, contactStaphorst: 403, mediatorStaphorst: 403, mediatorIdle: 403, admin: 403, finance: 200, otherPool: 200, anonymous: 401 });
      const id = (await a.coordinator.get('/api/v1/external-costs')).json().items[0].declarations[0].id;
      // Finance sees the declaration but does not remove it (403); asked before the coordinator removes it.
      assert.equal((await a.finance.delete(`/api/v1/external-costs/${id}`)).statusCode, 403);
      await expectEach('DELETE /external-costs/:id', (x) => x.delete(`/api/v1/external-costs/${id}`), { contactMeppel: 404, mediatorStaphorst: 404, admin: 404, otherPool: 404, anonymous: 401, coordinator: 204 });
    });
  });
}
