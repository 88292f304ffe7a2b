import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createMunicipality, createPool, createUser } from '../helpers/factories.js';
import type { Database } from '../../src/server/db/database.js';

/**
 * Issue 15, item 5: a pool compares itself with every pool that agreed to be compared. Four pools:
 * Aa, Beek and Cranendonck agree in the course of the tests, Dommel does not. Who sees what, the
 * small-number boundary (4 cases withheld, 5 shown), the fewer-than-3-pools rule, and a pool that
 * has not agreed is absent from the others' view.
 */
type World = Awaited<ReturnType<typeof poolWorld>>;

async function poolWorld(db: Database, name: string) {
  const pool = await createPool(db, { name });
  const home = await createMunicipality(db, pool.id, { name: `${name}-Stad` });
  const other = await createMunicipality(db, pool.id, { name: `${name}-Dorp` });
  const users = {
    admin: await createUser(db, pool.id, { roles: ['admin'], municipalityId: home.id, name: `Beheerder ${name}` }),
    coordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: home.id, name: `Coördinator ${name}` }),
    contact: await createUser(db, pool.id, { roles: ['contact'], municipalityId: home.id }),
    finance: await createUser(db, pool.id, { roles: ['finance'], municipalityId: home.id }),
    mediator: await createUser(db, pool.id, { roles: ['mediator'], municipalityId: other.id, name: `Mediator ${name}` }),
  };
  const profile = await db
    .insertInto('mediator_profile')
    .values({ pool_id: pool.id, user_id: users.mediator.id, status: 'active', status_since: '2020-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { pool, home, other, users, profileId: profile.id, cases: 0 };
}

/**
 * `n` cases referred on `referredOn` by the pool's home municipality; each assigned five working
 * days later to the pool's mediator (of the other municipality), concluded with an outcome
 * (the first `agreements` with full agreement) and two approved hours.
 */
async function addCases(db: Database, w: World, n: number, o: { referredOn?: string; agreements?: number } = {}) {
  const referredOn = o.referredOn ?? '2025-03-03';
  const year = referredOn.slice(0, 4);
  for (let i = 0; i < n; i += 1) {
    w.cases += 1;
    const c = await db
      .insertInto('mediation_case')
      .values({
        pool_id: w.pool.id,
        number: `MP-${year}-${String(w.cases).padStart(4, '0')}`,
        requesting_municipality_id: w.home.id,
        case_type: 'employment',
        title: `Geheime zaak ${w.pool.name} ${w.cases}`,
        description: 'Vertrouwelijk.',
        status: 'concluded',
        referral_source: 'hr',
        referrer_user_id: w.users.coordinator.id,
        referred_on: referredOn,
        // 2025-03-03 is a Monday: the Monday after is five working days later.
        assigned_on: '2025-03-10',
        concluded_on: '2025-05-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('case_mediator').values({ case_id: c.id, mediator_id: w.profileId, pool_id: w.pool.id, role: 'lead' }).execute();
    await db
      .insertInto('case_outcome')
      .values({ case_id: c.id, pool_id: w.pool.id, outcome: i < (o.agreements ?? 0) ? 'full_agreement' : 'no_agreement', written_agreement: false, recorded_by: w.users.mediator.id })
      .execute();
    await db
      .insertInto('hour_entry')
      .values({
        pool_id: w.pool.id,
        case_id: c.id,
        mediator_id: w.profileId,
        supplier_municipality_id: w.other.id,
        user_municipality_id: w.home.id,
        work_date: `${year}-04-01`,
        minutes: 120,
        activity: 'session',
        status: 'approved',
        decided_by: w.users.coordinator.id,
        decided_at: new Date(),
        period_code: `${year}-K2`,
        period_start: `${year}-04-01`,
        period_end: `${year}-06-30`,
        created_by: w.users.mediator.id,
      })
      .execute();
  }
}

for (const engine of testEngines()) {
  describe(`benchmark across pools (${engine})`, () => {
    let t: TestApp;
    let aa: World;
    let beek: World;
    let cran: World;
    let dommel: World;
    const agents = new Map<string, Agent>();
    const as = async (u: { email: string; password: string }) => {
      if (!agents.has(u.email)) agents.set(u.email, await new Agent(t.app).login(u.email, u.password));
      return agents.get(u.email)!;
    };
    const agree = async (w: World, yes: boolean) => {
      const res = await (await as(w.users.admin)).patch('/api/v1/pool-settings', { compareWithOtherPools: yes });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().compareWithOtherPools, yes);
    };
    const view = async (u: { email: string; password: string }, year = 2025) => {
      const res = await (await as(u)).get(`/api/v1/pool-benchmark?year=${year}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    };

    before(async () => {
      t = await createTestApp(engine);
      const db = t.handle.db;
      aa = await poolWorld(db, 'Aa');
      beek = await poolWorld(db, 'Beek');
      cran = await poolWorld(db, 'Cranendonck');
      dommel = await poolWorld(db, 'Dommel');
      await addCases(db, aa, 8, { agreements: 6 });
      // One case of another year: not in 2025's figures.
      await addCases(db, aa, 1, { referredOn: '2024-06-03' });
      await addCases(db, beek, 4, { agreements: 4 });
      await addCases(db, cran, 5, { agreements: 3 });
      await addCases(db, dommel, 6, { agreements: 6 });
    });
    after(() => t.close());

    test('off by default: a pool that has not agreed sees why, and the switch only as its administrator', async () => {
      const settings = await (await as(aa.users.admin)).get('/api/v1/pool-settings');
      assert.equal(settings.json().compareWithOtherPools, false);
      const coordinator = await view(aa.users.coordinator);
      assert.equal(coordinator.status, 'not-participating');
      assert.equal(coordinator.participating, false);
      assert.deepEqual(coordinator.rows, []);
      assert.equal(coordinator.median, null);
      assert.deepEqual(coordinator.allowedActions, ['view']);
      assert.deepEqual((await view(aa.users.admin)).allowedActions, ['view', 'change-participation']);
    });

    test('contacts, finance and mediators do not see it (403), nor does anyone signed out (401)', async () => {
      for (const u of [aa.users.contact, aa.users.finance, aa.users.mediator]) {
        assert.equal((await (await as(u)).get('/api/v1/pool-benchmark?year=2025')).statusCode, 403, u.email);
      }
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/pool-benchmark?year=2025' })).statusCode, 401);
      const session = async (u: { email: string; password: string }) => (await (await as(u)).get('/api/v1/sessions/current')).json().allowedActions as string[];
      assert.ok((await session(aa.users.coordinator)).includes('pool-benchmark.read'));
      assert.ok((await session(aa.users.admin)).includes('pool-benchmark.read'));
      assert.ok(!(await session(aa.users.contact)).includes('pool-benchmark.read'));
      assert.ok(!(await session(aa.users.finance)).includes('pool-benchmark.read'));
    });

    test('a coordinator cannot agree for the pool; the administrator can, and it is audited', async () => {
      const refused = await (await as(aa.users.coordinator)).patch('/api/v1/pool-settings', { compareWithOtherPools: true });
      assert.equal(refused.statusCode, 403);
      await agree(aa, true);
      const audit = await t.handle.db
        .selectFrom('audit_event')
        .select(['action', 'detail'])
        .where('pool_id', '=', aa.pool.id)
        .where('action', '=', 'pool-settings.update')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual((audit.detail as { changes: Record<string, unknown> }).changes.compare_with_other_pools, [false, true]);
    });

    test('with fewer than 3 pools taking part there is no comparison, for anyone', async () => {
      await agree(beek, true);
      const a = await view(aa.users.coordinator);
      assert.equal(a.status, 'too-few-pools');
      assert.equal(a.participants, 2);
      assert.equal(a.minimumPools, 3);
      assert.deepEqual(a.rows, []);
      assert.equal(a.median, null);
    });

    test('three pools: each sees all three by name, its own first; the one that has not agreed is absent', async () => {
      await agree(cran, true);
      const a = await view(aa.users.coordinator);
      assert.equal(a.status, 'shown');
      assert.equal(a.participants, 3);
      assert.deepEqual(a.rows.map((r: { name: string; own: boolean }) => [r.name, r.own]), [['Aa', true], ['Beek', false], ['Cranendonck', false]]);
      const b = await view(beek.users.admin);
      assert.deepEqual(b.rows.map((r: { name: string; own: boolean }) => [r.name, r.own]), [['Beek', true], ['Aa', false], ['Cranendonck', false]]);
      // Dommel has not agreed: it sees nothing of theirs, and none of them sees it.
      const d = await view(dommel.users.coordinator);
      assert.equal(d.status, 'not-participating');
      assert.equal(d.participants, 3);
      assert.deepEqual(d.rows, []);
      assert.ok(!JSON.stringify(a).includes('Dommel'));
    });

    test('the figures: from 4 cases withheld, from 5 shown; the median of the figures shown', async () => {
      const a = await view(aa.users.coordinator);
      const row = (name: string) => a.rows.find((r: { name: string }) => r.name === name).figures;
      // Aa: 8 cases in 2025 (the 2024 case is another year), 6 with agreement, 2 hours each, mediator from the other municipality.
      assert.deepEqual(row('Aa'), {
        referrals: { value: 8, status: 'shown' },
        agreementShare: { value: 75, status: 'shown' },
        medianWorkingDaysToAssignment: { value: 5, status: 'shown' },
        hoursPerCase: { value: 2, status: 'shown' },
        otherMunicipalityShare: { value: 100, status: 'shown' },
        satisfaction: { value: null, status: 'none' },
      });
      // Beek: 4 cases, every figure from them withheld.
      for (const f of Object.values(row('Beek')) as { value: unknown; status: string }[]) {
        if (f.status !== 'none') assert.deepEqual(f, { value: null, status: 'suppressed' });
      }
      assert.equal(row('Beek').referrals.status, 'suppressed');
      // Cranendonck: exactly 5, shown.
      assert.deepEqual(row('Cranendonck').referrals, { value: 5, status: 'shown' });
      assert.deepEqual(row('Cranendonck').agreementShare, { value: 60, status: 'shown' });
      // The median of Aa and Cranendonck only: Beek's withheld figures do not count.
      assert.equal(a.median.referrals, 6.5);
      assert.equal(a.median.agreementShare, 67.5);
      assert.equal(a.median.satisfaction, null);
      assert.equal(a.minimumCases, 5);
    });

    test('only aggregate figures and pool names: no case, no person, no id of another pool', async () => {
      const body = JSON.stringify(await view(aa.users.coordinator));
      for (const secret of ['Geheime zaak', 'MP-2025', 'Mediator Beek', 'Coördinator Cranendonck', beek.pool.id, cran.pool.id, beek.home.name, cran.users.admin.email]) {
        assert.ok(!body.includes(secret), secret);
      }
    });

    test('a pool that stops agreeing leaves the others\' view at once', async () => {
      await agree(dommel, true);
      assert.equal((await view(aa.users.coordinator)).rows.length, 4);
      await agree(dommel, false);
      const a = await view(aa.users.coordinator);
      assert.deepEqual(a.rows.map((r: { name: string }) => r.name), ['Aa', 'Beek', 'Cranendonck']);
      assert.equal((await view(dommel.users.admin)).status, 'not-participating');
    });

    test('another year has its own figures; the year is checked', async () => {
      const a = await view(aa.users.coordinator, 2024);
      assert.deepEqual(a.rows.find((r: { own: boolean }) => r.own).figures.referrals, { value: null, status: 'suppressed' });
      assert.deepEqual(a.rows.find((r: { name: string }) => r.name === 'Beek').figures.referrals, { value: 0, status: 'shown' });
      for (const q of ['', '?year=abc', '?year=1999', '?year=2025&pool=x']) {
        const res = await (await as(aa.users.coordinator)).get(`/api/v1/pool-benchmark${q}`);
        assert.equal(res.statusCode, 400, q);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      }
      const missing = await (await as(aa.users.coordinator)).get('/api/v1/pool-benchmark?year=abc');
      assert.ok(missing.json().invalidParams.some((p: { name: string }) => p.name === 'year'), missing.body);
    });
  });
}
