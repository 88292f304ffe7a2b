import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool, createUser } from '../helpers/factories.js';
import { createHoursWorld, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { createLendingPool, lendFor, lentMediatorAgent, type LendingPool } from '../helpers/lending-factories.js';

/**
 * Issue 15, item 2, the agreements page's API: the pools to propose to, ending an agreement (either
 * administrator; loans keep their terms), and the hours lent and borrowed this year against the cap.
 */
describe('lending agreements: partner pools, ending, hours this year', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let l: LendingPool;
  let lenderAdmin: Agent;
  let lenderCoordinator: Agent;
  let third: Awaited<ReturnType<typeof createPool>>;
  let thirdAdmin: Agent;

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    l = await createLendingPool(t.handle.db, w.pool.id);
    third = await createPool(t.handle.db, { name: 'Mediatorpool Achterhoek (test)' });
    const thirdUser = await createUser(t.handle.db, third.id, { roles: ['admin'] });
    lenderAdmin = await new Agent(t.app).login(l.users.admin.email, l.users.admin.password);
    lenderCoordinator = await new Agent(t.app).login(l.users.coordinator.email, l.users.coordinator.password);
    thirdAdmin = await new Agent(t.app).login(thirdUser.email, thirdUser.password);
    const loan = await lendFor(t.app, t.handle.db, a.coordinator, l, { borrowingPoolId: w.pool.id, municipalityId: w.meppel.id, decidedBy: w.users.coordinator.id });
    const noor = await lentMediatorAgent(t.app, l, w.pool.id);
    await logAndApprove(noor, a.coordinator, loan.case.id, '2026-07-10', 90);
    await logAndApprove(noor, a.coordinator, loan.case.id, '2026-11-03', 45);
  });
  after(() => t.close());

  const agreementRow = async () => t.handle.db.selectFrom('lending_agreement').selectAll().where('id', '=', l.agreement.id).executeTakeFirstOrThrow();

  test('the hours lent and borrowed this year, each pool from its side', async () => {
    const lender = (await lenderCoordinator.get('/api/v1/lending/agreements')).json().items[0];
    assert.deepEqual(lender.thisYear, { year: 2026, lentMinutes: 135, borrowedMinutes: 0 });
    assert.equal(lender.yearlyCapHours, 40);
    const borrower = (await a.admin.get('/api/v1/lending/agreements')).json().items[0];
    assert.deepEqual(borrower.thisYear, { year: 2026, lentMinutes: 0, borrowedMinutes: 135 });
    assert.deepEqual(borrower.allowedActions, ['end'], 'an administrator of either pool may end it');
    assert.deepEqual(lender.allowedActions, [], 'a coordinator reads only');
  });

  test('the pool picker: every other pool by name, marked when an agreement exists; administrators only', async () => {
    const res = await a.admin.get('/api/v1/lending/partner-pools');
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { id: string; name: string; agreement: boolean }[];
    assert.ok(!items.some((p) => p.id === w.pool.id), 'not the own pool');
    assert.equal(items.find((p) => p.id === l.pool.id)?.agreement, true);
    assert.equal(items.find((p) => p.id === third.id)?.agreement, false);
    assert.equal((await a.coordinator.get('/api/v1/lending/partner-pools')).statusCode, 403);
    assert.equal((await a.anonymous.get('/api/v1/lending/partner-pools')).statusCode, 401);
  });

  test('bad input to a proposal: the field is named in Dutch, nothing is stored', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM lending_agreement`.execute(t.handle.db);
    for (const [body, field] of [
      [{ partnerPoolId: third.id, caseTypes: ['employment'], rateCents: 100001, yearlyCapHours: null, autoApprove: false }, 'rateCents'],
      [{ partnerPoolId: third.id, caseTypes: ['ruzie'], rateCents: null, yearlyCapHours: null, autoApprove: false }, 'caseTypes'],
      [{ partnerPoolId: third.id, caseTypes: ['employment'], rateCents: null, yearlyCapHours: 10001, autoApprove: false }, 'yearlyCapHours'],
      [{ partnerPoolId: 'niet-een-pool', caseTypes: ['employment'], rateCents: null, yearlyCapHours: null, autoApprove: false }, 'partnerPoolId'],
    ] as const) {
      const res = await a.admin.post('/api/v1/lending/agreements', body);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(JSON.stringify(res.json().invalidParams).includes(field), `${field}: ${res.body}`);
    }
    const again = await a.admin.post('/api/v1/lending/agreements', { partnerPoolId: l.pool.id, caseTypes: ['employment'], rateCents: null, yearlyCapHours: null, autoApprove: false });
    assert.equal(again.statusCode, 409, again.body);
    assert.match(again.json().detail, /Er is al een uitleenovereenkomst met deze pool/);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM lending_agreement`.execute(t.handle.db);
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
  });

  test('a proposal to the third pool is withdrawn by its proposer; the third pool then sees it ended', async () => {
    const res = await a.admin.post('/api/v1/lending/agreements', { partnerPoolId: third.id, caseTypes: ['neighbours'], rateCents: null, yearlyCapHours: null, autoApprove: true });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    assert.equal((await lenderAdmin.post(`/api/v1/lending/agreements/${id}/end`)).statusCode, 404, 'another pool learns nothing of it');
    const ended = await a.admin.post(`/api/v1/lending/agreements/${id}/end`);
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().status, 'ended');
    assert.ok(ended.json().endedAt);
    const seen = (await thirdAdmin.get('/api/v1/lending/agreements')).json().items.find((x: { id: string }) => x.id === id);
    assert.equal(seen.status, 'ended');
    assert.deepEqual(seen.allowedActions, []);
    assert.equal((await thirdAdmin.post(`/api/v1/lending/agreements/${id}/confirmation`)).statusCode, 403, 'an ended proposal cannot be confirmed');
  });

  test('ending: not by a coordinator, not twice, not by a stranger; loans keep their terms and their hours stay', async () => {
    assert.equal((await lenderCoordinator.post(`/api/v1/lending/agreements/${l.agreement.id}/end`)).statusCode, 403);
    assert.equal((await thirdAdmin.post(`/api/v1/lending/agreements/${l.agreement.id}/end`)).statusCode, 404);
    assert.equal((await a.admin.post('/api/v1/lending/agreements/11111111-1111-4111-8111-111111111111/end')).statusCode, 404);
    assert.equal((await a.admin.post('/api/v1/lending/agreements/niet-een-id/end')).statusCode, 400);
    assert.equal((await agreementRow()).ended_at, null, 'nothing changed');

    const res = await lenderAdmin.post(`/api/v1/lending/agreements/${l.agreement.id}/end`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'ended');
    const twice = await a.admin.post(`/api/v1/lending/agreements/${l.agreement.id}/end`);
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json().type, 'urn:mediatorpool:problem:agreement-ended');
    const audit = await t.handle.db.selectFrom('audit_event').select('pool_id').where('action', '=', 'lending-agreement.end').where('object_id', '=', l.agreement.id).execute();
    assert.deepEqual(audit.map((r) => r.pool_id).sort(), [w.pool.id, l.pool.id].sort(), 'both pools’ audit logs say so');
    const loan = await t.handle.db.selectFrom('mediator_loan').select(['status', 'rate_cents']).where('agreement_id', '=', l.agreement.id).executeTakeFirstOrThrow();
    assert.deepEqual(loan, { status: 'approved', rate_cents: 6000 });
    const borrower = (await a.admin.get('/api/v1/lending/agreements')).json().items.find((x: { id: string }) => x.id === l.agreement.id);
    assert.equal(borrower.thisYear.borrowedMinutes, 135);
  });
});
