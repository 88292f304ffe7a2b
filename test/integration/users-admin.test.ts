import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool, createPoolWithRoles, createUser } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

for (const engine of testEngines()) {
  describe(`user administration (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let admin: Agent;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
      admin = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
    });
    after(() => t.close());

    test('lists users of the own pool only, with search, role filter and totals', async () => {
      const other = await createPool(t.handle.db);
      await createUser(t.handle.db, other.id, { roles: ['admin'], name: 'Andere Pool' });
      const all = (await admin.get('/api/v1/users?pageSize=2')).json();
      assert.equal(all.total, 5);
      assert.equal(all.items.length, 2);
      const mediators = (await admin.get('/api/v1/users?role=mediator')).json();
      assert.deepEqual(mediators.items.map((u: { id: string }) => u.id), [world.users.mediator.id]);
      const search = (await admin.get(`/api/v1/users?q=${encodeURIComponent(world.users.finance.email.slice(0, 12))}`)).json();
      assert.equal(search.items[0].id, world.users.finance.id);
      const none = (await admin.get('/api/v1/users?q=Andere%20Pool')).json();
      assert.equal(none.total, 0);
      const meta = (await admin.get('/api/v1/users?q=%25_%5C')).json();
      assert.equal(meta.total, 0, 'LIKE meta-characters are literal');
    });

    test('changes roles and deactivates with an audit row; deactivation ends sessions', async () => {
      const user = await createUser(t.handle.db, world.pool.id, { roles: ['contact'] });
      const session = await new Agent(t.app).login(user.email, user.password);
      const res = await admin.patch(`/api/v1/users/${user.id}`, { roles: ['contact', 'mediator'] });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json().roles, ['contact', 'mediator']);
      const off = await admin.patch(`/api/v1/users/${user.id}`, { active: false });
      assert.equal(off.json().active, false);
      assert.equal((await session.get('/api/v1/sessions/current')).statusCode, 401);
      const audit = await t.handle.db.selectFrom('audit_event').select(['action', 'result']).where('object_id', '=', user.id).where('action', '=', 'user.update').execute();
      assert.equal(audit.length, 2);
    });

    test('reading personal data is audited with its purpose', async () => {
      await admin.get(`/api/v1/users/${world.users.finance.id}`);
      const rows = await t.handle.db.selectFrom('audit_event').selectAll().where('action', '=', 'user.read').where('object_id', '=', world.users.finance.id).execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.purpose, 'accountbeheer');
      assert.equal(rows[0]!.actor_user_id, world.users.admin.id);
    });

    test('an admin cannot lock themselves out', async () => {
      const res = await admin.patch(`/api/v1/users/${world.users.admin.id}`, { roles: ['coordinator'] });
      assert.equal(res.statusCode, 409);
      const still = (await admin.get(`/api/v1/users/${world.users.admin.id}`)).json();
      assert.deepEqual(still.roles, ['admin']);
    });

    test('a user of another pool is 404, a non-admin is refused, bad input is 400 and changes nothing', async () => {
      const other = await createPool(t.handle.db);
      const stranger = await createUser(t.handle.db, other.id, { roles: ['contact'] });
      assert.equal((await admin.get(`/api/v1/users/${stranger.id}`)).statusCode, 404);
      assert.equal((await admin.patch(`/api/v1/users/${stranger.id}`, { active: false })).statusCode, 404);
      assert.equal((await admin.get('/api/v1/users/not-a-uuid')).statusCode, 400);

      const coordinator = await new Agent(t.app).login(world.users.coordinator.email, world.users.coordinator.password);
      assert.equal((await coordinator.get('/api/v1/users')).statusCode, 403);
      assert.equal((await coordinator.get(`/api/v1/users/${world.users.contact.id}`)).statusCode, 404);
      assert.equal((await coordinator.patch(`/api/v1/users/${world.users.contact.id}`, { roles: ['admin'] })).statusCode, 404);

      const bad = await admin.patch(`/api/v1/users/${world.users.contact.id}`, { roles: ['root'], name: '', extra: 1 });
      assert.equal(bad.statusCode, 400);
      const names = bad.json().invalidParams.map((p: { name: string }) => p.name).sort();
      assert.deepEqual(names, ['extra', 'name', 'roles/0']);
      const unchanged = (await admin.get(`/api/v1/users/${world.users.contact.id}`)).json();
      assert.deepEqual(unchanged.roles, ['contact']);
    });
  });
}
