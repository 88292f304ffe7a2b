import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, pdfText, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * A final settlement never changes: every write route is tried against one and the figures, hash,
 * stored positions, PDFs and CSV stay byte-for-byte the same; its hours are locked; an approval
 * after finalising lands in the next open period. Finalising twice, at the same moment, with a
 * missing rate; the `none` mode; period input.
 */
for (const engine of testEngines()) {
  describe(`settlement: final is final (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let caseA = { id: '', number: '' };
    let caseB = { id: '', number: '' };
    let settled = '';
    let pending = '';
    let k3 = '';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      caseA = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      caseB = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, mediatorProfileId: w.profiles.meppel.id });
      settled = await logAndApprove(a.mediatorStaphorst, a.coordinator, caseA.id, '2026-07-02', 630);
      await logAndApprove(a.mediatorMeppel, a.coordinator, caseB.id, '2026-09-01', 240);
      pending = (await a.mediatorStaphorst.post(`/api/v1/cases/${caseA.id}/hours`, hoursBody('2026-08-05', 60))).json().id;
      k3 = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' })).json().id;
    });
    after(() => t.close());

    /** Everything that shows a settlement: API, stored rows, every PDF, the CSV. */
    const snapshot = async (id: string) => {
      const detail = (await a.finance.get(`/api/v1/settlements/${id}`)).json();
      delete detail.pendingApproval;
      const pdfs: string[] = [];
      for (const m of [w.meppel, w.staphorst, w.zwartewaterland]) {
        pdfs.push(pdfText((await a.finance.get(`/api/v1/settlements/${id}/statements/${m.id}/pdf`)).rawPayload));
      }
      const csv = (await a.finance.get(`/api/v1/settlements/${id}/export.csv`)).body;
      const row = await t.handle.db.selectFrom('settlement').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const positions = await t.handle.db.selectFrom('settlement_position').selectAll().where('settlement_id', '=', id).orderBy('municipality_id').execute();
      const hours = await t.handle.db.selectFrom('hour_entry').selectAll().where('period_code', '=', '2026-K3').orderBy('id').execute();
      return { detail, pdfs, csv, row, positions, hours };
    };

    test('the draft includes approved hours only; pending hours are counted separately', async () => {
      const s = (await a.coordinator.get(`/api/v1/settlements/${k3}`)).json();
      assert.equal(s.figures.totals.settledMinutes, 870);
      assert.deepEqual(s.pendingApproval, { entries: 1, minutes: 60 });
    });

    test('finalise; then no API call changes it, and its hours are locked', async () => {
      const fin = await a.coordinator.post(`/api/v1/settlements/${k3}/finalise`);
      assert.equal(fin.statusCode, 200, fin.body);
      const before = await snapshot(k3);
      assert.equal(before.detail.hashVerified, true);

      const attempts: [string, Promise<{ statusCode: number; body: string }>, number][] = [];
      const tryIt = (label: string, expected: number, call: () => Promise<{ statusCode: number; body: string }>) => attempts.push([label, call(), expected]);
      tryIt('finalise again', 409, () => a.coordinator.post(`/api/v1/settlements/${k3}/finalise`));
      tryIt('finance finalises again', 409, () => a.finance.post(`/api/v1/settlements/${k3}/finalise`));
      tryIt('delete', 409, () => a.coordinator.delete(`/api/v1/settlements/${k3}`));
      tryIt('a second settlement for the period', 409, () => a.coordinator.post('/api/v1/settlements', { period: '2026-K3' }));
      tryIt('an overlapping year settlement', 400, () => a.coordinator.post('/api/v1/settlements', { period: '2026' }));
      tryIt('reopen settled hours', 409, () => a.coordinator.post(`/api/v1/hours/${settled}/reopen`));
      tryIt('reject settled hours', 409, () => a.coordinator.post(`/api/v1/hours/${settled}/reject`, { reason: 'toch niet' }));
      tryIt('approve settled hours', 409, () => a.coordinator.post(`/api/v1/hours/${settled}/approve`));
      tryIt('edit settled hours', 409, () => a.mediatorStaphorst.patch(`/api/v1/hours/${settled}`, { minutes: 10 }));
      tryIt('delete settled hours', 409, () => a.mediatorStaphorst.delete(`/api/v1/hours/${settled}`));
      tryIt('new hours dated in the final period', 409, () => a.mediatorStaphorst.post(`/api/v1/cases/${caseA.id}/hours`, hoursBody('2026-08-10', 30)));
      tryIt('move pending hours within the final period', 409, () => a.mediatorStaphorst.patch(`/api/v1/hours/${pending}`, { date: '2026-08-06' }));
      tryIt('a correction dated in the final period', 409, () => a.mediatorStaphorst.post(`/api/v1/hours/${settled}/corrections`, { minutes: -30, note: 'te veel', date: '2026-09-30' }));
      tryIt('the rate of 2026 changes', 409, () => a.admin.patch('/api/v1/pool-settings/hourly-rates/2026', { cents: 9999 }));
      tryIt('the rate of 2026 is removed', 409, () => a.admin.delete('/api/v1/pool-settings/hourly-rates/2026'));
      for (const [label, promise, expected] of attempts) {
        const res = await promise;
        assert.equal(res.statusCode, expected, `${label}: ${res.body}`);
      }
      const dated = await a.mediatorStaphorst.post(`/api/v1/cases/${caseA.id}/hours`, hoursBody('2026-08-10', 30));
      assert.equal(dated.json().type, 'urn:mediatorpool:problem:period-final');
      assert.equal(dated.json().invalidParams[0].name, 'date');

      // The database refuses too, whatever a future bug in a command might try.
      await assert.rejects(sql`UPDATE settlement SET content_hash = repeat('0', 64) WHERE id = ${k3}`.execute(t.handle.db));
      await assert.rejects(sql`DELETE FROM settlement_position WHERE settlement_id = ${k3}`.execute(t.handle.db));
      await assert.rejects(sql`UPDATE hour_entry SET minutes = 1 WHERE id = ${settled}`.execute(t.handle.db));

      const after = await snapshot(k3);
      assert.deepEqual(after.detail, before.detail);
      assert.deepEqual(after.pdfs, before.pdfs);
      assert.equal(after.csv, before.csv);
      assert.deepEqual(after.row, before.row);
      assert.deepEqual(after.positions, before.positions);
      assert.deepEqual(after.hours, before.hours);
      assert.ok(after.pdfs[1]!.includes('€ 62,50'), 'the old rate stays on the final statement');
      assert.equal((await a.admin.get('/api/v1/pool-settings/hourly-rates/2026')).json().cents, 6250, 'the rate that settled the period is fixed');
    });

    test('an approval after finalising lands in the next open period', async () => {
      const approved = await a.coordinator.post(`/api/v1/hours/${pending}/approve`);
      assert.equal(approved.statusCode, 200);
      assert.equal(approved.json().date, '2026-08-05');
      assert.deepEqual(approved.json().period, { code: '2026-K4', start: '2026-10-01', end: '2026-12-31' });
      assert.equal(approved.json().locked, false);
      assert.equal((await a.coordinator.get(`/api/v1/hours/${settled}`)).json().locked, true);
      const k4 = await a.coordinator.post('/api/v1/settlements', { period: '2026-K4' });
      assert.equal(k4.statusCode, 201);
      assert.equal(k4.json().figures.totals.settledMinutes, 60);
      assert.deepEqual(k4.json().figures.lines.map((l: { caseNumber: string; minutes: number }) => [l.caseNumber, l.minutes]), [[caseA.number, 60]]);
      const k3now = (await a.coordinator.get(`/api/v1/settlements/${k3}`)).json();
      assert.equal(k3now.figures.totals.settledMinutes, 870, 'the final settlement did not take it');
    });

    test('a correction of settled hours lands in an open period and settles there', async () => {
      const corr = await a.mediatorStaphorst.post(`/api/v1/hours/${settled}/corrections`, { minutes: -30, note: 'Half uur te veel', date: '2026-10-05' });
      assert.equal(corr.statusCode, 201, corr.body);
      const ok = await a.coordinator.post(`/api/v1/hours/${corr.json().id}/approve`);
      assert.deepEqual(ok.json().period.code, '2026-K4');
      const k4 = (await a.coordinator.get('/api/v1/settlements')).json().items.find((s: { period: { code: string } }) => s.period.code === '2026-K4');
      const f = (await a.coordinator.get(`/api/v1/settlements/${k4.id}`)).json().figures;
      assert.equal(f.totals.settledMinutes, 30, '60 minutes minus the 30-minute correction');
      const staphorst = f.positions.find((p: { municipalityId: string }) => p.municipalityId === w.staphorst.id);
      assert.equal(staphorst.netCents, 3125, '30 minutes at € 62.50');
    });

    test('two finalisations at the same moment: exactly one succeeds', async () => {
      // An ended quarter: a period that has not ended (2026-K4 until 31 December) cannot be finalised at all.
      const k4 = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K2' })).json();
      const results = await Promise.all([
        a.coordinator.post(`/api/v1/settlements/${k4.id}/finalise`),
        a.finance.post(`/api/v1/settlements/${k4.id}/finalise`),
        a.coordinator2.post(`/api/v1/settlements/${k4.id}/finalise`),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409, 409], results.map((r) => r.body).join('\n'));
      const audits = await t.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'settlement.finalise').where('object_id', '=', k4.id).execute();
      assert.equal(audits.length, 1);
      const positions = await t.handle.db.selectFrom('settlement_position').select('municipality_id').where('settlement_id', '=', k4.id).execute();
      assert.equal(positions.length, 3, 'positions written once');
    });

    test('a rate missing for a year with hours: the draft says so, finalising is refused naming the year', async () => {
      const old = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, referredOn: '2025-06-01' });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, old.id, '2025-08-01', 60);
      const draft = await a.coordinator.post('/api/v1/settlements', { period: '2025-K3' });
      assert.equal(draft.statusCode, 201);
      assert.equal(draft.json().figures, null);
      assert.deepEqual(draft.json().issues.map((i: { code: string; years: number[] }) => [i.code, i.years]), [['missing-rate', [2025]]]);
      const fin = await a.coordinator.post(`/api/v1/settlements/${draft.json().id}/finalise`);
      assert.equal(fin.statusCode, 409);
      assert.equal(fin.json().type, 'urn:mediatorpool:problem:missing-rate');
      assert.match(fin.json().detail, /2025/);
      assert.equal((await a.coordinator.get(`/api/v1/settlements/${draft.json().id}/export.csv`)).statusCode, 409);
      assert.equal((await a.coordinator.get(`/api/v1/settlements/${draft.json().id}`)).json().status, 'draft', 'nothing changed');
      assert.equal((await a.admin.post('/api/v1/pool-settings/hourly-rates', { year: 2025, cents: 6000 })).statusCode, 201);
      const ok = await a.coordinator.post(`/api/v1/settlements/${draft.json().id}/finalise`);
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().figures.positions.find((p: { municipalityId: string }) => p.municipalityId === w.staphorst.id).netCents, 6000);
    });

    test('period input: the pool’s kind only, real periods, no overlaps; drafts can be deleted', async () => {
      const month = await a.coordinator.post('/api/v1/settlements', { period: '2026-09' });
      assert.equal(month.statusCode, 400);
      assert.equal(month.json().invalidParams[0].code, 'wrong-kind');
      assert.equal((await a.coordinator.post('/api/v1/settlements', { period: '2026-K5' })).statusCode, 400);
      assert.equal((await a.coordinator.post('/api/v1/settlements', { period: 'kwartaal' })).statusCode, 400);
      const draft = await a.coordinator.post('/api/v1/settlements', { period: '2027-K1' });
      assert.equal(draft.statusCode, 201);
      assert.equal((await a.coordinator.post('/api/v1/settlements', { period: '2027-K1' })).statusCode, 409);
      assert.equal((await a.finance.delete(`/api/v1/settlements/${draft.json().id}`)).statusCode, 204);
      assert.equal((await a.finance.get(`/api/v1/settlements/${draft.json().id}`)).statusCode, 404);
    });
  });

  describe(`settlement without money: the balance in hours (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db, { mode: 'none', period: 'month', rates: {} });
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('same balances in minutes, no amounts, no transfers, no rate needed', async () => {
      const c1 = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      const c2 = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, mediatorProfileId: w.profiles.meppel.id });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, c1.id, '2026-09-02', 630);
      await logAndApprove(a.mediatorMeppel, a.coordinator, c2.id, '2026-09-03', 240);
      const s = (await a.coordinator.post('/api/v1/settlements', { period: '2026-09' })).json();
      const fin = (await a.coordinator.post(`/api/v1/settlements/${s.id}/finalise`)).json();
      assert.equal(fin.figures.mode, 'none');
      assert.equal(fin.figures.period.label, 'september 2026');
      assert.deepEqual(
        Object.fromEntries(fin.figures.positions.map((p: { municipalityId: string; netMinutes: number; netCents: null }) => [p.municipalityId, [p.netMinutes, p.netCents]])),
        { [w.meppel.id]: [-390, null], [w.staphorst.id]: [630, null], [w.zwartewaterland.id]: [-240, null] },
      );
      assert.deepEqual(fin.figures.transfers, []);
      assert.equal(fin.figures.totals.totalAmountCents, null);
      const text = pdfText((await a.contactStaphorst.get(`/api/v1/settlements/${s.id}/statements/${w.staphorst.id}/pdf`)).rawPayload);
      assert.match(text, /alleen het urensaldo/);
      assert.match(text, /Netto uren: \+10:30 uur \(630 min\)/);
      assert.doesNotMatch(text, /€/);
      assert.match(text, new RegExp(fin.contentHash));
    });
  });
}
