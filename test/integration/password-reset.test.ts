import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';

for (const engine of testEngines()) {
  describe(`password reset (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
    });
    after(() => t.close());

    test('the answer is the same for known and unknown addresses; only a known one gets mail', async () => {
      const known = await t.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: world.users.contact.email } });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: 'onbekend@gemeente.test' } });
      assert.equal(known.statusCode, 202);
      assert.equal(unknown.statusCode, 202);
      assert.equal(known.body, unknown.body);
      const mails = await t.handle.db.selectFrom('mail_outbox').select('to_address').where('kind', '=', 'password-reset').execute();
      assert.deepEqual(mails.map((m) => m.to_address), [world.users.contact.email]);
    });

    test('the link sets a new password once, ends old sessions, and the old password stops working', async () => {
      const old = await new Agent(t.app).login(world.users.mediator.email, world.users.mediator.password);
      await t.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: world.users.mediator.email } });
      const mail = await t.handle.db.selectFrom('mail_outbox').select('body_text').where('to_address', '=', world.users.mediator.email).executeTakeFirstOrThrow();
      const token = /wachtwoord-herstellen\/(\S+)/.exec(mail.body_text)![1]!;
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/password-resets/confirmations', payload: { token, password: 'een-nieuw-wachtwoord-2026' } });
      assert.equal(res.statusCode, 204);
      assert.equal((await old.get('/api/v1/sessions/current')).statusCode, 401);
      const again = await t.app.inject({ method: 'POST', url: '/api/v1/password-resets/confirmations', payload: { token, password: 'nog-een-ander-wachtwoord' } });
      assert.equal(again.statusCode, 404);
      const oldLogin = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: world.users.mediator.email, password: world.users.mediator.password } });
      assert.equal(oldLogin.statusCode, 401);
      await new Agent(t.app).login(world.users.mediator.email, 'een-nieuw-wachtwoord-2026');
    });

    test('a forged token answers 404 and changes nothing', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/password-resets/confirmations', payload: { token: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa', password: 'een-nieuw-wachtwoord-2026' } });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().type, 'urn:mediatorpool:problem:reset-link-unusable');
    });
  });
}
