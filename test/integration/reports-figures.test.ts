import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createHoursWorld, hoursAgents, pdfText, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { readCsv } from '../../src/domain/registry/csv.js';
import type { Database } from '../../src/server/db/database.js';

interface CaseSpec {
  municipalityId: string;
  referredOn: string;
  assignedOn?: string;
  concludedOn?: string;
  type?: string;
  source?: string;
  route?: string | null;
  status?: string;
  outcome?: string;
  written?: boolean;
}

let counter = 0;
/** A case straight in the database with exactly the dates and categories the hand count needs. */
async function insertCase(db: Database, w: HoursWorld, s: CaseSpec) {
  counter += 1;
  const row = await db
    .insertInto('mediation_case')
    .values({
      pool_id: w.pool.id,
      number: `MP-${s.referredOn.slice(0, 4)}-${String(counter).padStart(4, '0')}`,
      requesting_municipality_id: s.municipalityId,
      case_type: s.type ?? 'employment',
      title: 'Geheime titel',
      description: 'Vertrouwelijke omschrijving van Jan Jansen',
      status: s.status ?? (s.concludedOn ? 'concluded' : s.assignedOn ? 'in_progress' : 'registered'),
      route: s.route === undefined ? 'formal_mediation' : s.route,
      referral_source: s.source ?? 'hr',
      referrer_user_id: w.users.coordinator.id,
      referred_on: s.referredOn,
      assigned_on: s.assignedOn ?? null,
      concluded_on: s.concludedOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.outcome) {
    await db.insertInto('case_outcome').values({ case_id: row.id, pool_id: w.pool.id, outcome: s.outcome as 'no_agreement', written_agreement: s.written ?? false, recorded_by: w.users.coordinator.id }).execute();
  }
  return row.id;
}

type Table = { name: string; rows: Record<string, string | number | null>[]; tooFewCases: boolean; columns: { key: string; label: string }[] };
const table = (report: { tables: Table[] }, name: string) => {
  const t = report.tables.find((x) => x.name === name);
  assert.ok(t, `table ${name}`);
  return t;
};
/** The CSV as header and rows of fields (semicolons, BOM), failing the test when it does not parse. */
function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const r = readCsv(text, { maxRows: 100000, delimiter: ';' });
  assert.ok(r.ok, 'CSV parses');
  return { header: r.header, rows: r.rows.map((x) => x.fields) };
}
const value = (report: { tables: Table[] }, measure: string) => table(report, 'summary').rows.find((r) => r.measure === measure)?.value;

/**
 * Reports against a hand count: Meppel has 8 cases in 2025, all referred on Monday 3 March and
 * assigned 2, 3, 4, 5, 6, 8, 10 and 12 working days later (no holidays in March 2025), so the
 * median is 5.5, the 90th percentile 10.6 (percentile_cont: 10 + 0.3 × 2) and 7 of 8 (87.5 %)
 * are within the norm of 10. Staphorst has 3 cases: "too few cases".
 */
