import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createDemoMatchingPool, createMatchingCase, type MatchingWorld } from '../helpers/matching-factories.js';
import { createLendingPool, type LendingPool } from '../helpers/lending-factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import { testEngines } from '../helpers/test-database.js';
import type { MyWork } from '../../src/contract/workspace.js';

/**
 * Issue 15, item 2 (loans) on the start page: the lending pool's coordinator finds on "Mijn werk"
 * how many loan requests of partner pools wait for the pool's decision (the count checked against
 * the database), longest waiting first; the borrowing pool's coordinator and other roles do not.
 */
for (const engine of testEngines()) {
  describe(`loan requests on the start page (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let l: LendingPool;
    const as = {} as Record<'coordinator' | 'lendingCoordinator' | 'lendingAdmin' | 'lendingFinance', Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      l = await createLendingPool(t.handle.db, w.pool.id);
      await sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);
      const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);
      as.coordinator = await login(w.users.coordinator);
      as.lendingCoordinator = await login(l.users.coordinator);
      as.lendingAdmin = await login(l.users.admin);
      as.lendingFinance = await login(l.users.finance);
    });
    after(() => t?.close());

    const caseWithoutHomeCandidate = () =>
      createMatchingCase(t.handle.db, w.pool.id, {
        municipalityId: w.municipalities.meppel.id,
        referrerUserId: w.users.coordinator.id,
        parties: [
          { role: 'employee', name: 'Els Gedetacheerd', municipalityId: w.municipalities.meppel.id, department: 'Belastingen', email: null },
          { role: 'manager', name: 'Piet Steen', municipalityId: w.municipalities.steenwijkerland.id, department: 'Belastingen', email: null },
          { role: 'organisation_representative', name: 'Wendy West', municipalityId: w.municipalities.westerveld.id, department: 'HR', email: null },
        ],
      });
    const section = async (agent: Agent) => {
      const res = await agent.get('/api/v1/me/work');
      assert.equal(res.statusCode, 200, res.body);
      return (res.json() as MyWork).sections.find((s) => s.key === 'loanRequests');
    };
    const waitingInDatabase = async () =>
      Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM mediator_loan WHERE lender_pool_id = ${l.pool.id} AND status = 'requested'`.execute(t.handle.db)).rows[0]!.n);

    test('no request yet: the section is there with 0, for the lending coordinator only', async () => {
      const s = await section(as.lendingCoordinator);
      assert.deepEqual([s?.role, s?.total, s?.items], ['coordinator', 0, []]);
      assert.equal(await waitingInDatabase(), 0);
      for (const agent of [as.lendingAdmin, as.lendingFinance]) assert.equal(await section(agent), undefined, 'only a coordinator decides on loans');
    });

    test('two asked loans wait, oldest first; a decided one no longer counts', async () => {
      const second = await createMediator(t.handle.db, l.pool.id, { municipalityId: l.zeist.id, name: 'Bram Tweede', specialisms: ['employment'] });
      const asked: { id: string; caseId: string }[] = [];
      for (const profileId of [l.lent.profile.id, second.profile.id]) {
        const c = await caseWithoutHomeCandidate();
        const res = await as.coordinator.post(`/api/v1/cases/${c.id}/loans`, { lenderProfileId: profileId });
        assert.equal(res.statusCode, 201, res.body);
        asked.push({ id: res.json().id, caseId: c.id });
      }
      let s = (await section(as.lendingCoordinator))!;
      assert.equal(s.total, await waitingInDatabase());
      assert.equal(s.total, 2);
      assert.deepEqual(
        s.items.map((i) => [i.id, i.kind, i.title, i.detail, i.caseId, i.atKind]),
        [
          [asked[0]!.id, 'loan', 'Noor Uitgeleend', w.pool.name, null, 'since'],
          [asked[1]!.id, 'loan', 'Bram Tweede', w.pool.name, null, 'since'],
        ],
      );
      assert.ok(!JSON.stringify(s).includes('Els Gedetacheerd'), 'nothing of the borrowing pool’s case parties');
      // The borrowing pool's coordinator has asked, not to decide: an empty section.
      assert.equal((await section(as.coordinator))!.total, 0);

      assert.equal((await as.lendingCoordinator.post(`/api/v1/lending/loans/${asked[0]!.id}/approval`)).statusCode, 200);
      s = (await section(as.lendingCoordinator))!;
      assert.equal(s.total, await waitingInDatabase());
      assert.deepEqual(s.items.map((i) => i.id), [asked[1]!.id]);
    });
  });
}
