import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

for (const engine of testEngines()) {
  describe(`sessions (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
    });
    after(() => t.close());

    test('login sets an HttpOnly SameSite=Lax cookie and returns the user and a CSRF code', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: world.users.coordinator.email, password: world.users.coordinator.password } });
      assert.equal(res.statusCode, 201);
      const cookie = res.cookies.find((c) => c.name === 'mp_session');
      assert.ok(cookie);
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      const body = res.json();
      assert.equal(body.user.email, world.users.coordinator.email);
      assert.deepEqual(body.user.roles, ['coordinator']);
      assert.ok(body.csrfToken.length > 20);
    });

    test('a wrong password answers 401 problem+json and reveals nothing about the account', async () => {
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: world.users.finance.email, password: 'not-the-password' } });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'nobody@gemeente.test', password: 'not-the-password' } });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.match(wrong.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(wrong.json().detail, unknown.json().detail);
    });

    test('each login gets a new session id', async () => {
      const a = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
      const b = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
      assert.notEqual(a.cookie, b.cookie);
      assert.notEqual(a.csrf, b.csrf);
    });

    test('writes with a session cookie need the CSRF code', async () => {
      const agent = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
      const csrf = agent.csrf;
      agent.csrf = undefined;
      const without = await agent.patch('/api/v1/me', { name: 'Zonder code' });
      assert.equal(without.statusCode, 403);
      assert.equal(without.json().type, 'urn:mediatorpool:problem:csrf-token-invalid');
      agent.csrf = 'forged-forged-forged';
      assert.equal((await agent.patch('/api/v1/me', { name: 'Valse code' })).statusCode, 403);
      agent.csrf = csrf;
      const withCode = await agent.patch('/api/v1/me', { name: 'Met code' });
      assert.equal(withCode.statusCode, 200);
      assert.equal(withCode.json().name, 'Met code');
    });

    test('a forged or unknown session cookie is anonymous', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { cookie: 'mp_session=forged.value' } });
      assert.equal(res.statusCode, 401);
    });

    test('an expired session (idle or absolute) is anonymous', async () => {
      const agent = await new Agent(t.app).login(world.users.contact.email, world.users.contact.password);
      assert.equal((await agent.get('/api/v1/sessions/current')).statusCode, 200);
      await t.handle.db.updateTable('user_session').set({ last_seen_at: new Date(Date.now() - 61 * 60_000) }).where('user_id', '=', world.users.contact.id).execute();
      assert.equal((await agent.get('/api/v1/sessions/current')).statusCode, 401);
      const again = await new Agent(t.app).login(world.users.contact.email, world.users.contact.password);
      await t.handle.db.updateTable('user_session').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', world.users.contact.id).execute();
      assert.equal((await again.get('/api/v1/sessions/current')).statusCode, 401);
    });

    test('logout ends the session', async () => {
      const agent = await new Agent(t.app).login(world.users.mediator.email, world.users.mediator.password);
      const cookie = agent.cookie;
      assert.equal((await agent.delete('/api/v1/sessions/current')).statusCode, 204);
      agent.cookie = cookie;
      assert.equal((await agent.get('/api/v1/sessions/current')).statusCode, 401);
    });

    test('five failed logins lock the account for a while, even with the right password', async () => {
      const victim = await createUser(t.handle.db, world.pool.id, { roles: ['contact'] });
      for (let i = 0; i < 5; i++) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: victim.email, password: `wrong-${i}-password` } });
        assert.equal(res.statusCode, 401);
      }
      const locked = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: victim.email, password: victim.password } });
      assert.equal(locked.statusCode, 429);
      assert.ok(Number(locked.headers['retry-after']) > 0);
      const audit = await t.handle.db.selectFrom('audit_event').selectAll().where('action', '=', 'login').where('result', '=', 'denied').execute();
      assert.ok(audit.length >= 1);
    });

    test('a deactivated account cannot log in and its sessions stop working', async () => {
      const user = await createUser(t.handle.db, world.pool.id, { roles: ['finance'] });
      const agent = await new Agent(t.app).login(user.email, user.password);
      await t.handle.db.updateTable('app_user').set({ active: false }).where('id', '=', user.id).execute();
      assert.equal((await agent.get('/api/v1/sessions/current')).statusCode, 401);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: user.email, password: user.password } });
      assert.equal(res.statusCode, 401);
    });
  });
}
