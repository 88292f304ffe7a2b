import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, engageExternalMediator, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/** External mediators: a cost overview at the agreed rate, outside the netting between members. */
for (const engine of testEngines()) {
  describe(`external mediator costs (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('declarations per engagement, cost rounded once, per municipality; the settlement ignores them', async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, route: 'external_mediator' });
      const internal = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, internal.id, '2026-08-03', 60);
      const engagement = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: c.id, createdBy: w.users.coordinator.id, agreedRateCents: 13333 });
      const declare = (minutes: number, declaredOn: string, externalAssignmentId = engagement, caseId = c.id) =>
        a.coordinator.post(`/api/v1/cases/${caseId}/external-costs`, { externalAssignmentId, minutes, declaredOn, note: 'Declaratie' });
      assert.equal((await declare(90, '2026-08-10')).statusCode, 201);
      assert.equal((await declare(45, '2026-09-10')).statusCode, 201);
      assert.equal((await declare(0, '2026-09-10')).statusCode, 400);
      assert.equal((await declare(30, '2999-01-01')).statusCode, 400);
      // Only against an engagement of this very case, once the parties consented.
      const onOtherCase = await declare(30, '2026-09-10', engagement, internal.id);
      assert.equal(onOtherCase.statusCode, 400);
      assert.equal(onOtherCase.json().invalidParams[0].name, 'externalAssignmentId');
      assert.equal((await declare(30, '2026-09-10', '00000000-0000-4000-8000-000000000000')).statusCode, 400);
      const proposedOnly = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: c.id, createdBy: w.users.coordinator.id, name: 'mr. P. Voorgesteld', status: 'proposed' });
      const notYet = await declare(30, '2026-09-10', proposedOnly);
      assert.equal(notYet.statusCode, 409);
      assert.match(notYet.json().type, /external-mediator-not-engaged/);
      const rows = await t.handle.db.selectFrom('external_mediator_cost').select(['external_assignment_id', 'external_name', 'hourly_rate_cents']).where('case_id', '=', c.id).execute();
      assert.equal(rows.length, 2, 'refused declarations left nothing behind');
      assert.ok(rows.every((r) => r.external_assignment_id === engagement && r.hourly_rate_cents === 13333 && r.external_name === 'mr. E. Extern'), 'name and rate come from the engagement');
      const overview = (await a.finance.get('/api/v1/external-costs?from=2026-07-01&to=2026-09-30')).json();
      assert.equal(overview.items.length, 1);
      const e = overview.items[0];
      assert.deepEqual([e.caseNumber, e.externalName, e.organisation, e.hourlyRateCents, e.minutes, e.municipality.name], [c.number, 'mr. E. Extern', 'Extern Mediation BV', 13333, 135, 'Zwartewaterland']);
      // 135 × 13333 / 60 = 29999.25 → 29999 cents, rounded once per engagement.
      assert.equal(e.costCents, 29999);
      assert.equal(e.declarations.length, 2);
      assert.deepEqual(overview.perMunicipality, [{ id: w.zwartewaterland.id, name: 'Zwartewaterland', costCents: 29999 }]);
      assert.equal(overview.totalCostCents, 29999);
      assert.equal((await a.finance.get('/api/v1/external-costs?from=2026-09-01&to=2026-09-30')).json().items[0].minutes, 45);
      assert.equal((await a.finance.get('/api/v1/external-costs?from=2026-09-30&to=2026-09-01')).statusCode, 400);

      const s = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' })).json();
      assert.equal(s.figures.totals.settledMinutes, 60, 'external hours are not netted between members');
      const zwl = s.figures.positions.find((p: { municipalityId: string }) => p.municipalityId === w.zwartewaterland.id);
      assert.equal(zwl.netCents, 0);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('action', 'like', 'external-cost.%').execute();
      assert.equal(audit.length, 2);
    });
  });
}
