import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createHoursWorld, hoursAgents, pdfText, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { readCsv } from '../../src/domain/registry/csv.js';

type Table = { name: string; rows: Record<string, string | number | null>[]; tooFewCases: boolean; columns: { key: string; label: string }[] };
type Report = { caseCount: number | null; tables: Table[] };

/** The grouped tables and their count columns: every group under 5 is withheld there. */
const GROUPED: Record<string, string[]> = {
  by_type: ['count'],
  by_source: ['count'],
  by_route: ['count'],
  outcomes: ['count', 'written_agreement'],
  referrals_per_month: ['count', 'previous_year'],
};

/**
 * Issue 12, item 13: Meppel has 10 cases in 2025, 7 employment conflicts (hr, referred in March,
 * concluded with full agreement) and 3 between neighbours (manager, referred in June, concluded
 * without agreement). Every grouped table withholds the 3, and the 7 beside it too, since the
 * total (10) is published and 10 − 7 would give the 3 away.
 */
for (const engine of testEngines()) {
  describe(`reports: the small-number rule in every grouped table (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    const Q = 'from=2025-01-01&to=2025-12-31';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      for (let i = 0; i < 10; i += 1) {
        const small = i >= 7;
        await t.handle.db
          .insertInto('mediation_case')
          .values({
            pool_id: w.pool.id,
            number: `MP-2025-${String(i + 1).padStart(4, '0')}`,
            requesting_municipality_id: w.meppel.id,
            case_type: small ? 'neighbours' : 'employment',
            title: 'Titel',
            description: 'Omschrijving',
            status: 'concluded',
            route: 'formal_mediation',
            referral_source: small ? 'manager' : 'hr',
            referrer_user_id: w.users.coordinator.id,
            referred_on: small ? '2025-06-02' : '2025-03-03',
            assigned_on: small ? '2025-06-04' : '2025-03-05',
            concluded_on: small ? '2025-07-01' : '2025-04-01',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
          .then((row) =>
            t.handle.db
              .insertInto('case_outcome')
              .values({ case_id: row.id, pool_id: w.pool.id, outcome: small ? 'no_agreement' : 'full_agreement', written_agreement: !small && i < 3, recorded_by: w.users.coordinator.id })
              .execute(),
          );
      }
    });
    after(() => t.close());

    const report = async (q: string): Promise<Report> => {
      const res = await a.coordinator.get(`/api/v1/reports?${q}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Report;
    };
    const table = (r: Report, name: string) => {
      const tb = r.tables.find((x) => x.name === name);
      assert.ok(tb, name);
      return tb;
    };
    /** No group of 1–4 shown, and never exactly one withheld cell in a column whose total is known. */
    const assertSafe = (tb: Table) => {
      for (const key of GROUPED[tb.name]!) {
        const cells = tb.rows.map((r) => r[key]);
        for (const v of cells) assert.ok(!(typeof v === 'number' && v > 0 && v < 5), `${tb.name}.${key} shows ${v}`);
        assert.notEqual(cells.filter((v) => v === null).length, 1, `${tb.name}.${key}: one withheld cell is total minus the rest`);
      }
      for (const r of tb.rows) if (r.count === null && 'share' in r) assert.equal(r.share, null, `${tb.name}: the share of a withheld group`);
    };

    for (const scope of ['municipality', 'pool'] as const) {
      test(`every grouped table of the ${scope} report withholds the 3 and the derivation (3 = 10 − 7)`, async () => {
        const r = await report(scope === 'pool' ? Q : `${Q}&municipalityId=${w.meppel.id}`);
        assert.equal(r.caseCount, 10);
        for (const name of Object.keys(GROUPED)) {
          if (name === 'referrals_per_month' && scope === 'pool') continue;
          assertSafe(table(r, name));
        }
        const byType = Object.fromEntries(table(r, 'by_type').rows.map((x) => [x.key, [x.count, x.share]]));
        assert.deepEqual(byType.neighbours, [null, null]);
        assert.deepEqual(byType.employment, [null, null], 'the next-smallest is withheld too');
        assert.equal(byType.group?.[0], 0, 'an empty group is no person: shown');
        const src = Object.fromEntries(table(r, 'by_source').rows.map((x) => [x.key, x.count]));
        assert.deepEqual([src.manager, src.hr], [null, null]);
        const route = Object.fromEntries(table(r, 'by_route').rows.map((x) => [x.key, x.count]));
        assert.equal(route.formal_mediation, 10, 'a group of 10 is shown');
        const oc = Object.fromEntries(table(r, 'outcomes').rows.map((x) => [x.key, [x.count, x.share, x.written_agreement]]));
        assert.deepEqual(oc.no_agreement, [null, null, null]);
        assert.deepEqual(oc.full_agreement, [null, null, null]);
        const summary = Object.fromEntries(table(r, 'summary').rows.map((x) => [x.measure, x.value]));
        assert.equal(summary.written_agreements, null, '3 written agreements: a group under 5');
        if (scope === 'municipality') {
          const months = Object.fromEntries(table(r, 'referrals_per_month').rows.map((x) => [x.month, x.count]));
          assert.deepEqual([months['2025-03'], months['2025-06'], months['2025-01']], [null, null, 0]);
        }
      });
    }

    test('throughput and capacity: 1–4 cases of a municipality are withheld too, the pool’s own workload is not', async () => {
      // Zwartewaterland: 6 referrals in May 2025, 2 of them assigned and still running.
      for (let i = 0; i < 6; i += 1) {
        const running = i < 2;
        await t.handle.db
          .insertInto('mediation_case')
          .values({
            pool_id: w.pool.id,
            number: `MP-2025-${String(100 + i).padStart(4, '0')}`,
            requesting_municipality_id: w.zwartewaterland.id,
            case_type: 'employment',
            title: 'Titel',
            description: 'Omschrijving',
            status: running ? 'in_progress' : 'matching',
            route: 'formal_mediation',
            referral_source: 'hr',
            referrer_user_id: w.users.coordinator.id,
            referred_on: '2025-05-06',
            assigned_on: running ? '2025-05-08' : null,
          })
          .execute();
      }
      const z = await report(`${Q}&municipalityId=${w.zwartewaterland.id}`);
      assert.equal(z.caseCount, 6);
      const assignment = table(z, 'throughput').rows.find((x) => x.measure === 'assignment')!;
      assert.deepEqual([assignment.cases, assignment.median_working_days, assignment.within_norm_share], [null, null, null], '2 assigned cases: withheld with their figures');
      const conclusion = table(z, 'throughput').rows.find((x) => x.measure === 'conclusion')!;
      assert.equal(conclusion.cases, 0, 'none concluded: no person behind a 0');
      const capacity = Object.fromEntries(table(z, 'capacity').rows.map((x) => [x.measure, x.value]));
      assert.equal(capacity.running_cases, null, '2 running cases of one municipality');
      assert.equal(capacity.referrals, 6);
      const pool = Object.fromEntries(table(await report(Q), 'capacity').rows.map((x) => [x.measure, x.value]));
      assert.equal(pool.running_cases, 2, 'the pool’s own running cases are its workload, shown');
    });

    test('the CSV and XLSX exports and the annual report carry the same withheld cells', async () => {
      const q = `${Q}&municipalityId=${w.meppel.id}`;
      const csv = await a.coordinator.get(`/api/v1/reports/export?${q}&format=csv&table=by_type`);
      assert.equal(csv.statusCode, 200);
      const parsed = readCsv(csv.body, { maxRows: 100, delimiter: ';' });
      assert.ok(parsed.ok);
      const neighbours = parsed.rows.map((x) => x.fields).find((f) => f[0] === 'neighbours')!;
      assert.deepEqual(neighbours.slice(2), ['', '']);
      const xlsx = await a.coordinator.get(`/api/v1/reports/export?${q}&format=xlsx&table=outcomes`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const values: unknown[] = [];
      ws.eachRow((row, n) => {
        if (n > 3) values.push(row.getCell(3).value);
      });
      assert.ok(!values.some((v) => v === 3 || v === 7), `outcome counts in the workbook: ${JSON.stringify(values)}`);
      const pdf = pdfText((await a.coordinator.get(`/api/v1/reports/annual?year=2025&municipalityId=${w.meppel.id}`)).rawPayload);
      assert.doesNotMatch(pdf, /buren[^\n]*\b3\b/);
      assert.match(pdf, /Aanmeldingen: 10/);
    });
  });
}
