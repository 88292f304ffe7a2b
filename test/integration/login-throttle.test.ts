import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool, createUser } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';
import { MAX_FAILURES_PER_ACCOUNT } from '../../src/domain/login-throttle.js';

/**
 * Issue 12, item 8: wrong passwords must not let an attacker lock a real user out. Failures count
 * per account and address; every address together only slows the account down, and never at an
 * address the account signed in from before.
 */
for (const engine of testEngines()) {
  describe(`sign-in throttle (${engine})`, () => {
    let t: TestApp;
    let poolId: string;
    before(async () => {
      t = await createTestApp(engine);
      poolId = (await createPool(t.handle.db)).id;
    });
    after(() => t.close());

    const signIn = (email: string, password: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password }, remoteAddress });

    /** A signed-in client that comes from `remoteAddress`. */
    async function agentFrom(email: string, password: string, remoteAddress: string) {
      const res = await signIn(email, password, remoteAddress);
      assert.equal(res.statusCode, 201, res.body);
      const agent = new Agent(t.app);
      agent.takeCookie(res);
      agent.csrf = res.json().csrfToken;
      return agent;
    }

    test('five wrong passwords from five addresses do not stop the real user signing in from their own address', async () => {
      const user = await createUser(t.handle.db, poolId, { roles: ['contact'] });
      for (let i = 1; i <= 5; i++) {
        const res = await signIn(user.email, `fout-wachtwoord-${i}`, `198.51.100.${i}`);
        assert.equal(res.statusCode, 401);
      }
      const own = await signIn(user.email, user.password, '192.0.2.10');
      assert.equal(own.statusCode, 201, own.body);
    });

    test('five wrong passwords from one address lock that address for that account only', async () => {
      const user = await createUser(t.handle.db, poolId, { roles: ['contact'] });
      const other = await createUser(t.handle.db, poolId, { roles: ['contact'] });
      for (let i = 1; i <= 5; i++) {
        assert.equal((await signIn(user.email, `fout-wachtwoord-${i}`, '203.0.113.7')).statusCode, 401);
      }
      const locked = await signIn(user.email, user.password, '203.0.113.7');
      assert.equal(locked.statusCode, 429);
      assert.equal(locked.json().type, 'urn:mediatorpool:problem:too-many-requests');
      const retryAfter = Number(locked.headers['retry-after']);
      assert.ok(retryAfter > 14 * 60 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);

      assert.equal((await signIn(user.email, user.password, '192.0.2.20')).statusCode, 201, 'the account still opens from elsewhere');
      assert.equal((await signIn(other.email, other.password, '203.0.113.7')).statusCode, 201, 'the address still opens other accounts');
      assert.equal((await signIn(user.email, user.password, '203.0.113.7')).statusCode, 429, 'a success elsewhere does not clear this pair');

      const denied = await t.handle.db.selectFrom('audit_event').select('detail').where('action', '=', 'login').where('result', '=', 'denied').where('actor_label', '=', user.email).execute();
      assert.ok(denied.length >= 2);
    });

    test('wrong passwords sent at the same moment get no more tries than one after another', async () => {
      const user = await createUser(t.handle.db, poolId, { roles: ['contact'] });
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(user.email, `tegelijk-${i}-geraden`, '203.0.113.60')));
      const codes = answers.map((a) => a.statusCode);
      assert.equal(codes.filter((c) => c === 401).length, 5, codes.join(' '));
      assert.equal(codes.filter((c) => c === 429).length, 7, codes.join(' '));
    });

    test('a successful sign-in from an address clears the failures counted for that address', async () => {
      const user = await createUser(t.handle.db, poolId, { roles: ['contact'] });
      const address = '203.0.113.30';
      for (let i = 1; i <= 4; i++) assert.equal((await signIn(user.email, `fout-${i}-wachtwoord`, address)).statusCode, 401);
      assert.equal((await signIn(user.email, user.password, address)).statusCode, 201);
      for (let i = 1; i <= 4; i++) assert.equal((await signIn(user.email, `fout-${i}-opnieuw`, address)).statusCode, 401);
      assert.equal((await signIn(user.email, user.password, address)).statusCode, 201);
    });

    test('many failures from many addresses slow the account down, but not at an address it signed in from before', async () => {
      const user = await createUser(t.handle.db, poolId, { roles: ['mediator'] });
      const home = '192.0.2.40';
      await agentFrom(user.email, user.password, home);
      // The spray itself: one wrong password from each of many addresses within the hour (written
      // directly, as if each had come through the API: 50 argon2 checks add nothing to the test).
      const now = Date.now();
      await t.handle.db
        .insertInto('login_attempt')
        .values(Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, (_, i) => ({ email: user.email, ip: `10.1.${Math.floor(i / 200)}.${i % 200}`, success: false, at: new Date(now - (50 - i) * 60_000) })))
        .execute();

      const stranger = await signIn(user.email, user.password, '198.51.100.99');
      assert.equal(stranger.statusCode, 429, 'a new address waits, even with the right password');
      const retryAfter = Number(stranger.headers['retry-after']);
      assert.ok(retryAfter > 0 && retryAfter <= 60 * 60, `Retry-After ${retryAfter}`);

      const fromHome = await signIn(user.email, user.password, home);
      assert.equal(fromHome.statusCode, 201, 'the real user still signs in from their own address');
    });

    test('wrong current passwords on a password change are throttled per account and address', async () => {
      const user = await createUser(t.handle.db, poolId, { roles: ['finance'] });
      const address = '203.0.113.50';
      const agent = await agentFrom(user.email, user.password, address);
      const change = (currentPassword: string, remoteAddress: string) =>
        agent.request({ method: 'POST', url: '/api/v1/me/password', payload: { currentPassword, newPassword: 'een-heel-nieuw-wachtwoord-2026' }, remoteAddress });

      for (let i = 1; i <= 5; i++) {
        const res = await change(`geraden-${i}-wachtwoord`, address);
        assert.equal(res.statusCode, 400);
        assert.equal(res.json().invalidParams[0].name, 'currentPassword');
      }
      const throttled = await change(user.password, address);
      assert.equal(throttled.statusCode, 429, 'the right current password waits too');
      assert.ok(Number(throttled.headers['retry-after']) > 0);
      const hash = await t.handle.db.selectFrom('app_user').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.equal(hash.password_hash, user.password_hash, 'nothing changed');

      const failures = await t.handle.db.selectFrom('audit_event').select('result').where('action', '=', 'password.change').where('actor_user_id', '=', user.id).execute();
      assert.deepEqual(failures.map((f) => f.result).sort(), ['denied', 'failure', 'failure', 'failure', 'failure', 'failure']);

      const elsewhere = await change(user.password, '192.0.2.51');
      assert.equal(elsewhere.statusCode, 204, 'from another address the owner can still change it');
    });
  });
}
