import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

for (const engine of testEngines()) {
  describe(`personal API tokens (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
    });
    after(() => t.close());

    test('a token is shown once, stored hashed, carries the roles, needs no CSRF and stops working when revoked', async () => {
      const admin = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
      const created = await admin.post('/api/v1/me/api-tokens', { name: 'HR-koppeling' });
      assert.equal(created.statusCode, 201);
      const { secret, token } = created.json();
      assert.match(secret, /^mp_/);
      const stored = await t.handle.db.selectFrom('api_token').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, secret);
      assert.ok(!JSON.stringify((await admin.get('/api/v1/me/api-tokens')).json()).includes(secret), 'the list never shows the secret');

      const script = new Agent(t.app);
      script.bearer = secret;
      assert.equal((await script.get('/api/v1/users')).statusCode, 200, 'admin role carried by the token');
      assert.equal((await script.patch('/api/v1/me', { name: 'Via token' })).statusCode, 200, 'no CSRF code for bearer tokens');

      assert.equal((await admin.delete(`/api/v1/me/api-tokens/${token.id}`)).statusCode, 204);
      const after = await script.get('/api/v1/users');
      assert.equal(after.statusCode, 401);
      assert.match(after.headers['content-type'] as string, /problem\+json/);
    });

    test("someone else's token cannot be revoked (404), a malformed header is 401", async () => {
      const coordinator = await new Agent(t.app).login(world.users.coordinator.email, world.users.coordinator.password);
      const mine = (await coordinator.post('/api/v1/me/api-tokens', { name: 'script' })).json();
      const finance = await new Agent(t.app).login(world.users.finance.email, world.users.finance.password);
      assert.equal((await finance.delete(`/api/v1/me/api-tokens/${mine.token.id}`)).statusCode, 404);
      const bad = await t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { authorization: 'Basic abc' } });
      assert.equal(bad.statusCode, 401);
    });
  });
}
