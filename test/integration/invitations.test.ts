import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createMunicipality, createPoolWithRoles } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

for (const engine of testEngines()) {
  describe(`invitations (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let admin: Agent;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
      admin = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
    });
    after(() => t.close());

    const tokenFrom = (url: string) => url.split('/uitnodiging/')[1]!;

    test('an admin invites; the mail waits in the outbox; the link creates the account once and logs in', async () => {
      const res = await admin.post('/api/v1/invitations', { email: 'nieuw@meppel.test', name: 'Nieuwe Mediator', roles: ['mediator'], municipalityId: world.municipality.id });
      assert.equal(res.statusCode, 201);
      assert.match(res.headers.location as string, /^\/api\/v1\/invitations\//);
      const { acceptUrl } = res.json();
      const mail = await t.handle.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', 'nieuw@meppel.test').executeTakeFirstOrThrow();
      assert.equal(mail.status, 'queued');
      assert.ok(mail.body_text.includes(acceptUrl), 'the mail contains the link');

      const token = tokenFrom(acceptUrl);
      const lookup = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/lookups', payload: { token } });
      assert.equal(lookup.statusCode, 200);
      assert.equal(lookup.json().email, 'nieuw@meppel.test');

      const short = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token, password: 'kort' } });
      assert.equal(short.statusCode, 400);
      assert.equal(short.json().invalidParams[0].name, 'password');

      const accept = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token, password: 'een-lang-genoeg-wachtwoord' } });
      assert.equal(accept.statusCode, 201);
      const agent = new Agent(t.app);
      agent.takeCookie(accept);
      const me = await agent.get('/api/v1/sessions/current');
      assert.equal(me.statusCode, 200);
      assert.deepEqual(me.json().user.roles, ['mediator']);
      // Accepting signs the new user in: the user list does not say "never signed in" of them.
      const account = await t.handle.db.selectFrom('app_user').select('last_login_at').where('id', '=', me.json().user.id).executeTakeFirstOrThrow();
      assert.ok(account.last_login_at instanceof Date, 'the acceptance counts as the first sign-in');

      const twice = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token, password: 'een-lang-genoeg-wachtwoord' } });
      assert.equal(twice.statusCode, 404);
    });

    test('an expired or revoked invitation cannot be used', async () => {
      const res = await admin.post('/api/v1/invitations', { email: 'later@meppel.test', name: 'Later', roles: ['contact'], municipalityId: null });
      const token = tokenFrom(res.json().acceptUrl);
      assert.equal((await admin.delete(`/api/v1/invitations/${res.json().id}`)).statusCode, 204);
      const revoked = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token, password: 'een-lang-genoeg-wachtwoord' } });
      assert.equal(revoked.statusCode, 404);

      const res2 = await admin.post('/api/v1/invitations', { email: 'verlopen@meppel.test', name: 'Verlopen', roles: ['contact'], municipalityId: null });
      await t.handle.db.updateTable('invitation').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', res2.json().id).execute();
      const expired = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/lookups', payload: { token: tokenFrom(res2.json().acceptUrl) } });
      assert.equal(expired.statusCode, 404);
    });

    test('inviting an existing address is a conflict, a municipality outside the pool a field error', async () => {
      const dup = await admin.post('/api/v1/invitations', { email: world.users.finance.email.toUpperCase(), name: 'Dubbel', roles: ['finance'], municipalityId: null });
      assert.equal(dup.statusCode, 409);
      const outsider = await createMunicipality(t.handle.db, null);
      const bad = await admin.post('/api/v1/invitations', { email: 'x@y.test', name: 'X', roles: ['contact'], municipalityId: outsider.id });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().invalidParams[0].name, 'municipalityId');
      const badRole = await admin.post('/api/v1/invitations', { email: 'x@y.test', name: 'X', roles: ['superuser'], municipalityId: null });
      assert.equal(badRole.statusCode, 400);
    });

    test('only admins invite; others get 403, anonymous 401', async () => {
      for (const role of ['coordinator', 'contact', 'mediator', 'finance'] as const) {
        const agent = await new Agent(t.app).login(world.users[role].email, world.users[role].password);
        const res = await agent.post('/api/v1/invitations', { email: `${role}-x@y.test`, name: 'X', roles: ['contact'], municipalityId: null });
        assert.equal(res.statusCode, 403, role);
        assert.equal((await agent.get('/api/v1/invitations')).statusCode, 403, role);
      }
      const anon = await t.app.inject({ method: 'GET', url: '/api/v1/invitations' });
      assert.equal(anon.statusCode, 401);
    });
  });
}