for (const engine of testEngines()) {
  describe(`reports: figures, small numbers, exports, benchmark, annual report (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    const Q = 'from=2025-01-01&to=2025-12-31';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      const db = t.handle.db;
      const assigned = ['2025-03-05', '2025-03-06', '2025-03-07', '2025-03-10', '2025-03-11', '2025-03-13', '2025-03-17', '2025-03-19'];
      const outcomes = ['full_agreement', 'full_agreement', 'partial_agreement', 'no_agreement', 'stopped_by_party', 'full_agreement'];
      for (const [i, on] of assigned.entries()) {
        await insertCase(db, w, {
          municipalityId: w.meppel.id,
          referredOn: '2025-03-03',
          assignedOn: on,
          type: i < 5 ? 'employment' : 'citizen_government',
          source: i < 2 ? 'manager' : 'hr',
          ...(i < 6 ? { concludedOn: '2025-05-02', outcome: outcomes[i]!, written: i < 2 } : {}),
        });
      }
      // Two Meppel referrals not taken on, and one in 2024 (last year's column).
      await insertCase(db, w, { municipalityId: w.meppel.id, referredOn: '2025-07-14', route: 'not_suitable', status: 'referred', type: 'neighbours' });
      await insertCase(db, w, { municipalityId: w.meppel.id, referredOn: '2025-07-15', route: 'refer_elsewhere', status: 'referred', type: 'neighbours' });
      await insertCase(db, w, { municipalityId: w.meppel.id, referredOn: '2024-03-11' });
      // Approved hours in 2025: a Staphorst mediator on a Meppel case, 90 + 45 minutes; one entry of 2024 outside the period.
      const hourCase = await insertCase(db, w, { municipalityId: w.meppel.id, referredOn: '2024-12-02', assignedOn: '2024-12-09' });
      for (const [date, minutes] of [['2025-01-07', 90], ['2025-02-04', 45], ['2024-12-10', 60]] as const) {
        await db
          .insertInto('hour_entry')
          .values({
            pool_id: w.pool.id, case_id: hourCase, mediator_id: w.profiles.staphorst.id, supplier_municipality_id: w.staphorst.id, user_municipality_id: w.meppel.id,
            work_date: date, minutes, activity: 'session', status: 'approved', decided_by: w.users.coordinator.id, decided_at: new Date(),
            period_code: `${date.slice(0, 4)}-K1`, period_start: `${date.slice(0, 4)}-01-01`, period_end: `${date.slice(0, 4)}-03-31`, created_by: w.users.mediatorStaphorst.id,
          })
          .execute();
      }
      for (const d of ['2025-02-03', '2025-06-02', '2025-09-01']) await insertCase(db, w, { municipalityId: w.staphorst.id, referredOn: d, assignedOn: d.replace(/-0[1-3]$/, '-10') });
    });
    after(() => t.close());

    const report = async (agent: Agent, q = Q) => {
      const res = await agent.get(`/api/v1/reports?${q}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { caseCount: number | null; tooFewCases: boolean; tables: Table[] };
    };

    test('the pool and Meppel figures agree with the hand count', async () => {
      const meppel = await report(a.coordinator, `${Q}&municipalityId=${w.meppel.id}`);
      assert.equal(meppel.caseCount, 10);
      assert.equal(meppel.tooFewCases, false);
      const byType = Object.fromEntries(table(meppel, 'by_type').rows.map((r) => [r.key, r.count]));
      // Small numbers (issue 12, item 13): the 3 and the 2 are withheld, so is the share of a withheld group.
      assert.deepEqual(byType, { employment: 5, citizen_government: null, neighbours: null, group: 0, other: 0 });
      assert.equal(table(meppel, 'by_type').rows.find((r) => r.key === 'employment')?.share, 50);
      const bySource = Object.fromEntries(table(meppel, 'by_source').rows.map((r) => [r.key, r.count]));
      assert.deepEqual([bySource.manager, bySource.hr], [null, null], 'manager 2 withheld, and hr 8 beside it, else 10 − 8 gives the 2');
      assert.equal(value(meppel, 'referred_or_not_suitable_share'), 20);
      const tp = table(meppel, 'throughput').rows.find((r) => r.measure === 'assignment')!;
      assert.deepEqual([tp.cases, tp.median_working_days, tp.p90_working_days, tp.norm_working_days, tp.within_norm_share], [8, 5.5, 10.6, 10, 87.5]);
      const conclusion = table(meppel, 'throughput').rows.find((r) => r.measure === 'conclusion')!;
      // 3 March → 2 May 2025: 20 working days in March, 21 in April less Good Friday (18th) and Easter Monday (21st), 2 in May: 42 (King's Day on a Saturday).
      assert.equal(conclusion.cases, 6);
      assert.equal(conclusion.median_working_days, 42);
      const oc = Object.fromEntries(table(meppel, 'outcomes').rows.map((r) => [r.key, r.count]));
      assert.deepEqual(Object.values(oc).filter((v) => v !== 0), [null, null, null, null], '3, 1, 1 and 1: all withheld');
      assert.equal(value(meppel, 'agreement_rate'), 66.7);
      assert.equal(value(meppel, 'written_agreements'), null, '2: a small group');
      const march = table(meppel, 'referrals_per_month').rows.find((r) => r.month === '2025-03')!;
      // July's 2 is withheld, so March's 8 is too (10 − 8); last year's single cases in March and December likewise.
      assert.deepEqual([march.count, march.previous_year], [null, null]);
      assert.equal(table(meppel, 'referrals_per_month').rows.length, 12);

      const pool = await report(a.coordinator);
      assert.equal(pool.caseCount, 13);
      const hours = Object.fromEntries(table(pool, 'hours').rows.map((r) => [r.code, [r.minutes_supplied, r.minutes_used, r.net_minutes]]));
      assert.deepEqual(hours, { GM0119: [0, 135, -135], GM0180: [135, 0, 135], GM1896: [0, 0, 0] });
      const fin = await report(a.finance);
      assert.deepEqual(table(fin, 'hours').rows, table(pool, 'hours').rows, 'finance sees the same hours');
      const staphorstMediator = table(pool, 'mediators').rows.find((r) => r.name === 'Sanne Staphorst');
      assert.equal(staphorstMediator?.minutes, 135);
    });

    test('a municipality with 3 cases in the period shows too few cases', async () => {
      const st = await report(a.coordinator, `${Q}&municipalityId=${w.staphorst.id}`);
      assert.equal(st.tooFewCases, true);
      assert.equal(st.caseCount, null);
      for (const name of ['by_type', 'by_source', 'by_route', 'outcomes', 'referrals_per_month', 'throughput']) {
        const tb = table(st, name);
        assert.equal(tb.tooFewCases, true, name);
        for (const r of tb.rows) for (const c of tb.columns.filter((x) => !['key', 'label', 'month', 'measure'].includes(x.key))) assert.equal(r[c.key], null, `${name}.${c.key}`);
      }
      assert.ok(table(st, 'by_type').rows.some((r) => r.label === 'arbeidsconflict'), 'labels stay');
      // The same for the contact of Staphorst, on their own report.
      assert.equal((await report(a.contactStaphorst)).tooFewCases, true);
    });

    test('every table exports to CSV and XLSX with the same figures', async () => {
      const meppel = await report(a.coordinator, `${Q}&municipalityId=${w.meppel.id}`);
      for (const tb of meppel.tables) {
        const csv = await a.coordinator.get(`/api/v1/reports/export?${Q}&municipalityId=${w.meppel.id}&format=csv&table=${tb.name}`);
        assert.equal(csv.statusCode, 200, csv.body);
        assert.match(String(csv.headers['content-type']), /text\/csv/);
        const parsed = parseCsv(csv.body);
        assert.deepEqual(parsed.header, tb.columns.map((c) => c.label));
        assert.equal(parsed.rows.length, tb.rows.length);
        parsed.rows.forEach((row, i) => {
          tb.columns.forEach((c, j) => {
            const v = tb.rows[i]![c.key];
            assert.equal(row[j], v === null || v === undefined ? '' : String(v).replace('.', ','), `${tb.name} ${c.key}`);
          });
        });
        const xlsx = await a.coordinator.get(`/api/v1/reports/export?${Q}&municipalityId=${w.meppel.id}&format=xlsx&table=${tb.name}`);
        assert.equal(xlsx.statusCode, 200);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        const ws = wb.worksheets[0]!;
        assert.equal(ws.rowCount, tb.rows.length + 3);
        const firstFigure = tb.columns.findIndex((c) => typeof tb.rows[0]?.[c.key] === 'number');
        if (firstFigure >= 0) assert.equal(ws.getRow(4).getCell(firstFigure + 1).value, tb.rows[0]![tb.columns[firstFigure]!.key]);
      }
      assert.equal((await a.coordinator.get(`/api/v1/reports/export?${Q}&format=pdf&table=by_type`)).statusCode, 400);
      assert.equal((await a.coordinator.get(`/api/v1/reports/export?${Q}&format=csv&table=nonsense`)).statusCode, 400);
      assert.equal((await a.finance.get(`/api/v1/reports/export?${Q}&format=csv&table=by_type`)).statusCode, 404, 'finance: hours only');
      assert.equal((await a.finance.get(`/api/v1/reports/export?${Q}&format=csv&table=hours`)).statusCode, 200);
    });

    test('authorization per role and bad input', async () => {
      const own = await report(a.contactMeppel);
      assert.equal(own.caseCount, 10, 'a contact gets their own municipality');
      assert.equal((await a.contactMeppel.get(`/api/v1/reports?${Q}&municipalityId=${w.staphorst.id}`)).statusCode, 404);
      const fin = await report(a.finance);
      assert.deepEqual(fin.tables.map((x) => x.name), ['hours']);
      for (const who of ['mediatorStaphorst', 'admin'] as const) assert.equal((await a[who].get(`/api/v1/reports?${Q}`)).statusCode, 403, who);
      assert.equal((await a.anonymous.get(`/api/v1/reports?${Q}`)).statusCode, 401);
      assert.equal((await a.otherPool.get(`/api/v1/reports?${Q}&municipalityId=${w.meppel.id}`)).statusCode, 404, 'not a member of their pool');
      const backwards = await a.coordinator.get('/api/v1/reports?from=2025-12-31&to=2025-01-01');
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.json().detail, /eindigt voordat/);
      const fifty = await a.coordinator.get('/api/v1/reports?from=1990-01-01&to=2040-01-01');
      assert.equal(fifty.statusCode, 400);
      assert.match(fifty.json().detail, /te lang/);
      assert.equal((await a.coordinator.get('/api/v1/reports?from=2025-02-30&to=2025-03-01')).statusCode, 400);
      assert.equal((await a.coordinator.get('/api/v1/reports?from=x&to=y')).statusCode, 400);
      assert.equal((await a.coordinator.get(`/api/v1/reports?${Q}&municipalityId=abc`)).statusCode, 400);
      const stranger = await a.coordinator.get(`/api/v1/reports?${Q}&municipalityId=00000000-0000-4000-8000-000000000000`);
      assert.equal(stranger.statusCode, 404);
      assert.match(stranger.json().detail, /geen lid/);
      assert.equal((await a.coordinator.get(`/api/v1/reports?${Q}&unknown=1`)).statusCode, 400);
      assert.equal((await a.contactMeppel.get('/api/v1/reports/case-register?from=2025-01-01&to=2025-12-31')).statusCode, 403);
      assert.equal((await a.finance.get('/api/v1/reports/benchmark?year=2025')).statusCode, 403);
      assert.equal((await a.mediatorMeppel.get('/api/v1/reports/annual?year=2025')).statusCode, 403);
      assert.equal((await a.coordinator.get('/api/v1/reports/benchmark?year=2025')).statusCode, 400, 'which municipality?');
      assert.equal((await a.coordinator.get('/api/v1/reports/benchmark?year=99999')).statusCode, 400);
      assert.equal((await a.coordinator.get(`/api/v1/reports/benchmark?year=2014&municipalityId=${w.meppel.id}`)).statusCode, 400, 'the calendar starts in 2014');
      assert.equal((await a.coordinator.get('/api/v1/reports?from=2005-01-01&to=2006-01-01')).statusCode, 400);
    });

    test('benchmark: Meppel beside the pool average and its previous year; small groups show no figures', async () => {
      const res = await a.contactMeppel.get('/api/v1/reports/benchmark?year=2025');
      assert.equal(res.statusCode, 200, res.body);
      const b = res.json();
      const row = (m: string) => b.rows.find((r: { measure: string }) => r.measure === m);
      assert.equal(row('referrals').municipality, 10);
      assert.equal(row('referrals').poolAverage, Math.round((10 * 13) / 3) / 10);
      assert.equal(row('referrals').previousYear, null, '2024: one case, too few');
      assert.equal(b.tooFewCases.previousYear, true);
      assert.equal(row('median_to_assignment').municipality, 5.5);
      assert.equal(row('agreement_rate').municipality, 66.7);
      const st = (await a.coordinator.get(`/api/v1/reports/benchmark?year=2025&municipalityId=${w.staphorst.id}`)).json();
      assert.equal(st.tooFewCases.municipality, true);
      assert.equal(st.rows.find((r: { measure: string }) => r.measure === 'referrals').municipality, null);
      assert.equal((await a.contactMeppel.get(`/api/v1/reports/benchmark?year=2025&municipalityId=${w.staphorst.id}`)).statusCode, 404);
    });

    test('the annual report PDF renders and its key figures match the report', async () => {
      const res = await a.coordinator.get(`/api/v1/reports/annual?year=2025&municipalityId=${w.meppel.id}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const pdf = res.rawPayload;
      const dir = mkdtempSync(join(tmpdir(), 'jaarverslag-'));
      try {
        writeFileSync(join(dir, 'j.pdf'), pdf);
        execFileSync('pdftoppm', ['-png', '-r', '40', join(dir, 'j.pdf'), join(dir, 'page')]);
        assert.ok(readdirSync(dir).filter((f) => f.endsWith('.png')).length >= 1, 'rendered');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      const text = pdfText(pdf);
      assert.match(text, /Jaarverslag 2025/);
      assert.match(text, /gemeente Meppel/);
      const json = await report(a.coordinator, `${Q}&municipalityId=${w.meppel.id}`);
      for (const r of table(json, 'summary').rows) {
        const shown = r.value === null ? '—' : String(r.value).replace('.', ',');
        assert.ok(text.includes(`${r.label}: ${shown}`), `${r.label}: ${shown}`);
      }
      assert.match(text, /Gezondheid van de pool/);
      assert.match(text, /Actieve mediators: 1/);
      const pool = await a.coordinator.get('/api/v1/reports/annual?year=2025');
      assert.equal(pool.statusCode, 200);
      assert.match(pdfText(pool.rawPayload), /Aanmeldingen: 13/);
    });

    test('the anonymised case register: one row per case, no personal data, year-month dates', async () => {
      const res = await a.coordinator.get('/api/v1/reports/case-register?from=2025-01-01&to=2025-12-31');
      assert.equal(res.statusCode, 200, res.body);
      const parsed = parseCsv(res.body);
      assert.equal(parsed.rows.length, 13);
      assert.doesNotMatch(res.body, /Geheime titel|Jan Jansen|MP-20/);
      assert.doesNotMatch(res.body, /\d{4}-\d{2}-\d{2}/, 'no full dates');
      const h = parsed.header;
      const wa = parsed.rows.filter((r) => r[h.indexOf('gemeente_code')] === 'GM0119' && r[h.indexOf('werkdagen_tot_toewijzing')] !== '').map((r) => Number(r[h.indexOf('werkdagen_tot_toewijzing')])).sort((x, y) => x - y);
      assert.deepEqual(wa, [2, 3, 4, 5, 6, 8, 10, 12]);
    });
  });
}
