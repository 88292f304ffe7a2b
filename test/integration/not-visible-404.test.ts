import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, engageExternalMediator, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const UNKNOWN = '11111111-1111-4111-8111-111111111111';

/**
 * An object the caller may not see answers 404, the same as one that does not exist, also where the
 * caller's role could never act on it (the role used to be checked before the lookup: 403 told
 * them the object was there). 403 is left for a visible object whose action the role may not take.
 * Callers: finance, contact and mediator users of the same pool, and a user of a second pool.
 */
describe('404, not 403, for objects the caller may not see', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
  });
  after(() => t.close());

  const expectEach = async (label: string, call: (x: Agent) => Promise<{ statusCode: number; body: string }>, expected: Partial<Record<HoursWho, number>>) => {
    for (const [who, status] of Object.entries(expected) as [HoursWho, number][]) {
      const res = await call(a[who]);
      assert.equal(res.statusCode, status, `${label} as ${who}: ${res.body.slice(0, 300)}`);
    }
  };

  test('hours approval: approve, reject and reopen', async () => {
    const caseId = (await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id })).id;
    const submitted = (await a.mediatorStaphorst.post(`/api/v1/cases/${caseId}/hours`, hoursBody('2026-10-02', 60))).json().id as string;
    const approved = await logAndApprove(a.mediatorStaphorst, a.coordinator, caseId, '2026-10-03', 30);
    const notVisible = { finance: 404, contactMeppel: 404, contactStaphorst: 404, mediatorIdle: 404, mediatorMeppel: 404, admin: 404, otherPool: 404 } as const;
    // The mediator sees their own hours but may not review them: 403.
    await expectEach('approve', (x) => x.post(`/api/v1/hours/${submitted}/approve`), { ...notVisible, mediatorStaphorst: 403 });
    await expectEach('reject', (x) => x.post(`/api/v1/hours/${submitted}/reject`, { reason: 'Graag toelichten' }), { ...notVisible, mediatorStaphorst: 403 });
    await expectEach('reopen', (x) => x.post(`/api/v1/hours/${approved}/reopen`), { ...notVisible, mediatorStaphorst: 403 });
    for (const action of ['approve', 'reopen']) {
      await expectEach(`${action} unknown`, (x) => x.post(`/api/v1/hours/${UNKNOWN}/${action}`), { coordinator: 404, finance: 404, contactMeppel: 404, mediatorStaphorst: 404, otherPool: 404 });
    }
    assert.equal((await t.handle.db.selectFrom('hour_entry').select('status').where('id', '=', submitted).executeTakeFirstOrThrow()).status, 'submitted', 'nothing changed');
  });

  test('external costs: declare, read and remove', async () => {
    const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, route: 'external_mediator' });
    const externalAssignmentId = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: c.id, createdBy: w.users.coordinator.id });
    const body = { externalAssignmentId, minutes: 90, declaredOn: '2026-10-01' };
    // The Meppel contact sees the case (its status), so may not declare on it: 403; the rest do not see it.
    await expectEach('declare', (x) => x.post(`/api/v1/cases/${c.id}/external-costs`, body), {
      contactMeppel: 403, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, finance: 404, admin: 404, otherPool: 404,
    });
    await expectEach('declare on an unknown case', (x) => x.post(`/api/v1/cases/${UNKNOWN}/external-costs`, body), { contactMeppel: 404, finance: 404, mediatorStaphorst: 404, admin: 404 });
    await expectEach('read a case', (x) => x.get(`/api/v1/cases/${c.id}/external-costs`), {
      contactStaphorst: 404, contactZwartewaterland: 404, mediatorStaphorst: 404, admin: 404, otherPool: 404,
    });
    assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/external-costs`, body)).statusCode, 201);
    const id = (await a.coordinator.get('/api/v1/external-costs')).json().items[0].declarations[0].id as string;
    // Finance reads the declarations (the pool overview) but does not remove them: 403.
    await expectEach('remove', (x) => x.delete(`/api/v1/external-costs/${id}`), {
      finance: 403, contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, admin: 404, otherPool: 404,
    });
    await expectEach('remove unknown', (x) => x.delete(`/api/v1/external-costs/${UNKNOWN}`), { coordinator: 404, finance: 404, contactMeppel: 404, mediatorStaphorst: 404 });
    assert.equal((await a.coordinator.delete(`/api/v1/external-costs/${id}`)).statusCode, 204);
  });

  test('hourly rates: read, change and remove one year', async () => {
    const rate = '/api/v1/pool-settings/hourly-rates/2026';
    const notVisible = { contactMeppel: 404, mediatorStaphorst: 404, mediatorIdle: 404, otherPool: 404 } as const;
    await expectEach('read', (x) => x.get(rate), { ...notVisible, coordinator: 200, finance: 200 });
    // Coordinator and finance see the rate but do not change it: 403.
    await expectEach('change', (x) => x.patch(rate, { cents: 7000 }), { ...notVisible, coordinator: 403, finance: 403 });
    await expectEach('remove', (x) => x.delete(rate), { ...notVisible, coordinator: 403, finance: 403 });
    const unknown = '/api/v1/pool-settings/hourly-rates/2031';
    await expectEach('change unknown', (x) => x.patch(unknown, { cents: 7000 }), { coordinator: 404, finance: 404, contactMeppel: 404, mediatorStaphorst: 404 });
    await expectEach('remove unknown', (x) => x.delete(unknown), { coordinator: 404, finance: 404, contactMeppel: 404, mediatorStaphorst: 404 });
    assert.equal((await a.admin.get(rate)).json().cents, 6250, 'nothing changed');
  });

  test('every operation on an object that does not exist: never 403, for any role', async () => {
    const doc = (await a.coordinator.get('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const failures: string[] = [];
    let calls = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      // Link tokens are public keys, not objects of a pool.
      if (!path.includes('{') || path.includes('{token}')) continue;
      const url = `/api/v1${path.replace(/^\/api\/v1(?=\/)/, '')}`.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'year' ? '2099' : UNKNOWN));
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        for (const who of ['coordinator', 'finance', 'contactMeppel', 'mediatorIdle', 'admin', 'otherPool'] as const) {
          // An empty body: operations without a required body reach the lookup, the others stop at 400.
          const res = await a[who].request({ method, url, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
          calls++;
          if (res.statusCode === 403) failures.push(`${method} ${path} as ${who}: ${res.body.slice(0, 160)}`);
        }
      }
    }
    assert.ok(calls > 300, `${calls} calls`);
    assert.deepEqual(failures, []);
  });

  test('days off: read and remove one', async () => {
    const created = await a.admin.post('/api/v1/pool-settings/days-off', { date: '2026-12-24', description: 'Kerstavond' });
    assert.equal(created.statusCode, 201, created.body);
    const day = `/api/v1/pool-settings/days-off/${created.json().id as string}`;
    const notVisible = { contactMeppel: 404, contactStaphorst: 404, mediatorStaphorst: 404, mediatorIdle: 404, otherPool: 404 } as const;
    await expectEach('read', (x) => x.get(day), { ...notVisible, coordinator: 200, finance: 200 });
    await expectEach('remove', (x) => x.delete(day), { ...notVisible, coordinator: 403, finance: 403 });
    const unknown = `/api/v1/pool-settings/days-off/${UNKNOWN}`;
    await expectEach('read unknown', (x) => x.get(unknown), { coordinator: 404, contactMeppel: 404, mediatorStaphorst: 404 });
    await expectEach('remove unknown', (x) => x.delete(unknown), { coordinator: 404, finance: 404, contactMeppel: 404, mediatorStaphorst: 404 });
    assert.equal((await a.admin.delete(day)).statusCode, 204);
  });
});
