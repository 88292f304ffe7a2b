import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { agentsFor, createRegistryWorld } from '../helpers/registry-factories.js';
import { createUser } from '../helpers/factories.js';

type Who = 'admin' | 'coordinator' | 'contact' | 'mediator' | 'finance' | 'foreign';
const WHO: Who[] = ['admin', 'coordinator', 'contact', 'mediator', 'finance', 'foreign'];

/**
 * Who may read and who may change each registry resource. `foreign` is the administrator of another
 * pool acting on this pool's rows. The mediator is the owner of the mediator profile used below.
 */
for (const engine of testEngines()) {
  describe(`registry: authorization per resource and role (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createRegistryWorld>>;
    let as: Awaited<ReturnType<typeof agentsFor>>;
    let dayOffId: string;
    before(async () => {
      t = await createTestApp(engine);
      world = await createRegistryWorld(t.handle.db);
      as = await agentsFor(() => new Agent(t.app), world);
      dayOffId = (await as.admin.post('/api/v1/pool-settings/days-off', { date: '2026-12-24', description: 'Kerstavond' })).json().id;
    });
    after(() => t.close());

    const expect = async (label: string, call: (who: Who, i: number) => Promise<{ statusCode: number; body: string }>, expected: Record<Who, number>) => {
      for (const [i, who] of WHO.entries()) {
        const res = await call(who, i);
        assert.equal(res.statusCode, expected[who], `${label} as ${who}: ${res.body.slice(0, 200)}`);
      }
    };
    const own = () => world.ownMediator.id;
    const other = () => world.otherMediator.profile.id;

    test('pool settings, rates and days off', async () => {
      await expect('GET settings', (w) => as[w].get('/api/v1/pool-settings'), { admin: 200, coordinator: 200, finance: 200, contact: 403, mediator: 403, foreign: 200 });
      await expect('PATCH settings', (w) => as[w].patch('/api/v1/pool-settings', { aftercareWeeks: 7 }), { admin: 200, coordinator: 403, finance: 403, contact: 403, mediator: 403, foreign: 200 });
      await expect('GET rates', (w) => as[w].get('/api/v1/pool-settings/hourly-rates'), { admin: 200, coordinator: 200, finance: 200, contact: 403, mediator: 403, foreign: 200 });
      await expect('POST rate', (w, i) => as[w].post('/api/v1/pool-settings/hourly-rates', { year: 2030 + i, cents: 6000 }), {
        admin: 201, coordinator: 403, finance: 403, contact: 403, mediator: 403, foreign: 201,
      });
      await expect('GET day off', (w) => as[w].get(`/api/v1/pool-settings/days-off/${dayOffId}`), { admin: 200, coordinator: 200, finance: 200, contact: 404, mediator: 404, foreign: 404 });
      // The administrator removes it last: the others are asked while it exists.
      const deleteDayOff = { foreign: 404, coordinator: 403, finance: 403, contact: 404, mediator: 404, admin: 204 } as const;
      for (const w of [...WHO.filter((x) => x !== 'admin'), 'admin'] as const) {
        const res = await as[w].delete(`/api/v1/pool-settings/days-off/${dayOffId}`);
        assert.equal(res.statusCode, deleteDayOff[w], `DELETE day off as ${w}: ${res.body.slice(0, 200)}`);
      }
    });

    test('member municipalities', async () => {
      const id = world.municipality.id;
      await expect('GET list', (w) => as[w].get('/api/v1/municipalities'), { admin: 200, coordinator: 200, finance: 200, contact: 200, mediator: 200, foreign: 200 });
      await expect('GET one', (w) => as[w].get(`/api/v1/municipalities/${id}`), { admin: 200, coordinator: 200, finance: 200, contact: 200, mediator: 200, foreign: 404 });
      await expect('PATCH one', (w) => as[w].patch(`/api/v1/municipalities/${id}`, { memberSince: '2019-01-01' }), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 404, foreign: 404 });
      await expect('POST', (w) => as[w].post('/api/v1/municipalities', { code: 'GM1896' }), { admin: 201, coordinator: 409, finance: 403, contact: 403, mediator: 403, foreign: 201 });
      await expect('GET reference list', (w) => as[w].get('/api/v1/reference/municipalities?q=GM0119'), { admin: 200, coordinator: 200, finance: 200, contact: 200, mediator: 200, foreign: 200 });
    });

    test('mediator profiles', async () => {
      await expect('GET list', (w) => as[w].get('/api/v1/mediators'), { admin: 200, coordinator: 200, finance: 200, contact: 200, mediator: 200, foreign: 200 });
      await expect('GET other', (w) => as[w].get(`/api/v1/mediators/${other()}`), { admin: 200, coordinator: 200, finance: 200, contact: 200, mediator: 200, foreign: 404 });
      const views = await Promise.all((['admin', 'coordinator', 'finance', 'contact', 'mediator'] as const).map(async (w) => (await as[w].get(`/api/v1/mediators/${other()}`)).json().view));
      assert.deepEqual(views, ['full', 'full', 'limited', 'limited', 'limited']);
      assert.equal((await as.mediator.get(`/api/v1/mediators/${own()}`)).json().view, 'full');
      await expect('PATCH other', (w) => as[w].patch(`/api/v1/mediators/${other()}`, { department: 'Bezwaar' }), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 404, foreign: 404 });
      await expect('PATCH own languages', (w) => as[w].patch(`/api/v1/mediators/${own()}`, { languages: ['nl', 'en'] }), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 200, foreign: 404 });
      await expect('PATCH own department', (w) => as[w].patch(`/api/v1/mediators/${own()}`, { department: 'HRM' }), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 403, foreign: 404 });
      const users = await Promise.all(WHO.map(() => createUser(t.handle.db, world.pool.id, { municipalityId: world.municipality.id })));
      await expect('POST', (w, i) => as[w].post('/api/v1/mediators', { userId: users[i]!.id }), { admin: 201, coordinator: 201, finance: 403, contact: 403, mediator: 403, foreign: 400 });
      await expect('GET status history', (w) => as[w].get(`/api/v1/mediators/${other()}/status-changes`), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 404, foreign: 404 });
      const statuses = { admin: 'dormant', coordinator: 'active', finance: 'dormant', contact: 'dormant', mediator: 'dormant', foreign: 'dormant' } as const;
      await expect('POST status change', (w) => as[w].post(`/api/v1/mediators/${other()}/status-changes`, { status: statuses[w] }), { admin: 201, coordinator: 201, finance: 404, contact: 404, mediator: 404, foreign: 404 });
      await expect('POST own status change', (w) => as[w].post(`/api/v1/mediators/${own()}/status-changes`, { status: 'dormant' }), { admin: 201, coordinator: 409, finance: 404, contact: 404, mediator: 403, foreign: 404 });
    });

    test('unavailability, relationships, upkeep of the mediator', async () => {
      const base = () => `/api/v1/mediators/${own()}`;
      const read = { admin: 200, coordinator: 200, mediator: 200, finance: 404, contact: 404, foreign: 404 } as const;
      await expect('GET unavailability', (w) => as[w].get(`${base()}/unavailability`), read);
      await expect('POST unavailability', (w, i) => as[w].post(`${base()}/unavailability`, { startsOn: `2027-0${i + 1}-01`, endsOn: `2027-0${i + 1}-05`, kind: 'holiday' }), {
        admin: 201, coordinator: 201, mediator: 201, finance: 404, contact: 404, foreign: 404,
      });
      await expect('GET relationships', (w) => as[w].get(`${base()}/relationships`), read);
      await expect('POST relationship', (w) => as[w].post(`${base()}/relationships`, { kind: 'person', personName: 'P. Jansen', reason: 'Oud-collega', since: '2020-01-01' }), {
        admin: 201, coordinator: 201, mediator: 201, finance: 404, contact: 404, foreign: 404,
      });
      await expect('GET upkeep', (w) => as[w].get(`${base()}/upkeep`), read);
      await expect('GET upkeep entries', (w) => as[w].get(`${base()}/upkeep-entries`), read);
      await expect('POST upkeep entry', (w) => as[w].post(`${base()}/upkeep-entries`, { type: 'peer_review', occurredOn: '2025-01-01' }), {
        admin: 201, coordinator: 201, mediator: 403, finance: 404, contact: 404, foreign: 404,
      });
      await expect('GET another mediator’s upkeep', (w) => as[w].get(`/api/v1/mediators/${other()}/upkeep`), { admin: 200, coordinator: 200, mediator: 404, finance: 404, contact: 404, foreign: 404 });
    });

    test('pool health, wake-ups and CSV', async () => {
      await expect('GET health', (w) => as[w].get('/api/v1/pool-health'), { admin: 200, coordinator: 200, finance: 403, contact: 403, mediator: 403, foreign: 200 });
      await expect('GET wake-ups', (w) => as[w].get(`/api/v1/mediators/${other()}/wake-ups`), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 404, foreign: 404 });
      await expect('GET own wake-ups', (w) => as[w].get(`/api/v1/mediators/${own()}/wake-ups`), { admin: 200, coordinator: 200, finance: 404, contact: 404, mediator: 403, foreign: 404 });
      await expect('GET export', (w) => as[w].get('/api/v1/csv-exports/mediators'), { admin: 200, coordinator: 200, finance: 403, contact: 403, mediator: 403, foreign: 200 });
    });

    test('without signing in: 401 everywhere', async () => {
      for (const url of ['/api/v1/pool-settings', '/api/v1/municipalities', '/api/v1/mediators', '/api/v1/pool-health', '/api/v1/csv-exports/municipalities', '/api/v1/reference/municipalities']) {
        assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401, url);
      }
    });
  });
}
