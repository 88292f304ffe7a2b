import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createCaseWorld, referralBody } from '../helpers/case-factories.js';

/** Issue 13, item 6: a pool's year does not stop at 9,999 cases, and lists keep number order. */
for (const engine of testEngines()) {
  describe(`case numbers past 9,999 a year (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    let coordinator: Agent;
    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    test('with the counter at 9,999 the next two cases are MP-YYYY-10000 and MP-YYYY-10001, sorted after MP-YYYY-9999', async () => {
      const first = await coordinator.post('/api/v1/cases', referralBody(w.meppel.id, { title: 'De laatste met vier cijfers' }));
      assert.equal(first.statusCode, 201, first.body);
      const year = /^MP-(\d{4})-0001$/.exec(first.json().number)?.[1];
      assert.ok(year, first.json().number);
      // As if this pool had registered 9,999 cases this year: the last one has number 9999.
      await t.handle.db.updateTable('mediation_case').set({ number: `MP-${year}-9999` }).where('id', '=', first.json().id).execute();
      await t.handle.db.updateTable('case_number_counter').set({ last_number: 9999 }).where('pool_id', '=', w.pool.id).where('year', '=', Number(year)).execute();

      const tenThousandth = await coordinator.post('/api/v1/cases', referralBody(w.meppel.id, { title: 'De tienduizendste' }));
      assert.equal(tenThousandth.statusCode, 201, tenThousandth.body);
      assert.equal(tenThousandth.json().number, `MP-${year}-10000`);
      const next = await coordinator.post('/api/v1/cases', referralBody(w.meppel.id, { title: 'De tienduizend-en-eerste' }));
      assert.equal(next.statusCode, 201, next.body);
      assert.equal(next.json().number, `MP-${year}-10001`);

      const detail = await coordinator.get(`/api/v1/cases/${tenThousandth.json().id}`);
      assert.equal(detail.statusCode, 200, detail.body);
      assert.equal(detail.json().number, `MP-${year}-10000`);

      const numbers = async (direction: 'asc' | 'desc') => {
        const res = await coordinator.get(`/api/v1/cases?sort=number&direction=${direction}`);
        assert.equal(res.statusCode, 200, res.body);
        return res.json().items.map((c: { number: string }) => c.number);
      };
      assert.deepEqual(await numbers('asc'), [`MP-${year}-9999`, `MP-${year}-10000`, `MP-${year}-10001`]);
      assert.deepEqual(await numbers('desc'), [`MP-${year}-10001`, `MP-${year}-10000`, `MP-${year}-9999`]);

      const found = await coordinator.get(`/api/v1/cases?q=${encodeURIComponent(`mp-${year}-10000`)}`);
      assert.deepEqual(found.json().items.map((c: { number: string }) => c.number), [`MP-${year}-10000`]);
    });

    test('the database still refuses a number that is not canonical', async () => {
      const [row] = await t.handle.db.selectFrom('mediation_case').select('id').limit(1).execute();
      for (const bad of ['MP-2026-00001', 'MP-2026-123', 'MP-2026-12345678901']) {
        await assert.rejects(t.handle.db.updateTable('mediation_case').set({ number: bad }).where('id', '=', row!.id).execute(), /check constraint/i, bad);
      }
    });
  });
}
