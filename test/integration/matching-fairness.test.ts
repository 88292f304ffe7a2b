import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createDemoMatchingPool, createMatchingCase } from '../helpers/matching-factories.js';

interface Part {
  key: string;
  raw: number;
  value: number;
}
interface Ranked {
  mediator: { name: string };
  parts: Part[];
}

for (const engine of testEngines()) {
  describe(`matching fairness from approved hours (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    test('a municipality that supplied more hours than it used ranks lower on fairness; pending hours do not count', async () => {
      const w = await createDemoMatchingPool(t.handle.db);
      const coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
      const westerveldCase = await createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.westerveld.id, referrerUserId: w.users.contact.id, status: 'in_progress' });
      const meppelCase = await createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
      const bram = w.mediators.steenwijkerland;
      const workDate = new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10);
      const hours = (minutes: number, status: 'approved' | 'submitted') => ({
        pool_id: w.pool.id,
        case_id: westerveldCase.id,
        mediator_id: bram.profile.id,
        supplier_municipality_id: w.municipalities.steenwijkerland.id,
        user_municipality_id: w.municipalities.westerveld.id,
        work_date: workDate,
        minutes,
        activity: 'session' as const,
        status,
        created_by: bram.user.id,
        ...(status === 'approved' ? { period_code: workDate.slice(0, 7), period_start: `${workDate.slice(0, 7)}-01`, period_end: workDate } : {}),
      });
      const fairness = async () => {
        const body = (await coordinator.get(`/api/v1/cases/${meppelCase.id}/candidates`)).json();
        const part = (name: string) => (body.eligible as Ranked[]).find((r) => r.mediator.name === name)!.parts.find((p) => p.key === 'fairness')!;
        return { bram: part('Bram Steenbergen'), carla: part('Carla Westra') };
      };
      const before = await fairness();
      assert.equal(before.bram.raw, 0);
      assert.equal(before.carla.raw, 0);

      await t.handle.db.insertInto('hour_entry').values(hours(600, 'submitted')).execute();
      assert.equal((await fairness()).bram.raw, 0, 'hours awaiting approval do not count');

      await t.handle.db.insertInto('hour_entry').values(hours(600, 'approved')).execute();
      const after = await fairness();
      assert.ok(after.bram.raw > 0, `Steenwijkerland supplied 10 h: ${after.bram.raw}`);
      assert.ok(after.carla.raw < 0, `Westerveld used 10 h: ${after.carla.raw}`);
      assert.ok(after.bram.value < before.bram.value, 'the supplier ranks lower on fairness');
      assert.ok(after.carla.value > before.carla.value, 'the user ranks higher on fairness');
    });
  });
}
