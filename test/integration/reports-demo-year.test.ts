import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { addDays, isoDateInZone } from '../../src/domain/calendar/iso-date.js';

type Table = { name: string; rows: Record<string, string | number | null>[]; tooFewCases: boolean; columns: { key: string }[] };

/**
 * The demo pool's year (seed-demo): about 40 consistent cases with a summer peak, so that every
 * chart of the pool report shows something, and its figures agree with a count straight from the
 * tables and with the CSV export.
 */
for (const engine of testEngines()) {
  describe(`demo year in the reports (${engine})`, () => {
    let t: TestApp;
    let coordinator: Agent;
    let poolId: string;
    const today = isoDateInZone(new Date());
    const Q = `from=${addDays(today, -364)}&to=${today}`;

    before(async () => {
      t = await createTestApp(engine);
      poolId = (await seedDemo(t.handle.db)).poolId;
      coordinator = await new Agent(t.app).login('coordinator@mediatorpool.example', DEMO_PASSWORD);
    });
    after(() => t.close());

    test('about 40 cases with consistent statuses, mediators, outcomes and hours', async () => {
      const db = t.handle.db;
      const cases = await db.selectFrom('mediation_case').selectAll().where('pool_id', '=', poolId).execute();
      // About 40 of the demo year, plus the scenario cases (disclosure, external mediator, borrowing, lent hours).
      assert.ok(cases.length >= 35 && cases.length <= 47, `${cases.length} cases`);
      const outcomes = new Set((await db.selectFrom('case_outcome').select('case_id').execute()).map((r) => r.case_id));
      const withMediator = new Set((await db.selectFrom('case_mediator').select('case_id').execute()).map((r) => r.case_id));
      const withExternal = new Set((await db.selectFrom('external_mediator_assignment').select('case_id').where('status', '=', 'assigned').execute()).map((r) => r.case_id));
      for (const c of cases) {
        if (['concluded', 'closed'].includes(c.status) && c.route !== 'not_suitable' && c.route !== 'refer_elsewhere') assert.ok(outcomes.has(c.id), `${c.number} ${c.status} has an outcome`);
        if (c.assigned_on) assert.ok(c.route === 'external_mediator' ? withExternal.has(c.id) && !withMediator.has(c.id) : withMediator.has(c.id), `${c.number} has a mediator`);
        if (c.status === 'referred') assert.ok(c.route === 'not_suitable' || c.route === 'refer_elsewhere');
      }
      const hoursOnUnassigned = await sql<{ n: number }>`SELECT count(*)::int AS n FROM hour_entry h JOIN mediation_case c ON c.id = h.case_id WHERE c.assigned_on IS NULL OR h.work_date < c.assigned_on`.execute(db);
      assert.equal(Number(hoursOnUnassigned.rows[0]!.n), 0);
      const ownMediator = await sql<{ n: number }>`SELECT count(*)::int AS n FROM case_mediator cm JOIN mediator_profile mp ON mp.id = cm.mediator_id JOIN app_user u ON u.id = mp.user_id JOIN mediation_case c ON c.id = cm.case_id WHERE u.municipality_id = c.requesting_municipality_id`.execute(db);
      assert.equal(Number(ownMediator.rows[0]!.n), 0, 'never a mediator of the requesting municipality');
    });

    test('one case on the external route: an engaged external mediator with declarations at the agreed rate', async () => {
      const external = await t.handle.db.selectFrom('mediation_case').select(['id', 'number', 'status']).where('pool_id', '=', poolId).where('route', '=', 'external_mediator').execute();
      assert.equal(external.length, 1);
      const numbers = (await t.handle.db.selectFrom('mediation_case').select('number').where('pool_id', '=', poolId).execute()).map((r) => r.number);
      assert.equal(new Set(numbers).size, numbers.length, 'case numbers stay unique');
      const costs = (await coordinator.get(`/api/v1/cases/${external[0]!.id}/external-costs`)).json();
      assert.equal(costs.externalMediators.length, 1);
      assert.ok(costs.items.length >= 1 && costs.items.every((i: { hourlyRateCents: number }) => i.hourlyRateCents === costs.externalMediators[0].agreedRateCents));
      const finance = await new Agent(t.app).login('financien@mediatorpool.example', DEMO_PASSWORD);
      assert.equal((await finance.get('/api/v1/external-costs')).json().totalCostCents, costs.totalCostCents);
    });

    test('every chart of the pool report has data, with a summer peak, and agrees with the tables and the CSV', async () => {
      const res = await coordinator.get(`/api/v1/reports?${Q}`);
      assert.equal(res.statusCode, 200, res.body);
      const report = res.json() as { caseCount: number; tables: Table[] };
      for (const tb of report.tables) {
        const hasFigure = tb.rows.some((r) => tb.columns.some((c) => typeof r[c.key] === 'number' && r[c.key] !== 0));
        if (tb.name === 'satisfaction') continue; // the survey starts empty: fewer than 5 answers
        assert.ok(hasFigure, `${tb.name} shows something`);
      }
      const months = report.tables.find((x) => x.name === 'referrals_per_month')!.rows;
      const inMonths = (ms: string[]) => months.filter((r) => ms.includes(String(r.month).slice(5))).reduce((s, r) => s + Number(r.count), 0);
      assert.ok(inMonths(['06', '07', '08']) > inMonths(['12', '01', '02']), 'summer is busier than winter');

      const direct = await sql<{ case_type: string; n: number }>`SELECT case_type, count(*)::int AS n FROM mediation_case WHERE pool_id = ${poolId} AND referred_on BETWEEN ${addDays(today, -364)}::date AND ${today}::date GROUP BY 1`.execute(t.handle.db);
      const byType = report.tables.find((x) => x.name === 'by_type')!.rows;
      // A group of 1–4 (and the one beside it that would give it away) is withheld: null, never another figure.
      for (const r of direct.rows) {
        const shown = byType.find((x) => x.key === r.case_type)?.count;
        if (shown !== null) assert.equal(shown, Number(r.n), r.case_type);
        else assert.ok(direct.rows.some((x) => Number(x.n) > 0 && Number(x.n) < 5), `${r.case_type} withheld only beside a small group`);
      }
      assert.equal(report.caseCount, direct.rows.reduce((s, r) => s + Number(r.n), 0));
      const csv = await coordinator.get(`/api/v1/reports/export?${Q}&format=csv&table=by_type`);
      for (const r of byType) assert.ok(csv.body.includes(`${r.key};${r.label};${r.count ?? ''};`), `${r.key} in CSV`);

      const hours = report.tables.find((x) => x.name === 'hours')!.rows;
      const supplied = hours.reduce((s, r) => s + Number(r.minutes_supplied), 0);
      const used = hours.reduce((s, r) => s + Number(r.minutes_used), 0);
      const total = await sql<{ n: number }>`SELECT coalesce(sum(minutes), 0)::int AS n FROM hour_entry WHERE pool_id = ${poolId} AND status = 'approved' AND work_date BETWEEN ${addDays(today, -364)}::date AND ${today}::date`.execute(t.handle.db);
      // The hours of a mediator borrowed from another pool (the demo's lent case) are used by a member municipality but supplied by none.
      const borrowed = await sql<{ n: number }>`SELECT coalesce(sum(minutes), 0)::int AS n FROM hour_entry WHERE pool_id = ${poolId} AND status = 'approved'
        AND work_date BETWEEN ${addDays(today, -364)}::date AND ${today}::date AND supplier_municipality_id NOT IN (SELECT municipality_id FROM pool_member WHERE pool_id = ${poolId})`.execute(t.handle.db);
      assert.ok(Number(borrowed.rows[0]!.n) > 0, 'the demo has lent hours');
      assert.equal(supplied, Number(total.rows[0]!.n) - Number(borrowed.rows[0]!.n));
      assert.equal(used, Number(total.rows[0]!.n));
      assert.equal((await coordinator.get('/api/v1/reports/annual?year=' + today.slice(0, 4))).statusCode, 200);
    });

    test('seeding again adds nothing', async () => {
      const { seedDemoYear } = await import('../../src/server/modules/reports/seed-demo-year.js');
      assert.equal(await seedDemoYear(t.handle.db, poolId), 0);
    });
  });
}
