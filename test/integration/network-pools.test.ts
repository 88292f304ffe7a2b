import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { sql } from 'kysely';
import { createPoolWithRoles, createUser, TEST_PASSWORD } from '../helpers/factories.js';

/**
 * Issue 15, item 1: several pools on one installation. A platform administrator creates a pool and
 * invites its first administrator; an account joins a second pool with its own roles there; the
 * session chooses the pool, and every answer follows the chosen pool's membership.
 */
describe('several pools on one installation', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createPoolWithRoles>>;
  let platform: Agent;
  let newPoolId: string;

  const tokenOf = async (email: string) => {
    const mail = await t.handle.db.selectFrom('mail_outbox').select('body_text').where('to_address', '=', email).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    return /\/uitnodiging\/(\S+)/.exec(mail.body_text)![1]!;
  };

  /** These tests are about pools, not the second factor (its own tests): no pool asks for it here. */
  const noSecondFactor = () => sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);

  before(async () => {
    t = await createTestApp('pglite');
    a = await createPoolWithRoles(t.handle.db);
    await noSecondFactor();
    await t.handle.db.updateTable('app_user').set({ platform_admin: true }).where('id', '=', a.users.admin.id).execute();
    platform = await new Agent(t.app).login(a.users.admin.email, a.users.admin.password);
  });
  after(() => t.close());

  test('every existing account is a member of its own pool, with its roles there', async () => {
    const m = await t.handle.db.selectFrom('pool_membership').selectAll().where('user_id', '=', a.users.coordinator.id).execute();
    assert.deepEqual(m.map((r) => [r.pool_id, r.roles]), [[a.pool.id, ['coordinator']]]);
    // The account's own columns stay the home pool's membership: a change of them follows.
    await t.handle.db.updateTable('app_user').set({ roles: ['coordinator', 'mediator'] }).where('id', '=', a.users.coordinator.id).execute();
    const after = await t.handle.db.selectFrom('pool_membership').select('roles').where('user_id', '=', a.users.coordinator.id).executeTakeFirstOrThrow();
    assert.deepEqual(after.roles, ['coordinator', 'mediator']);
    await t.handle.db.updateTable('app_user').set({ roles: ['coordinator'] }).where('id', '=', a.users.coordinator.id).execute();
  });

  test('the platform administrator creates a pool and invites its first administrator; others may not', async () => {
    const coordinator = await new Agent(t.app).login(a.users.coordinator.email, a.users.coordinator.password);
    const body = { name: 'Regionaal Mediatorsnetwerk', municipalityCodes: ['GM0355', 'GM0344'], firstAdmin: { name: 'Rian Beheer', email: 'rian@rmn.test' } };
    assert.equal((await coordinator.post('/api/v1/platform/pools', body)).statusCode, 403);
    assert.equal((await coordinator.get('/api/v1/platform/pools')).statusCode, 403);

    const bad = await platform.post('/api/v1/platform/pools', { ...body, municipalityCodes: ['GM9998'] });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json().invalidParams[0].name, 'municipalityCodes');

    const created = await platform.post('/api/v1/platform/pools', body);
    assert.equal(created.statusCode, 201, created.body);
    newPoolId = created.json().pool.id;
    await noSecondFactor();
    assert.deepEqual(created.json().pool.municipalities, ['Utrecht', 'Zeist']);
    assert.equal(created.json().pool.openAdminInvitations, 1);

    const again = await platform.post('/api/v1/platform/pools', { ...body, name: 'regionaal mediatorsnetwerk' });
    assert.equal(again.statusCode, 409, again.body);
    const pools = await t.handle.db.selectFrom('pool').select('name').where('name', 'ilike', 'regionaal%').execute();
    assert.equal(pools.length, 1, 'nothing more created');

    const list = await platform.get('/api/v1/platform/pools');
    assert.equal(list.statusCode, 200, list.body);
    assert.ok(list.json().items.some((p: { id: string }) => p.id === newPoolId));

    // The first administrator accepts and is signed in to the new pool.
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token: await tokenOf('rian@rmn.test'), password: 'een-lang-wachtwoord-2026' } });
    assert.equal(accepted.statusCode, 201, accepted.body);
    const rian = await new Agent(t.app).login('rian@rmn.test', 'een-lang-wachtwoord-2026');
    const session = (await rian.get('/api/v1/sessions/current')).json();
    assert.equal(session.pool.id, newPoolId);
    assert.deepEqual(session.user.roles, ['admin']);
  });

  test('an account of pool A joins pool B with its own roles; the session switches; a pool it is not in: 404, nothing changed', async () => {
    const rian = await new Agent(t.app).login('rian@rmn.test', 'een-lang-wachtwoord-2026');
    const invited = await rian.post('/api/v1/invitations', { email: a.users.coordinator.email, name: 'Coördinator A', roles: ['coordinator', 'mediator'], municipalityId: null });
    assert.equal(invited.statusCode, 201, invited.body);
    const token = await tokenOf(a.users.coordinator.email);

    // The wrong password of the existing account: refused, nothing changed.
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token, password: 'niet-het-wachtwoord-2026' } });
    assert.equal(wrong.statusCode, 409, wrong.body);
    assert.equal((await t.handle.db.selectFrom('pool_membership').select('pool_id').where('user_id', '=', a.users.coordinator.id).execute()).length, 1);

    const joined = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token, password: TEST_PASSWORD } });
    assert.equal(joined.statusCode, 201, joined.body);
    assert.equal(joined.json().userId, a.users.coordinator.id, 'the same account');

    const both = await new Agent(t.app).login(a.users.coordinator.email, TEST_PASSWORD);
    const mine = (await both.get('/api/v1/me/pools')).json();
    assert.deepEqual(mine.items.map((p: { id: string; roles: string[]; current: boolean }) => [p.id === newPoolId ? 'B' : 'A', p.roles, p.current]).sort(), [
      ['A', ['coordinator'], true],
      ['B', ['coordinator', 'mediator'], false],
    ]);
    assert.ok(mine.allowedActions.includes('switch-pool'));

    const switched = await both.put('/api/v1/me/pool', { poolId: newPoolId });
    assert.equal(switched.statusCode, 200, switched.body);
    const inB = (await both.get('/api/v1/sessions/current')).json();
    assert.equal(inB.pool.id, newPoolId);
    assert.deepEqual(inB.user.roles, ['coordinator', 'mediator']);
    assert.equal((await both.get(`/api/v1/users/${a.users.contact.id}`)).statusCode, 404, 'pool A is out of sight');

    // A pool the account is not in, and one that does not exist: 404, the session stays in pool B.
    const stranger = await createPoolWithRoles(t.handle.db);
    await noSecondFactor();
    for (const poolId of [stranger.pool.id, '11111111-1111-4111-8111-111111111111']) {
      const refused = await both.put('/api/v1/me/pool', { poolId });
      assert.equal(refused.statusCode, 404, refused.body);
      assert.equal(refused.json().type.endsWith('not-a-member'), true);
    }
    assert.equal((await both.get('/api/v1/sessions/current')).json().pool.id, newPoolId, 'nothing changed');

    // Pool B's administrator sees the member with pool B's roles and changes them there only.
    const listed = (await rian.get('/api/v1/users')).json();
    const member = listed.items.find((u: { id: string }) => u.id === a.users.coordinator.id);
    assert.deepEqual(member.roles, ['coordinator', 'mediator']);
    const changed = await rian.patch(`/api/v1/users/${a.users.coordinator.id}`, { roles: ['mediator'] });
    assert.equal(changed.statusCode, 200, changed.body);
    const account = await t.handle.db.selectFrom('app_user').select('roles').where('id', '=', a.users.coordinator.id).executeTakeFirstOrThrow();
    assert.deepEqual(account.roles, ['coordinator'], 'the home pool keeps its roles');
    assert.deepEqual((await both.get('/api/v1/sessions/current')).json().user.roles, ['mediator']);
  });

  test('an API token stays bound to the pool it was made in, and cannot switch', async () => {
    const person = await createUser(t.handle.db, a.pool.id, { roles: ['coordinator'] });
    await t.handle.db.insertInto('pool_membership').values({ user_id: person.id, pool_id: newPoolId, roles: ['finance'] }).execute();
    const agent = await new Agent(t.app).login(person.email, person.password);
    assert.equal((await agent.put('/api/v1/me/pool', { poolId: newPoolId })).statusCode, 200);
    const made = await agent.post('/api/v1/me/api-tokens', { name: 'Koppeling' });
    assert.equal(made.statusCode, 201, made.body);
    assert.equal((await agent.put('/api/v1/me/pool', { poolId: a.pool.id })).statusCode, 200);

    const script = new Agent(t.app);
    script.bearer = made.json().secret;
    const current = (await script.get('/api/v1/sessions/current')).json();
    assert.equal(current.pool.id, newPoolId, 'the token works in pool B, where it was made');
    assert.deepEqual(current.user.roles, ['finance']);
    assert.equal((await script.put('/api/v1/me/pool', { poolId: a.pool.id })).statusCode, 403);
  });
});
