import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * No 500 on any input for outcomes, aftercare, the survey and the reports; and the survey's
 * aggregate appears only from 5 answers.
 */
for (const engine of testEngines()) {
  describe(`outcomes and reports: bad input, survey aggregate (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('malformed ids, bodies and queries answer 4xx, never 500', async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      const ids = [c.id, 'x', '%00', '00000000-0000-0000-0000-000000000000', 'a'.repeat(300)];
      const bodies: unknown[] = [undefined, null, [], 'text', 42, {}, { outcome: null }, { outcome: 'full_agreement', writtenAgreement: 'yes', shareWithReferrer: true }, { agreementsKept: 'yes', note: 'x'.repeat(3000) }, { agreementsKept: 'yes', note: 5 }];
      for (const id of ids) {
        for (const body of bodies) {
          const put = await a.coordinator.request({ method: 'PUT', url: `/api/v1/cases/${encodeURIComponent(id)}/outcome`, ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
          assert.ok(put.statusCode < 500, `PUT outcome ${id} ${JSON.stringify(body)}: ${put.statusCode}`);
          const post = await a.coordinator.request({ method: 'POST', url: `/api/v1/cases/${encodeURIComponent(id)}/aftercare`, ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
          assert.ok(post.statusCode < 500, `POST aftercare ${id}: ${post.statusCode}`);
        }
        for (const url of [`/api/v1/cases/${encodeURIComponent(id)}/outcome`, `/api/v1/satisfaction/${encodeURIComponent(id)}`]) assert.ok((await a.coordinator.get(url)).statusCode < 500, url);
        const s = await a.anonymous.post(`/api/v1/satisfaction/${encodeURIComponent(id)}`, { process: 3, mediator: 3, outcome: 3 });
        assert.ok(s.statusCode < 500 && s.statusCode !== 204, `survey ${id}: ${s.statusCode}`);
      }
      const queries = [
        '', 'from=2025-01-01', 'to=2025-01-01', 'from=2025-13-01&to=2025-12-31', 'from=0000-01-01&to=0001-01-01', 'from=2025-01-01&to=9999-12-31',
        'from=2013-12-31&to=2014-01-02', 'from=2025-01-01&to=2025-01-01', 'from=%27;drop&to=x', 'municipalityId=', 'from[]=1',
        'from=2999-01-01&to=2999-12-31', 'from=2025-02-29&to=2025-03-01', 'from=2024-02-29&to=2024-03-01',
      ];
      for (const q of queries) {
        for (const path of ['/api/v1/reports', '/api/v1/reports/case-register']) {
          const res = await a.coordinator.get(`${path}?${q}`);
          assert.ok(res.statusCode < 500, `${path}?${q}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
        const ex = await a.coordinator.get(`/api/v1/reports/export?${q}&format=xlsx&table=summary`);
        assert.ok(ex.statusCode < 500, `export ${q}: ${ex.statusCode}`);
      }
      for (const q of ['year=', 'year=abc', 'year=2014', 'year=2015', 'year=2999', 'year=3000', 'year=2025&municipalityId=x']) {
        assert.ok((await a.coordinator.get(`/api/v1/reports/benchmark?${q}&municipalityId=${w.meppel.id}`)).statusCode < 500, q);
        assert.ok((await a.coordinator.get(`/api/v1/reports/annual?${q}`)).statusCode < 500, q);
      }
    });

    test('the survey aggregate appears only from 5 answers', async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.staphorst.id, mediatorProfileId: w.profiles.meppel.id, partyEmail: 'p@example.test' });
      await a.coordinator.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/outcome`, payload: { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: true } });
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/transitions`, { to: 'concluded' })).statusCode, 200);
      const month = new Date().toISOString().slice(0, 7);
      const year = month.slice(0, 4);
      const sat = async () => (await a.coordinator.get(`/api/v1/reports?from=${year}-01-01&to=${year}-12-31`)).json().tables.find((x: { name: string }) => x.name === 'satisfaction');
      for (let i = 0; i < 4; i += 1) {
        await t.handle.db.insertInto('satisfaction_answer').values({ pool_id: w.pool.id, municipality_id: w.staphorst.id, answered_month: month, score_process: 4, score_mediator: 5, score_outcome: 3 }).execute();
      }
      const four = await sat();
      assert.equal(four.tooFewCases, true);
      assert.equal(four.rows[0].average, null);
      await t.handle.db.insertInto('satisfaction_answer').values({ pool_id: w.pool.id, municipality_id: w.staphorst.id, answered_month: month, score_process: 5, score_mediator: 5, score_outcome: 3 }).execute();
      const five = await sat();
      assert.equal(five.tooFewCases, false);
      assert.deepEqual(five.rows.map((r: { average: number }) => r.average), [4.2, 5, 3]);
      assert.equal(five.rows[0].answers, 5);
    });
  });
}
