import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { readCsv, type CsvDelimiter } from '../../src/domain/registry/csv.js';

/**
 * CSV formula injection (issue 12, item 2): every free-text field that reaches an export — the
 * pool's name, the municipalities' names, the mediators' names and departments — holds a formula,
 * and no CSV or XLSX the product writes (settlement, report tables, case register, registry) has
 * a cell that a spreadsheet would run: a text cell starting with = + - @ tab or carriage return
 * must carry the leading apostrophe. Figures written as numbers stay numbers (a negative balance
 * "-406,25" in a CSV, -406.25 in a workbook).
 */
const FORMULAS = {
  pool: '=HYPERLINK("http://x","y")',
  meppel: '+1',
  staphorst: '-1+2',
  zwartewaterland: '@SUM(1)',
  mediatorStaphorst: '\tSanne Staphorst',
  mediatorMeppel: '=1+1 Mark Meppel',
  mediatorIdle: '\rIngrid Idle',
  department: '-2+3 Burgerzaken',
} as const;

const DANGEROUS = /^[=+\-@\t\r]/;
/** A figure as the CSV writes it: an integer, a decimal with a comma or hours as h:mm, maybe negative. */
const PLAIN_NUMBER = /^-?\d+([,:]\d+)?$/;

function csvCells(text: string, delimiter: CsvDelimiter = ';'): string[] {
  const r = readCsv(text, { maxRows: 100000, delimiter });
  assert.ok(r.ok, 'CSV parses');
  return [...r.header, ...r.rows.flatMap((x) => x.fields)];
}

/** Every cell of the CSV that a spreadsheet would run as a formula. */
const unsafeCsvCells = (text: string, delimiter: CsvDelimiter = ';') => csvCells(text, delimiter).filter((c) => DANGEROUS.test(c) && !PLAIN_NUMBER.test(c));

async function workbookCells(payload: Buffer): Promise<{ where: string; value: ExcelJS.CellValue }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const cells: { where: string; value: ExcelJS.CellValue }[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push({ where: `${ws.name}!${cell.address}`, value: cell.value }))));
  return cells;
}

/** Every text cell of the workbook that starts like a formula, and every real formula. */
const unsafeWorkbookCells = async (payload: Buffer) =>
  (await workbookCells(payload)).filter(({ value }) => (typeof value === 'string' ? DANGEROUS.test(value) : value !== null && typeof value === 'object' && 'formula' in value));

/** The injected text reached the export, escaped. */
const hasEscaped = (cells: string[], text: string) => cells.some((c) => c.startsWith(`'${text}`));

