import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'otplib';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createMunicipality, createPool, createUser } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';
import type { Role } from '../../src/domain/roles.js';

/** A code of the authenticator app `seconds` from now. */
const codeAt = (secret: string, seconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + seconds });

/** Sets up the app for a signed-in agent and returns its secret and recovery codes. */
async function enrolTotp(agent: Agent): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await agent.post('/api/v1/me/security/totp');
  assert.equal(started.statusCode, 201, started.body);
  const { secret } = started.json();
  const confirmed = await agent.post('/api/v1/me/security/totp/confirmation', { code: await codeAt(secret) });
  assert.equal(confirmed.statusCode, 200, confirmed.body);
  return { secret, recoveryCodes: confirmed.json().recoveryCodes };
}

const problemCode = (res: { json(): unknown }) => (res.json() as { type: string }).type.replace('urn:mediatorpool:problem:', '');

for (const engine of testEngines()) {
  describe(`two-factor sign-in and sessions (${engine})`, () => {
    let t: TestApp;
    let poolId: string;
    let municipalityId: string;
    const user = async (roles: Role[]) => createUser(t.handle.db, poolId, { roles, municipalityId });
    const login = async (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);

    before(async () => {
      t = await createTestApp(engine);
      const pool = await createPool(t.handle.db, { requireSecondFactor: true });
      poolId = pool.id;
      municipalityId = (await createMunicipality(t.handle.db, pool.id)).id;
    });
    after(() => t.close());

    test('a new pool asks a second factor of administrators, coordinators and finance', async () => {
      const fresh = await t.handle.db.insertInto('pool').values({ name: 'Nieuwe pool' }).returning('id').executeTakeFirstOrThrow();
      const settings = await t.handle.db.selectFrom('pool_settings').select('require_second_factor').where('pool_id', '=', fresh.id).executeTakeFirstOrThrow();
      assert.equal(settings.require_second_factor, true);
    });

    test('an administrator switches the requirement in the pool settings', async () => {
      const pool = await createPool(t.handle.db, { requireSecondFactor: true });
      const admin = await createUser(t.handle.db, pool.id, { roles: ['admin'] });
      const coordinator = await createUser(t.handle.db, pool.id, { roles: ['coordinator'] });
      const adminAgent = await login(admin);
      await enrolTotp(adminAgent);
      assert.equal((await adminAgent.get('/api/v1/pool-settings')).json().requireSecondFactor, true);
      assert.equal((await login(coordinator).then((a) => a.get('/api/v1/sessions/current'))).json().secondFactor.status, 'enrol');
      const patched = await adminAgent.patch('/api/v1/pool-settings', { requireSecondFactor: false });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal(patched.json().requireSecondFactor, false);
      const later = await login(coordinator);
      assert.equal((await later.get('/api/v1/sessions/current')).json().secondFactor.status, 'not-required');
      assert.equal((await later.get('/api/v1/cases')).statusCode, 200);
    });

    test('a coordinator without a second factor reaches no case and nothing else until enrolled; wrong and expired codes change nothing', async () => {
      const coordinator = await user(['coordinator']);
      const agent = await login(coordinator);
      const session = (await agent.get('/api/v1/sessions/current')).json();
      assert.equal(session.secondFactor.status, 'enrol');
      assert.deepEqual(session.allowedActions, []);
      for (const url of ['/api/v1/cases', '/api/v1/users', '/api/v1/me/api-tokens', '/api/v1/me/sessions']) {
        const res = await agent.get(url);
        assert.equal(res.statusCode, 403, url);
        assert.equal(problemCode(res), 'second-factor-enrolment-required', url);
      }
      assert.equal((await agent.post('/api/v1/me/api-tokens', { name: 'omweg' })).statusCode, 403, 'no token to get around it');
      assert.equal((await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: '123456' })).statusCode, 403, 'no second step without a factor');

      const started = await agent.post('/api/v1/me/security/totp');
      assert.equal(started.statusCode, 201);
      const { secret, otpauthUri, qrCode } = started.json();
      assert.match(otpauthUri, /^otpauth:\/\/totp\//);
      assert.match(qrCode, /^data:image\/svg\+xml;base64,/);
      const stored = await t.handle.db.selectFrom('user_totp').selectAll().where('user_id', '=', coordinator.id).executeTakeFirstOrThrow();
      assert.ok(!stored.secret_encrypted.includes(secret), 'the secret is stored encrypted');

      const wrong = await agent.post('/api/v1/me/security/totp/confirmation', { code: '000000' === (await codeAt(secret)) ? '111111' : '000000' });
      assert.equal(wrong.statusCode, 400);
      assert.equal(problemCode(wrong), 'totp-code-invalid');
      assert.equal(wrong.json().invalidParams[0].name, 'code');
      const expired = await agent.post('/api/v1/me/security/totp/confirmation', { code: await codeAt(secret, -180) });
      assert.equal(expired.statusCode, 400);
      assert.equal(problemCode(expired), 'totp-code-expired');
      assert.equal((await agent.get('/api/v1/cases')).statusCode, 403, 'still nothing after wrong codes');
      const unchanged = await t.handle.db.selectFrom('user_totp').selectAll().where('user_id', '=', coordinator.id).executeTakeFirstOrThrow();
      assert.equal(unchanged.confirmed_at, null);

      const confirmed = await agent.post('/api/v1/me/security/totp/confirmation', { code: await codeAt(secret) });
      assert.equal(confirmed.statusCode, 200);
      assert.equal(confirmed.json().recoveryCodes.length, 10);
      assert.equal((await agent.get('/api/v1/cases')).statusCode, 200, 'enrolled: the session has passed');
      const overview = await agent.get('/api/v1/me/security');
      assert.equal(overview.json().totp.enrolled, true);
      assert.ok(!overview.body.includes(secret), 'the secret is never shown again');
      assert.equal(overview.json().recoveryCodesLeft, 10);
      const hashes = await t.handle.db.selectFrom('user_recovery_code').select('code_hash').where('user_id', '=', coordinator.id).execute();
      assert.ok(hashes.every((h) => !confirmed.json().recoveryCodes.includes(h.code_hash)), 'recovery codes stored hashed');

      const audit = await t.handle.db.selectFrom('audit_event').select(['action', 'result']).where('object_id', '=', coordinator.id).execute();
      assert.ok(audit.some((a) => a.action === 'second-factor.totp.enrol' && a.result === 'success'));
      assert.equal(audit.filter((a) => a.action === 'second-factor.enrol' && a.result === 'failure').length, 2);
    });

    test('the second step: a reused code is refused, a fresh one passes; a recovery code works once', async () => {
      const finance = await user(['finance']);
      const first = await login(finance);
      const { secret, recoveryCodes } = await enrolTotp(first);

      const agent = await login(finance);
      const session = (await agent.get('/api/v1/sessions/current')).json();
      assert.equal(session.secondFactor.status, 'verify');
      assert.deepEqual(session.secondFactor.methods, ['totp', 'recovery']);
      const blocked = await agent.get('/api/v1/me/api-tokens');
      assert.equal(blocked.statusCode, 403);
      assert.equal(problemCode(blocked), 'second-factor-required');
      assert.equal((await agent.post('/api/v1/me/security/totp')).statusCode, 403, 'no new factor before the second step');

      const reused = await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: await codeAt(secret) });
      assert.equal(reused.statusCode, 400);
      assert.equal(problemCode(reused), 'totp-code-reused');
      assert.equal((await agent.get('/api/v1/me/api-tokens')).statusCode, 403, 'a reused code changes nothing');
      const fresh = await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: await codeAt(secret, 30) });
      assert.equal(fresh.statusCode, 204, fresh.body);
      assert.equal((await agent.get('/api/v1/me/api-tokens')).statusCode, 200);
      assert.equal((await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: '123456' })).statusCode, 409, 'passed already');

      const viaRecovery = await login(finance);
      assert.equal((await viaRecovery.post('/api/v1/sessions/current/second-factor', { method: 'recovery', code: recoveryCodes[0]!.toUpperCase() })).statusCode, 204);
      assert.equal((await viaRecovery.get('/api/v1/me/api-tokens')).statusCode, 200);
      const again = await login(finance);
      const twice = await again.post('/api/v1/sessions/current/second-factor', { method: 'recovery', code: recoveryCodes[0] });
      assert.equal(twice.statusCode, 400);
      assert.equal(problemCode(twice), 'recovery-code-invalid');
      assert.equal((await viaRecovery.get('/api/v1/me/security')).json().recoveryCodesLeft, 9);
    });

    test('wrong second-step codes are throttled (and audited)', async () => {
      const admin = await user(['admin']);
      const { secret } = await enrolTotp(await login(admin));
      const agent = await login(admin);
      const good = await codeAt(secret, 30);
      const bad = good === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) assert.equal((await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: bad })).statusCode, 400);
      const locked = await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: good });
      assert.equal(locked.statusCode, 429);
      assert.ok(Number(locked.headers['retry-after']) > 0);
      assert.equal((await agent.get('/api/v1/cases')).statusCode, 403);
      const failures = await t.handle.db
        .selectFrom('audit_event')
        .select('result')
        .where('object_id', '=', admin.id)
        .where('action', '=', 'second-factor.verify')
        .execute();
      assert.equal(failures.filter((f) => f.result === 'failure').length, 5);
      assert.equal(failures.filter((f) => f.result === 'denied').length, 1);
    });

    test('a remembered device skips the step until the factor is reset; an administrator resets, audited, never their own', async () => {
      const coordinator = await user(['coordinator']);
      const { secret } = await enrolTotp(await login(coordinator));
      const agent = await login(coordinator);
      const passed = await agent.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: await codeAt(secret, 30), rememberDevice: true });
      assert.equal(passed.statusCode, 204);
      const device = passed.cookies.find((c) => c.name === 'mp_device');
      assert.ok(device?.value, 'a remembered-device cookie');
      assert.ok(device.httpOnly);
      const loginWithDevice = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email: coordinator.email, password: coordinator.password },
          headers: { cookie: `mp_device=${device.value}` },
        });
      const remembered = await loginWithDevice();
      assert.equal(remembered.statusCode, 201);
      assert.equal(remembered.json().secondFactor.status, 'passed');
      assert.ok(remembered.json().allowedActions.includes('cases.list'));
      const forged = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: coordinator.email, password: coordinator.password },
        headers: { cookie: `mp_device=${device.value.slice(0, -2)}xx` },
      });
      assert.equal(forged.json().secondFactor.status, 'verify', 'a tampered cookie counts for nothing');

      const admin = await user(['admin']);
      const adminAgent = await login(admin);
      await enrolTotp(adminAgent);
      const before = (await adminAgent.get(`/api/v1/users/${coordinator.id}/security`)).json();
      assert.deepEqual(before.allowedActions, ['reset-second-factor', 'end-all-sessions']);
      assert.equal(before.totp, true);
      assert.equal((await adminAgent.delete(`/api/v1/users/${admin.id}/second-factor`)).statusCode, 403, 'not their own');
      const other = await createPool(t.handle.db, { requireSecondFactor: false });
      const stranger = await createUser(t.handle.db, other.id, { roles: ['coordinator'] });
      assert.equal((await adminAgent.delete(`/api/v1/users/${stranger.id}/second-factor`)).statusCode, 404, 'another pool');
      assert.equal((await agent.delete(`/api/v1/users/${admin.id}/second-factor`)).statusCode, 404, 'not an administrator');

      assert.equal((await adminAgent.delete(`/api/v1/users/${coordinator.id}/second-factor`)).statusCode, 204);
      assert.equal((await agent.get('/api/v1/sessions/current')).statusCode, 401, 'their sessions ended');
      const afterReset = await loginWithDevice();
      assert.equal(afterReset.json().secondFactor.status, 'enrol', 'the remembered device is forgotten; enrol again');
      const audit = await t.handle.db.selectFrom('audit_event').select(['action', 'actor_user_id']).where('object_id', '=', coordinator.id).where('action', '=', 'second-factor.reset').execute();
      assert.deepEqual(audit, [{ action: 'second-factor.reset', actor_user_id: admin.id }]);
    });

    test('a mediator may enrol (not required) and is then asked; the last required factor cannot be removed', async () => {
      const mediator = await user(['mediator']);
      const agent = await login(mediator);
      assert.equal((await agent.get('/api/v1/sessions/current')).json().secondFactor.status, 'not-required');
      const { secret } = await enrolTotp(agent);
      assert.equal((await login(mediator)).cookie !== undefined, true);
      const next = await login(mediator);
      assert.equal((await next.get('/api/v1/sessions/current')).json().secondFactor.status, 'verify');
      assert.equal((await next.post('/api/v1/sessions/current/second-factor', { method: 'totp', code: await codeAt(secret, 30) })).statusCode, 204);
      assert.equal((await next.delete('/api/v1/me/security/totp')).statusCode, 204, 'not required: may remove');
      assert.equal((await next.get('/api/v1/me/security')).json().recoveryCodesLeft, 0, 'recovery codes go with the last factor');

      const coordinator = await user(['coordinator']);
      const c = await login(coordinator);
      await enrolTotp(c);
      const refused = await c.delete('/api/v1/me/security/totp');
      assert.equal(refused.statusCode, 409);
      assert.equal(problemCode(refused), 'second-factor-last-required');
      assert.equal((await c.get('/api/v1/me/security')).json().totp.enrolled, true);
    });

    test('one sees one\'s sessions and ends one; an administrator ends all of a user\'s sessions', async () => {
      const contact = await user(['contact']);
      const laptop = await login(contact);
      const phone = await login(contact);
      const list = (await laptop.get('/api/v1/me/sessions')).json().items as { id: string; current: boolean; allowedActions: string[] }[];
      assert.equal(list.length, 2);
      assert.equal(list.filter((s) => s.current).length, 1);
      const other = list.find((s) => !s.current)!;
      const stranger = await login(await user(['contact']));
      assert.equal((await stranger.delete(`/api/v1/me/sessions/${other.id}`)).statusCode, 404, "someone else's session");
      assert.equal((await phone.get('/api/v1/sessions/current')).statusCode, 200);
      assert.equal((await laptop.delete(`/api/v1/me/sessions/${other.id}`)).statusCode, 204);
      assert.equal((await phone.get('/api/v1/sessions/current')).statusCode, 401);
      assert.equal((await laptop.get('/api/v1/me/sessions')).json().items.length, 1);

      const admin = await user(['admin']);
      const adminAgent = await login(admin);
      await enrolTotp(adminAgent);
      const again = await login(contact);
      assert.equal((await adminAgent.get(`/api/v1/users/${contact.id}/security`)).json().activeSessions, 2);
      assert.equal((await adminAgent.delete(`/api/v1/users/${contact.id}/sessions`)).statusCode, 204);
      assert.equal((await laptop.get('/api/v1/sessions/current')).statusCode, 401);
      assert.equal((await again.get('/api/v1/sessions/current')).statusCode, 401);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', contact.id).where('action', '=', 'sign-in.session.end-all').execute();
      assert.equal(audit.length, 1);
    });
  });
}
