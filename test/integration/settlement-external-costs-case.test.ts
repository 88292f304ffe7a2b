import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, engageExternalMediator, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * External costs on one case, for the case page: the declarations per engagement with their cost,
 * and the case's external mediators from matching with the agreed rate (to fill in the form).
 */
for (const engine of testEngines()) {
  describe(`external mediator costs on a case (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('the case lists its own declarations and its external mediators; others see nothing', async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, route: 'external_mediator' });
      const other = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, route: 'external_mediator' });
      const engagement = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: c.id, createdBy: w.users.coordinator.id });
      const otherEngagement = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: other.id, createdBy: w.users.coordinator.id });
      const declare = (caseId: string, minutes: number, declaredOn: string) =>
        a.coordinator.post(`/api/v1/cases/${caseId}/external-costs`, { externalAssignmentId: caseId === c.id ? engagement : otherEngagement, minutes, declaredOn });
      assert.equal((await declare(c.id, 90, '2026-08-10')).statusCode, 201);
      assert.equal((await declare(c.id, 45, '2026-08-24')).statusCode, 201);
      assert.equal((await declare(other.id, 60, '2026-08-24')).statusCode, 201);

      const res = await a.coordinator.get(`/api/v1/cases/${c.id}/external-costs`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(body.externalMediators, [{ id: engagement, name: 'mr. E. Extern', organisation: 'Extern Mediation BV', agreedRateCents: 12500, status: 'assigned' }]);
      assert.equal(body.items.length, 1);
      assert.deepEqual(body.items[0].declarations.map((d: { declaredOn: string; minutes: number }) => [d.declaredOn, d.minutes]), [
        ['2026-08-10', 90],
        ['2026-08-24', 45],
      ]);
      // 135 minutes at € 125 an hour.
      assert.deepEqual([body.totalMinutes, body.totalCostCents, body.items[0].costCents], [135, 28125, 28125]);

      for (const who of ['mediatorStaphorst', 'contactZwartewaterland', 'admin'] as const) {
        assert.equal((await a[who].get(`/api/v1/cases/${c.id}/external-costs`)).statusCode, 404, who);
      }
      assert.equal((await a.finance.get(`/api/v1/cases/${c.id}/external-costs`)).statusCode, 404, 'finance reads the pool overview, not cases');
      assert.equal((await a.otherPool.get(`/api/v1/cases/${c.id}/external-costs`)).statusCode, 404);
      assert.equal((await a.anonymous.get(`/api/v1/cases/${c.id}/external-costs`)).statusCode, 401);

      // Removing one declaration: the case total follows.
      const first = body.items[0].declarations[0].id as string;
      assert.equal((await a.coordinator.delete(`/api/v1/external-costs/${first}`)).statusCode, 204);
      assert.equal((await a.coordinator.get(`/api/v1/cases/${c.id}/external-costs`)).json().totalMinutes, 45);
    });
  });
}
