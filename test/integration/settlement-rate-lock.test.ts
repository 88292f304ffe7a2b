import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * The rate of a year that a final settlement priced hours at is fixed (issue 12, item 14): it can
 * be neither changed nor removed (409 rate-year-settled, nothing changes, no edit in allowedActions),
 * and a correction of settled hours is priced at the rate that settled them, so it refunds exactly
 * what was paid, also where the year's rate differs now (a rate changed before this rule existed).
 */
for (const engine of testEngines()) {
  describe(`settlement: the rate of a settled year is fixed (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let caseA = { id: '', number: '' };
    let settled = '';
    let k3 = '';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db, { rates: { 2026: 6250, 2027: 7000 } });
      a = await hoursAgents(t.app, w);
      caseA = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      settled = await logAndApprove(a.mediatorStaphorst, a.coordinator, caseA.id, '2026-07-02', 125);
      k3 = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' })).json().id as string;
      const fin = await a.coordinator.post(`/api/v1/settlements/${k3}/finalise`);
      assert.equal(fin.statusCode, 200, fin.body);
    });
    after(() => t.close());

    const stored = () => t.handle.db.selectFrom('pool_hourly_rate').select(['year', 'cents', 'updated_at']).where('pool_id', '=', w.pool.id).orderBy('year').execute();

    test('changing or removing the rate of a settled year is a 409 and changes nothing', async () => {
      const before = await stored();
      const change = await a.admin.patch('/api/v1/pool-settings/hourly-rates/2026', { cents: 9999 });
      assert.equal(change.statusCode, 409, change.body);
      assert.equal(change.json().type, 'urn:mediatorpool:problem:rate-year-settled');
      const remove = await a.admin.delete('/api/v1/pool-settings/hourly-rates/2026');
      assert.equal(remove.statusCode, 409, remove.body);
      assert.equal(remove.json().type, 'urn:mediatorpool:problem:rate-year-settled');
      assert.deepEqual(await stored(), before);
      const audits = await t.handle.db.selectFrom('audit_event').select('action').where('action', 'like', 'hourly-rate.%').execute();
      assert.deepEqual(audits, []);
    });

    test('the rate says so: no update for a settled year, update for an open one', async () => {
      const rates = (await a.admin.get('/api/v1/pool-settings/hourly-rates')).json().items as { year: number; allowedActions: string[] }[];
      assert.deepEqual(
        rates.map((r) => [r.year, r.allowedActions]),
        [
          [2026, ['read']],
          [2027, ['read', 'update']],
        ],
      );
      assert.deepEqual((await a.admin.get('/api/v1/pool-settings/hourly-rates/2026')).json().allowedActions, ['read']);
      assert.equal((await a.admin.patch('/api/v1/pool-settings/hourly-rates/2027', { cents: 7100 })).statusCode, 200);
    });

    test('a correction is priced at the rate that settled the original and refunds exactly what was paid', async () => {
      const paidFigures = (await a.finance.get(`/api/v1/settlements/${k3}`)).json().figures;
      const paidAmount = paidFigures.totals.totalAmountCents as number;
      assert.equal(paidAmount, 13021); // 125 minutes × € 62,50 = 130,2083 → 130,21

      // A rate that differs from the one that settled the hours (changed before this rule existed).
      await t.handle.db.updateTable('pool_hourly_rate').set({ cents: 9000 }).where('pool_id', '=', w.pool.id).where('year', '=', 2026).execute();

      const corr = await a.mediatorStaphorst.post(`/api/v1/hours/${settled}/corrections`, { minutes: -125, note: 'dubbel geboekt', date: '2026-10-05' });
      assert.equal(corr.statusCode, 201, corr.body);
      assert.equal((await a.coordinator.post(`/api/v1/hours/${corr.json().id}/approve`)).statusCode, 200);
      const k4 = await a.coordinator.post('/api/v1/settlements', { period: '2026-K4' });
      assert.equal(k4.statusCode, 201, k4.body);
      const figures = k4.json().figures;
      assert.equal(figures.totals.totalAmountCents, -paidAmount);
      assert.deepEqual(
        figures.pairs.flatMap((p: { years: { year: number; rateCents: number; minutes: number }[] }) => p.years),
        [{ year: 2026, minutes: -125, rateCents: 6250, amountCents: -paidAmount }],
      );
    });
  });
}
