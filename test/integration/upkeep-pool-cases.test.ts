import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * Issue 12, item 16: concluded pool cases count toward the MfN upkeep without a manual entry: the
 * approved contact hours (intake, session), co-mediation (more than one mediator on the case) and
 * the written agreement of the recorded outcome.
 */
for (const engine of testEngines()) {
  describe(`MfN upkeep counts concluded pool cases (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('a concluded case with approved contact hours is counted in GET upkeep without any manual entry', async () => {
      const db = t.handle.db;
      const c = await caseWithMediator(t.app, db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      await db.insertInto('case_mediator').values({ case_id: c.id, mediator_id: w.profiles.meppel.id, pool_id: w.pool.id, role: 'co' }).execute();
      await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-06-10', 90);
      await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-06-17', 120);
      // Preparation is not contact with the parties; a submitted entry is not approved: neither counts.
      const prep = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/hours`, hoursBody('2026-06-09', 60, { activity: 'preparation' }));
      assert.equal(prep.statusCode, 201, prep.body);
      await a.coordinator.post(`/api/v1/hours/${prep.json().id}/approve`);
      const open = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/hours`, hoursBody('2026-06-18', 45));
      assert.equal(open.statusCode, 201, open.body);
      await db.updateTable('mediation_case').set({ status: 'concluded', concluded_on: '2026-06-20' }).where('id', '=', c.id).execute();
      await db
        .insertInto('case_outcome')
        .values({ case_id: c.id, pool_id: w.pool.id, outcome: 'full_agreement', written_agreement: true, recorded_by: w.users.coordinator.id })
        .execute();
      // A case still in progress does not count yet.
      const running = await caseWithMediator(t.app, db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, running.id, '2026-07-01', 60);

      const entries = await a.mediatorStaphorst.get(`/api/v1/mediators/${w.profiles.staphorst.id}/upkeep-entries`);
      assert.equal(entries.json().items.length, 0, 'no manual entry');
      const res = await a.mediatorStaphorst.get(`/api/v1/mediators/${w.profiles.staphorst.id}/upkeep`);
      assert.equal(res.statusCode, 200, res.body);
      const u = res.json();
      assert.equal(u.mediations.counted, 1);
      assert.equal(u.contactMinutes.counted, 210);
      assert.equal(u.writtenAgreements.counted, 1);
      assert.equal(u.coMediations.recorded, 1);
      assert.deepEqual(u.poolMediations, [{ caseId: c.id, caseNumber: c.number, concludedOn: '2026-06-20', contactMinutes: 210, coMediation: true, writtenAgreement: true }]);

      // The co-mediator released after the conclusion still counts it (without hours of their own).
      await db.updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', c.id).where('mediator_id', '=', w.profiles.meppel.id).execute();
      const co = (await a.coordinator.get(`/api/v1/mediators/${w.profiles.meppel.id}/upkeep`)).json();
      assert.equal(co.mediations.counted, 1);
      assert.equal(co.poolMediations[0].contactMinutes, 0);
      // Another pool's user does not see it.
      assert.equal((await a.otherPool.get(`/api/v1/mediators/${w.profiles.staphorst.id}/upkeep`)).statusCode, 404);
    });
  });
}
