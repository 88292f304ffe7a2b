import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { seedDemoRegistry } from '../../src/server/modules/registry/seed-demo-registry.js';

for (const engine of testEngines()) {
  describe(`registry: demo registry of the Meppel pool (${engine})`, () => {
    let t: TestApp;
    let poolId: string;
    before(async () => {
      t = await createTestApp(engine);
      poolId = (await seedDemo(t.handle.db)).poolId;
      await seedDemoRegistry(t.handle.db, poolId);
    });
    after(() => t.close());

    test('pool health: 3 active, 1 in training, 2 dormant; Staphorst and Zwartewaterland without an active mediator', async () => {
      const admin = await new Agent(t.app).login('beheerder@mediatorpool.example', DEMO_PASSWORD);
      const h = (await admin.get('/api/v1/pool-health')).json();
      assert.deepEqual([h.totals.active, h.totals.inTraining, h.totals.dormant], [3, 1, 2]);
      assert.deepEqual(h.municipalitiesWithoutActiveMediator.map((m: { name: string }) => m.name).sort(), ['Staphorst', 'Zwartewaterland']);
      // Noor de Wit's profile in Meppel came with her loan from the network (the demo's lent case): her registration is copied with it.
      assert.deepEqual(h.expiringRegistrations.map((r: { name: string }) => r.name).filter((n: string) => n !== 'Noor de Wit'), ['Jeroen Smit']);
      const settings = (await admin.get('/api/v1/pool-settings')).json();
      assert.equal(settings.settlementMode, 'hourly');
      const rates = (await admin.get('/api/v1/pool-settings/hourly-rates')).json().items;
      assert.deepEqual(rates.map((r: { year: number; cents: number }) => [r.year, r.cents]), [[2025, 6250], [2026, 6250]]);
    });

    test('Ingrid Bakker (the demo mediator) is active and sees her own profile, availability and upkeep', async () => {
      const ingrid = await new Agent(t.app).login('mediator@mediatorpool.example', DEMO_PASSWORD);
      const list = (await ingrid.get('/api/v1/mediators?q=Ingrid')).json();
      assert.equal(list.total, 1);
      const me = list.items[0];
      assert.equal(me.status, 'active');
      assert.equal(me.municipality.name, 'Steenwijkerland');
      assert.equal((await ingrid.get(`/api/v1/mediators/${me.id}`)).json().view, 'full');
      assert.equal((await ingrid.get(`/api/v1/mediators/${me.id}/unavailability`)).json().items.length, 1);
      const upkeep = (await ingrid.get(`/api/v1/mediators/${me.id}/upkeep`)).json();
      // Six mediations entered by hand, plus her concluded cases in the demo year, which count by themselves.
      assert.ok(upkeep.poolMediations.length > 0);
      assert.equal(upkeep.mediations.counted, 6 + upkeep.poolMediations.length);
      assert.equal(upkeep.cycle.basis, 'cycle_start');
      assert.ok(upkeep.reasons.every((r: { text: string }) => r.text.length > 10));
      const jeroen = await new Agent(t.app).login('jeroen.smit@mediatorpool.example', DEMO_PASSWORD);
      assert.equal((await jeroen.get('/api/v1/sessions/current')).statusCode, 200);
    });

    test('running it again adds nothing', async () => {
      // The registry's own profiles; a profile made by a loan from another pool is the loan's (the demo's lent case).
      const count = async () =>
        (
          await t.handle.db
            .selectFrom('mediator_profile as mp')
            .select('mp.id')
            .where('mp.pool_id', '=', poolId)
            .where(({ not, exists, selectFrom }) => not(exists(selectFrom('mediator_loan as l').select('l.id').whereRef('l.borrower_profile_id', '=', 'mp.id'))))
            .execute()
        ).length;
      assert.equal(await count(), 6);
      await seedDemoRegistry(t.handle.db, poolId);
      assert.equal(await count(), 6);
    });
  });
}