for (const engine of testEngines()) {
  describe(`exports: no formula reaches a spreadsheet (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let settlementId = '';
    const Q = 'from=2026-01-01&to=2026-12-31';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      const db = t.handle.db;
      const meppelCase = await caseWithMediator(t.app, db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      const zwlCase = await caseWithMediator(t.app, db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, mediatorProfileId: w.profiles.meppel.id });
      await logAndApprove(a.mediatorStaphorst, a.coordinator, meppelCase.id, '2026-07-02', 90);
      await logAndApprove(a.mediatorMeppel, a.coordinator, zwlCase.id, '2026-09-01', 240);
      // The free text an attacker (a mediator editing their own name, an administrator a
      // municipality's) controls, set straight in the database.
      await db.updateTable('pool').set({ name: FORMULAS.pool }).where('id', '=', w.pool.id).execute();
      for (const m of ['meppel', 'staphorst', 'zwartewaterland'] as const) await db.updateTable('municipality').set({ name: FORMULAS[m] }).where('id', '=', w[m].id).execute();
      for (const u of ['mediatorStaphorst', 'mediatorMeppel', 'mediatorIdle'] as const) await db.updateTable('app_user').set({ name: FORMULAS[u] }).where('id', '=', w.users[u].id).execute();
      await db.updateTable('mediator_profile').set({ department: FORMULAS.department }).where('pool_id', '=', w.pool.id).execute();
      const res = await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
      assert.equal(res.statusCode, 201, res.body);
      settlementId = res.json().id;
      assert.equal((await a.finance.post(`/api/v1/settlements/${settlementId}/finalise`)).statusCode, 200);
    });
    after(() => t.close());

    test('settlement CSV: names escaped, negative figures stay numbers', async () => {
      const res = await a.finance.get(`/api/v1/settlements/${settlementId}/export.csv`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(unsafeCsvCells(res.body), []);
      const cells = csvCells(res.body);
      for (const text of [FORMULAS.pool, FORMULAS.meppel, FORMULAS.staphorst, FORMULAS.zwartewaterland]) assert.ok(hasEscaped(cells, text), `${JSON.stringify(text)} reached the CSV escaped`);
      assert.ok(cells.includes('-250,00') && cells.includes('-4:00'), 'a negative amount and negative hours stay figures');
    });

    test('settlement XLSX: text cells escaped, figures stay numbers', async () => {
      const res = await a.coordinator.get(`/api/v1/settlements/${settlementId}/export.xlsx`);
      assert.equal(res.statusCode, 200, res.body);
      const payload = res.rawPayload;
      assert.deepEqual(await unsafeWorkbookCells(payload), []);
      const values = (await workbookCells(payload)).map((c) => c.value);
      const texts = values.filter((v): v is string => typeof v === 'string');
      for (const text of [FORMULAS.pool, FORMULAS.meppel, FORMULAS.staphorst, FORMULAS.zwartewaterland]) assert.ok(hasEscaped(texts, text), `${JSON.stringify(text)} reached the XLSX escaped`);
      assert.ok(values.includes(-250), 'a negative amount stays a number');
    });

    test('report tables: CSV and XLSX, for the pool and for one municipality', async () => {
      const seen: string[] = [];
      for (const scope of ['', `&municipalityId=${w.meppel.id}`]) {
        const report = await a.coordinator.get(`/api/v1/reports?${Q}${scope}`);
        assert.equal(report.statusCode, 200, report.body);
        for (const tb of report.json().tables as { name: string }[]) {
          const csv = await a.coordinator.get(`/api/v1/reports/export?${Q}${scope}&format=csv&table=${tb.name}`);
          assert.equal(csv.statusCode, 200, csv.body);
          assert.deepEqual(unsafeCsvCells(csv.body), [], `${tb.name}${scope} CSV`);
          seen.push(...csvCells(csv.body));
          const xlsx = await a.coordinator.get(`/api/v1/reports/export?${Q}${scope}&format=xlsx&table=${tb.name}`);
          assert.equal(xlsx.statusCode, 200, xlsx.body);
          assert.deepEqual(await unsafeWorkbookCells(xlsx.rawPayload), [], `${tb.name}${scope} XLSX`);
        }
      }
      for (const text of [FORMULAS.mediatorStaphorst, FORMULAS.mediatorMeppel, FORMULAS.meppel]) assert.ok(hasEscaped(seen, text), `${JSON.stringify(text)} reached a report CSV escaped`);
    });

    test('the anonymised case register', async () => {
      const res = await a.coordinator.get(`/api/v1/reports/case-register?${Q}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(unsafeCsvCells(res.body), []);
    });

    test('registry CSV: municipalities and mediators, with either delimiter', async () => {
      for (const [param, delimiter] of [['', ';'], ['?delimiter=comma', ',']] as const) {
        const municipalities = await a.admin.get(`/api/v1/csv-exports/municipalities${param}`);
        assert.equal(municipalities.statusCode, 200, municipalities.body);
        assert.deepEqual(unsafeCsvCells(municipalities.body, delimiter), []);
        assert.ok(hasEscaped(csvCells(municipalities.body, delimiter), FORMULAS.staphorst));
        const mediators = await a.coordinator.get(`/api/v1/csv-exports/mediators${param}`);
        assert.equal(mediators.statusCode, 200, mediators.body);
        assert.deepEqual(unsafeCsvCells(mediators.body, delimiter), []);
        const cells = csvCells(mediators.body, delimiter);
        for (const text of [FORMULAS.mediatorStaphorst, FORMULAS.mediatorMeppel, FORMULAS.mediatorIdle, FORMULAS.department]) assert.ok(hasEscaped(cells, text), `${JSON.stringify(text)} reached the registry CSV escaped`);
      }
    });
  });
}
