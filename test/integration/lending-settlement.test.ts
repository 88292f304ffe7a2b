import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, pdfText, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { createLendingPool, lendFor, lentMediatorAgent, type LendingPool } from '../helpers/lending-factories.js';

/**
 * Issue 15, item 2: the hours of a mediator lent by another pool are approved in the borrowing
 * pool and settled between the two pools at the loan's terms (free or a rate), as lines of their
 * own on both pools' settlements and statements, apart from the municipalities' netting.
 */
for (const engine of testEngines()) {
  describe(`lent hours on both pools' settlements (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let l: LendingPool;
    let noor: Agent;
    let lender: { coordinator: Agent; finance: Agent; contactZeist: Agent };
    let paid: Awaited<ReturnType<typeof lendFor>>;
    let free: Awaited<ReturnType<typeof lendFor>>;
    let borrowingK3 = '';
    let lendingK3 = '';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      l = await createLendingPool(t.handle.db, w.pool.id);
      lender = {
        coordinator: await login(l.users.coordinator),
        finance: await login(l.users.finance),
        contactZeist: await login(l.users.contactZeist),
      };
      // The home netting: a Staphorst mediator on a Meppel case, 2 hours.
      const home = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, home.id, '2026-07-02', 120);
      // Noor of Zeist lent to the pool: at € 60,00 an hour on a Zwartewaterland case, free on a Meppel case.
      paid = await lendFor(t.app, t.handle.db, a.coordinator, l, { borrowingPoolId: w.pool.id, municipalityId: w.zwartewaterland.id, decidedBy: w.users.coordinator.id });
      free = await lendFor(t.app, t.handle.db, a.coordinator, l, { borrowingPoolId: w.pool.id, municipalityId: w.meppel.id, decidedBy: w.users.coordinator.id, rateCents: null });
      noor = await lentMediatorAgent(t.app, l, w.pool.id);
      await logAndApprove(noor, a.coordinator, paid.case.id, '2026-07-10', 90);
      await logAndApprove(noor, a.coordinator, paid.case.id, '2026-08-03', 45);
      await logAndApprove(noor, a.coordinator, free.case.id, '2026-08-04', 60);
    });
    after(() => t.close());

    const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);

    test('the borrowing pool: lent hours apart from the netting, owed to the lending pool at the loan’s terms', async () => {
      const res = await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
      assert.equal(res.statusCode, 201, res.body);
      borrowingK3 = res.json().id;
      const f = res.json().figures;
      // The netting is the home hours only: Meppel pays Staphorst 2 hours at € 62,50; Zeist is nowhere in it.
      assert.equal(f.totals.settledMinutes, 120);
      assert.equal(f.totals.entries, 1);
      assert.deepEqual(f.transfers, [{ fromId: w.meppel.id, toId: w.staphorst.id, amountCents: 12500 }]);
      assert.ok(!f.municipalities.some((m: { code: string }) => m.code === 'GM0355'), 'the lent mediator’s municipality is not in the netting');
      assert.ok(!f.lines.some((x: { caseId: string }) => x.caseId === paid.case.id || x.caseId === free.case.id));
      // The loans: 1:30 + 0:45 at € 60,00 = € 135,00, rounded once; the free loan 1:00 for € 0,00.
      assert.deepEqual(
        f.loans.lines.map((x: Record<string, unknown>) => [x.direction, x.caseNumber, x.municipalityId, x.minutes, x.rateCents, x.amountCents, (x.partnerPool as { name: string }).name, x.mediatorName]),
        [
          ['borrowed', paid.case.number, w.zwartewaterland.id, 135, 6000, 13500, l.pool.name, 'Noor Uitgeleend'],
          ['borrowed', free.case.number, w.meppel.id, 60, null, 0, l.pool.name, 'Noor Uitgeleend'],
        ].sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
      );
      assert.deepEqual([f.loans.owedCents, f.loans.receivableCents, f.loans.borrowedMinutes, f.loans.lentMinutes], [13500, 0, 195, 0]);
      assert.deepEqual(f.loans.perPool, [{ pool: { id: l.pool.id, name: l.pool.name }, owedCents: 13500, receivableCents: 0, netCents: -13500 }]);
    });

    test('the lending pool: the same hours, to receive, on its own settlement', async () => {
      const res = await lender.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
      assert.equal(res.statusCode, 201, res.body);
      lendingK3 = res.json().id;
      const f = res.json().figures;
      assert.equal(f.totals.settledMinutes, 0, 'nothing between its own municipalities');
      assert.deepEqual(f.transfers, []);
      const lines = f.loans.lines.map((x: Record<string, unknown>) => [x.direction, x.caseNumber, x.municipalityId, x.minutes, x.amountCents, (x.partnerPool as { name: string }).name]);
      assert.deepEqual(
        lines.sort((x: string[], y: string[]) => String(x[1]).localeCompare(String(y[1]))),
        [
          ['lent', paid.case.number, l.zeist.id, 135, 13500, w.pool.name],
          ['lent', free.case.number, l.zeist.id, 60, 0, w.pool.name],
        ].sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
      );
      assert.deepEqual([f.loans.owedCents, f.loans.receivableCents], [0, 13500]);
    });

    test('both pools’ statement PDFs show the lines apart from the netting', async () => {
      const borrowingPdf = async (municipalityId: string) => {
        const res = await a.coordinator.get(`/api/v1/settlements/${borrowingK3}/statements/${municipalityId}/pdf`);
        assert.equal(res.statusCode, 200, res.body);
        return pdfText(res.rawPayload);
      };
      const zwartewaterland = await borrowingPdf(w.zwartewaterland.id);
      assert.match(zwartewaterland, /Uren tussen pools \(buiten de verrekening tussen gemeenten\)/);
      assert.match(zwartewaterland, new RegExp(`${paid.case.number}\\s+geleend\\s+Regionaal Mediatorsnetwerk`));
      assert.match(zwartewaterland, /2:15\s+€ 60,00\s+€ 135,00/);
      assert.match(zwartewaterland, /Mediatorpool Noord-West Overijssel betaalt Regionaal Mediatorsnetwerk \(test\): € 135,00/);
      const meppel = await borrowingPdf(w.meppel.id);
      assert.match(meppel, new RegExp(`${free.case.number}\\s+geleend.*kosteloos\\s+€ 0,00`));
      assert.doesNotMatch(meppel, new RegExp(paid.case.number), 'another municipality’s case is not on Meppel’s statement');
      const staphorst = await borrowingPdf(w.staphorst.id);
      assert.match(staphorst, /Geen geleende of uitgeleende uren voor Staphorst in deze periode/);

      const res = await lender.coordinator.get(`/api/v1/settlements/${lendingK3}/statements/${l.zeist.id}/pdf`);
      assert.equal(res.statusCode, 200, res.body);
      const zeist = pdfText(res.rawPayload);
      assert.match(zeist, new RegExp(`${free.case.number}\\s+uitgeleend\\s+Mediatorpool Noord-West Overijssel\\s+1:00\\s+kosteloos\\s+€ 0,00`));
      for (const text of [paid.case.number, '2:15', '€ 60,00', '€ 135,00']) assert.ok(zeist.includes(text), text);
      assert.match(zeist, /Regionaal Mediatorsnetwerk \(test\) ontvangt van Mediatorpool Noord-West Overijssel: € 135,00/);
      const csv = (await lender.finance.get(`/api/v1/settlements/${lendingK3}/export.csv`)).body;
      assert.match(csv, new RegExp(`uitgeleend;GM0355;Zeist;;Mediatorpool Noord-West Overijssel;${paid.case.number};;135;`));
    });

    test('both pools’ XLSX exports hold the lent hours on a sheet of their own, with the figures’ totals', async () => {
      for (const [agent, id] of [
        [a.coordinator, borrowingK3],
        [lender.finance, lendingK3],
      ] as const) {
        const f = (await agent.get(`/api/v1/settlements/${id}`)).json().figures;
        const res = await agent.get(`/api/v1/settlements/${id}/export.xlsx`);
        assert.equal(res.statusCode, 200, res.body);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
        assert.deepEqual(wb.worksheets.map((s) => s.name), ['Verrekening', 'Saldi', 'Paren', 'Zaken', 'Overboekingen', 'Uitlenen']);
        const rows: unknown[][] = [];
        wb.getWorksheet('Uitlenen')!.eachRow((row, n) => {
          if (n > 1) rows.push([1, 2, 3, 4, 6, 7, 8].map((c) => row.getCell(c).value));
        });
        const lines = f.loans.lines as { direction: string; partnerPool: { name: string }; caseNumber: string; mediatorName: string; minutes: number; rateCents: number | null; amountCents: number }[];
        const word = (d: string) => (d === 'borrowed' ? 'geleend' : 'uitgeleend');
        assert.deepEqual(
          rows.slice(0, lines.length),
          lines.map((l) => [word(l.direction), l.partnerPool.name, l.caseNumber, l.mediatorName, l.minutes, l.rateCents === null ? 'kosteloos' : l.rateCents / 100, l.amountCents / 100]),
        );
        const total = (label: string) => rows.find((r) => r[0] === label)!;
        assert.deepEqual([total('Totaal geleend')[4], total('Totaal geleend')[6]], [f.loans.borrowedMinutes, f.loans.owedCents / 100]);
        assert.deepEqual([total('Totaal uitgeleend')[4], total('Totaal uitgeleend')[6]], [f.loans.lentMinutes, f.loans.receivableCents / 100]);
        // The sheet's lines add up to its totals, and per partner pool to the net.
        const sum = (d: string, col: number) => rows.slice(0, lines.length).filter((r) => r[0] === word(d)).reduce((n: number, r) => n + Number(r[col]), 0);
        assert.equal(sum('borrowed', 4), f.loans.borrowedMinutes);
        assert.equal(Math.round(sum('borrowed', 6) * 100), f.loans.owedCents);
        assert.equal(Math.round(sum('lent', 6) * 100), f.loans.receivableCents);
        const nets = rows.filter((r) => r[0] === 'Saldo (+ ontvangen)').map((r) => [r[1], r[6]]);
        assert.deepEqual(nets, f.loans.perPool.map((p: { pool: { name: string }; netCents: number }) => [p.pool.name, p.netCents / 100]));
      }
      // The borrowing pool owes € 135,00 for 3:15 (the free loan included); the lending pool receives it.
      const borrowing = (await a.coordinator.get(`/api/v1/settlements/${borrowingK3}`)).json().figures.loans;
      assert.deepEqual([borrowing.borrowedMinutes, borrowing.owedCents], [195, 13500]);
    });

    test('the lending pool settles each hour once: a late approval lands in its next open period', async () => {
      const fin = await lender.finance.post(`/api/v1/settlements/${lendingK3}/finalise`);
      assert.equal(fin.statusCode, 200, fin.body);
      const stored = fin.json().figures;
      assert.equal(stored.loans.receivableCents, 13500);
      const settled = await sql<{ n: number; m: number }>`SELECT count(*)::int AS n, sum(minutes)::int AS m FROM lent_hours_settled WHERE settlement_id = ${lendingK3}`.execute(t.handle.db);
      assert.deepEqual(settled.rows[0], { n: 3, m: 195 });
      // The trigger refuses it; on PostgreSQL the app's role may not even try (insert and read only, ADR 0011).
      await assert.rejects(sql`UPDATE lent_hours_settled SET minutes = 1 WHERE settlement_id = ${lendingK3}`.execute(t.handle.db), /never change|permission denied/);
      await assert.rejects(sql`DELETE FROM lent_hours_settled WHERE settlement_id = ${lendingK3}`.execute(t.handle.db), /never change|permission denied/);

      // The borrowing pool approves September's last hour after the lending pool closed its quarter.
      await logAndApprove(noor, a.coordinator, paid.case.id, '2026-09-29', 30);
      const again = (await lender.coordinator.get(`/api/v1/settlements/${lendingK3}`)).json();
      assert.equal(again.hashVerified, true);
      assert.deepEqual(again.figures, stored, 'a final settlement does not change');
      const k4 = await lender.coordinator.post('/api/v1/settlements', { period: '2026-K4' });
      assert.equal(k4.statusCode, 201, k4.body);
      assert.deepEqual(
        k4.json().figures.loans.lines.map((x: Record<string, unknown>) => [x.direction, x.caseNumber, x.minutes, x.amountCents]),
        [['lent', paid.case.number, 30, 3000]],
        'only the new half hour, in the next open quarter',
      );
      // The borrowing pool's own quarter takes it in the period of its date.
      const borrowing = (await a.coordinator.get(`/api/v1/settlements/${borrowingK3}`)).json().figures;
      assert.equal(borrowing.loans.lines.find((x: { caseNumber: string }) => x.caseNumber === paid.case.number).minutes, 165);
      assert.equal(borrowing.totals.settledMinutes, 120, 'the netting is still the home hours only');
    });

    test('who sees it: the lending pool’s contact sees her municipality’s final statement; nobody else reaches the other pool’s settlement', async () => {
      const list = await lender.contactZeist.get(`/api/v1/settlements/${lendingK3}/statements`);
      assert.equal(list.statusCode, 200, list.body);
      assert.equal((await lender.contactZeist.get(`/api/v1/settlements/${lendingK3}/statements/${l.zeist.id}/pdf`)).statusCode, 200);
      assert.equal((await lender.coordinator.get(`/api/v1/settlements/${borrowingK3}`)).statusCode, 404);
      assert.equal((await a.coordinator.get(`/api/v1/settlements/${lendingK3}`)).statusCode, 404);
      assert.equal((await noor.get(`/api/v1/settlements/${borrowingK3}`)).statusCode, 404);
    });

    test('a lent mediator logs hours as usual: her entry is the borrowing pool’s, supplied by her own municipality', async () => {
      const res = await noor.post(`/api/v1/cases/${free.case.id}/hours`, hoursBody('2026-10-02', 30));
      assert.equal(res.statusCode, 201, res.body);
      const row = await t.handle.db.selectFrom('hour_entry').select(['pool_id', 'supplier_municipality_id']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { pool_id: w.pool.id, supplier_municipality_id: l.zeist.id });
    });
  });
}
