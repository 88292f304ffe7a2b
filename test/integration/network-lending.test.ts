import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';

/**
 * Issue 15, item 2 (the agreement): two pools agree to lend, both administrators confirm; the
 * terms are case types, free or at a rate, and an optional yearly cap in hours.
 */
describe('lending agreements between pools', () => {
  let t: TestApp;
  let meppel: Awaited<ReturnType<typeof createPoolWithRoles>>;
  let rmn: Awaited<ReturnType<typeof createPoolWithRoles>>;
  let third: Awaited<ReturnType<typeof createPoolWithRoles>>;
  const as = {} as Record<'meppelAdmin' | 'rmnAdmin' | 'rmnCoordinator' | 'rmnMediator' | 'thirdAdmin', Agent>;

  before(async () => {
    t = await createTestApp('pglite');
    meppel = await createPoolWithRoles(t.handle.db);
    rmn = await createPoolWithRoles(t.handle.db);
    third = await createPoolWithRoles(t.handle.db);
    await sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);
    as.meppelAdmin = await new Agent(t.app).login(meppel.users.admin.email, meppel.users.admin.password);
    as.rmnAdmin = await new Agent(t.app).login(rmn.users.admin.email, rmn.users.admin.password);
    as.rmnCoordinator = await new Agent(t.app).login(rmn.users.coordinator.email, rmn.users.coordinator.password);
    as.rmnMediator = await new Agent(t.app).login(rmn.users.mediator.email, rmn.users.mediator.password);
    as.thirdAdmin = await new Agent(t.app).login(third.users.admin.email, third.users.admin.password);
  });
  after(() => t.close());

  const terms = () => ({ partnerPoolId: rmn.pool.id, caseTypes: ['employment', 'neighbours'], rateCents: 6250, yearlyCapHours: 40, autoApprove: false });
  const count = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM lending_agreement`.execute(t.handle.db)).rows[0]!.n);

  test('bad terms and an unknown partner: the field is named, nothing is stored', async () => {
    for (const [body, field] of [
      [{ ...terms(), partnerPoolId: '11111111-1111-4111-8111-111111111111' }, 'partnerPoolId'],
      [{ ...terms(), partnerPoolId: meppel.pool.id }, 'partnerPoolId'],
      [{ ...terms(), caseTypes: [] }, 'caseTypes'],
      [{ ...terms(), yearlyCapHours: 0 }, 'yearlyCapHours'],
      [{ ...terms(), rateCents: -1 }, 'rateCents'],
    ] as const) {
      const res = await as.meppelAdmin.post('/api/v1/lending/agreements', body);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(JSON.stringify(res.json().invalidParams).includes(field), `${field}: ${res.body}`);
    }
    assert.equal(await count(), 0);
    assert.equal((await as.rmnCoordinator.post('/api/v1/lending/agreements', { ...terms(), partnerPoolId: meppel.pool.id })).statusCode, 403, 'only an administrator proposes');
  });

  test('one administrator proposes, the other confirms; others see nothing of it', async () => {
    const proposed = await as.meppelAdmin.post('/api/v1/lending/agreements', terms());
    assert.equal(proposed.statusCode, 201, proposed.body);
    const agreement = proposed.json();
    assert.equal(agreement.status, 'proposed');
    assert.deepEqual(agreement.allowedActions, ['end'], 'the proposer does not confirm their own proposal (but may withdraw it)');
    const id = agreement.id as string;

    const again = await as.rmnAdmin.post('/api/v1/lending/agreements', { ...terms(), partnerPoolId: meppel.pool.id });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(await count(), 1, 'nothing more stored');

    assert.equal((await as.meppelAdmin.post(`/api/v1/lending/agreements/${id}/confirmation`)).statusCode, 403);
    assert.equal((await as.rmnCoordinator.post(`/api/v1/lending/agreements/${id}/confirmation`)).statusCode, 403);
    assert.equal((await as.thirdAdmin.post(`/api/v1/lending/agreements/${id}/confirmation`)).statusCode, 404, 'a third pool learns nothing');
    assert.equal((await as.rmnMediator.get('/api/v1/lending/agreements')).statusCode, 403);
    assert.deepEqual((await as.thirdAdmin.get('/api/v1/lending/agreements')).json().items, []);

    const seenByRmn = (await as.rmnCoordinator.get('/api/v1/lending/agreements')).json().items;
    assert.equal(seenByRmn.length, 1);
    assert.equal(seenByRmn[0].partnerPool.id, meppel.pool.id);
    assert.equal(seenByRmn[0].proposedByUs, false);

    const confirmed = await as.rmnAdmin.post(`/api/v1/lending/agreements/${id}/confirmation`);
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().status, 'in-force');
    assert.equal((await as.rmnAdmin.post(`/api/v1/lending/agreements/${id}/confirmation`)).statusCode, 403, 'confirmed once');
    const inMeppel = (await as.meppelAdmin.get('/api/v1/lending/agreements')).json().items[0];
    assert.deepEqual([inMeppel.status, inMeppel.rateCents, inMeppel.yearlyCapHours, inMeppel.caseTypes], ['in-force', 6250, 40, ['employment', 'neighbours']]);
  });
});
