import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { agentsFor, createRegistryWorld } from '../helpers/registry-factories.js';
import { createUser } from '../helpers/factories.js';

for (const engine of testEngines()) {
  describe(`registry: member municipalities (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createRegistryWorld>>;
    let as: Awaited<ReturnType<typeof agentsFor>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createRegistryWorld(t.handle.db);
      as = await agentsFor(() => new Agent(t.app), world);
    });
    after(() => t.close());

    test('the CBS reference list has all 342 municipalities and can be searched', async () => {
      const all = (await as.contact.get('/api/v1/reference/municipalities')).json();
      assert.equal(all.total, 342);
      assert.equal(all.listDate, '2026-01-01');
      const meppel = (await as.contact.get('/api/v1/reference/municipalities?q=mepp')).json();
      assert.deepEqual(meppel.items.map((m: { code: string }) => m.code), ['GM0119']);
      assert.equal(meppel.items[0].province, 'Drenthe');
      assert.equal((await as.contact.get('/api/v1/reference/municipalities?q=sudwest')).json().items[0].name, 'Súdwest-Fryslân');
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/reference/municipalities' })).statusCode, 401);
    });

    test('adding a member by CBS code fills name, province and location from the reference list', async () => {
      const res = await as.coordinator.post('/api/v1/municipalities', { code: 'gm0119 ', memberSince: '2013-03-01' });
      assert.equal(res.statusCode, 201, res.body);
      const m = res.json();
      assert.equal(res.headers.location, `/api/v1/municipalities/${m.id}`);
      assert.equal(m.code, 'GM0119');
      assert.equal(m.name, 'Meppel');
      assert.equal(m.province, 'Drenthe');
      assert.ok(Math.abs(m.latitude - 52.69) < 0.1);
      assert.equal(m.memberSince, '2013-03-01');
      assert.equal(m.currentMember, true);
      assert.equal((await as.contact.get('/api/v1/reference/municipalities?q=GM0119')).json().items[0].member, true);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', m.id).execute();
      assert.deepEqual(audit.map((a) => a.action), ['municipality.add-member']);
    });

    test('an invalid or unknown CBS code, a duplicate, and an end before the start are clear 400/409s', async () => {
      const count = async () => (await t.handle.db.selectFrom('pool_member').select('municipality_id').where('pool_id', '=', world.pool.id).execute()).length;
      const before = await count();
      const invalid = await as.admin.post('/api/v1/municipalities', { code: 'GM119' });
      assert.equal(invalid.statusCode, 400);
      assert.deepEqual(invalid.json().invalidParams, [{ name: 'code', code: 'format', reason: 'Een CBS-code is "GM" gevolgd door vier cijfers, bijvoorbeeld GM0119 (Meppel).' }]);
      const unknown = await as.admin.post('/api/v1/municipalities', { code: 'GM0001' });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().invalidParams[0].code, 'unknown');
      await as.admin.post('/api/v1/municipalities', { code: 'GM1708' });
      const dup = await as.admin.post('/api/v1/municipalities', { code: 'GM1708' });
      assert.equal(dup.statusCode, 409);
      assert.match(dup.json().detail, /GM1708 Steenwijkerland is al lid/);
      const backwards = await as.admin.post('/api/v1/municipalities', { code: 'GM1701', memberSince: '2020-01-01', memberUntil: '2019-12-31' });
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().invalidParams[0].name, 'memberUntil');
      const swapped = await as.admin.post('/api/v1/municipalities', { code: 'GM1701', latitude: 6.2, longitude: 52.7 });
      assert.equal(swapped.statusCode, 400);
      assert.equal(await count(), before + 1);
    });

    test('contacts, mediators and finance read the list; only admins and coordinators change it', async () => {
      for (const role of ['contact', 'mediator', 'finance'] as const) {
        assert.equal((await as[role].get('/api/v1/municipalities')).statusCode, 200, role);
        assert.equal((await as[role].post('/api/v1/municipalities', { code: 'GM0180' })).statusCode, 403, role);
        assert.equal((await as[role].patch(`/api/v1/municipalities/${world.municipality.id}`, { memberSince: '2010-01-01' })).statusCode, 404, role);
        assert.equal((await as[role].post(`/api/v1/municipalities/${world.municipality.id}/membership-endings`, { memberUntil: '2030-01-01' })).statusCode, 404, role);
      }
      // Another pool's member is not found, not even for its administrator's colleague here.
      assert.equal((await as.admin.get(`/api/v1/municipalities/${world.foreign.municipality.id}`)).statusCode, 404);
      assert.equal((await as.foreign.patch(`/api/v1/municipalities/${world.municipality.id}`, { memberSince: '2010-01-01' })).statusCode, 404);
      assert.equal((await as.foreign.get('/api/v1/municipalities')).json().items.some((m: { id: string }) => m.id === world.municipality.id), false);
    });

    test('contact persons are listed; their e-mail only for admins, coordinators and their own municipality', async () => {
      const own = (await as.contact.get(`/api/v1/municipalities/${world.municipality.id}`)).json();
      assert.deepEqual(own.contactPersons.map((c: { email: string }) => c.email), [world.users.contact.email]);
      const other = (await as.contact.get(`/api/v1/municipalities/${world.second.id}`)).json();
      assert.deepEqual(other.contactPersons.map((c: { name: string; email: string | null }) => [c.name, c.email]), [[world.otherContact.name, null]]);
      const admin = (await as.admin.get(`/api/v1/municipalities/${world.second.id}`)).json();
      assert.equal(admin.contactPersons[0].email, world.otherContact.email);
    });

    test('search, membership filter and pagination with totals', async () => {
      const page = (await as.admin.get('/api/v1/municipalities?pageSize=1&page=1')).json();
      assert.equal(page.items.length, 1);
      assert.ok(page.total >= 3);
      const found = (await as.admin.get('/api/v1/municipalities?q=steenwijk')).json();
      assert.deepEqual(found.items.map((m: { code: string }) => m.code), ['GM1708']);
    });

    test('editing dates and location, then ending the membership once', async () => {
      const added = (await as.admin.post('/api/v1/municipalities', { code: 'GM1896', memberSince: '2013-03-01' })).json();
      const edited = await as.coordinator.patch(`/api/v1/municipalities/${added.id}`, { memberSince: '2014-01-01', latitude: 52.58, longitude: 6.09 });
      assert.equal(edited.statusCode, 200);
      assert.equal(edited.json().memberSince, '2014-01-01');
      assert.equal(edited.json().latitude, 52.58);
      assert.equal((await as.coordinator.post(`/api/v1/municipalities/${added.id}/membership-endings`, { memberUntil: '2013-12-31' })).statusCode, 400);
      const ended = await as.coordinator.post(`/api/v1/municipalities/${added.id}/membership-endings`, { memberUntil: '2025-12-31' });
      assert.equal(ended.statusCode, 200);
      assert.equal(ended.json().memberUntil, '2025-12-31');
      assert.equal(ended.json().currentMember, false);
      const again = await as.coordinator.post(`/api/v1/municipalities/${added.id}/membership-endings`, { memberUntil: '2026-01-31' });
      assert.equal(again.statusCode, 409);
      assert.deepEqual((await as.admin.get('/api/v1/municipalities?membership=former')).json().items.map((m: { code: string }) => m.code), ['GM1896']);
    });

    test('a municipality shared with another pool keeps its name: editing it is refused', async () => {
      const shared = (await as.admin.post('/api/v1/municipalities', { code: 'GM0180' })).json();
      assert.equal((await as.foreign.post('/api/v1/municipalities', { code: 'GM0180' })).statusCode, 201);
      const res = await as.admin.patch(`/api/v1/municipalities/${shared.id}`, { name: 'Staphorst (gewijzigd)' });
      assert.equal(res.statusCode, 409);
      assert.equal((await as.admin.patch(`/api/v1/municipalities/${shared.id}`, { memberSince: '2013-03-01' })).statusCode, 200);
    });

    test('a new contact appears under their municipality', async () => {
      const c = await createUser(t.handle.db, world.pool.id, { roles: ['contact'], municipalityId: world.second.id, name: 'Zz Nieuw' });
      const m = (await as.admin.get(`/api/v1/municipalities/${world.second.id}`)).json();
      assert.ok(m.contactPersons.some((p: { id: string }) => p.id === c.id));
    });
  });
}
