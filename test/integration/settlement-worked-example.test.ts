import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, pdfText, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import type { Agent } from '../helpers/test-app.js';
import { canonicalJson } from '../../src/domain/settlement/index.js';
import { createHash } from 'node:crypto';

/**
 * The worked example of issue 6 through the API, at € 62.50 an hour: a Staphorst mediator logs
 * 10.5 h on a Meppel case and a Meppel mediator 4 h on a Zwartewaterland case. Net: Staphorst
 * +€ 656.25, Meppel −€ 406.25, Zwartewaterland −€ 250.00; transfers Meppel → Staphorst € 406.25
 * and Zwartewaterland → Staphorst € 250.00 — in the API, the stored rows, the PDFs, CSV and XLSX.
 */
for (const engine of testEngines()) {
  describe(`settlement: the worked example (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let settlementId = '';
    let meppelCase = { id: '', number: '' };
    let zwlCase = { id: '', number: '' };

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      meppelCase = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      zwlCase = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, mediatorProfileId: w.profiles.meppel.id });
      // 10.5 h in three entries, and 4 h.
      await logAndApprove(a.mediatorStaphorst, a.coordinator, meppelCase.id, '2026-07-02', 90);
      await logAndApprove(a.mediatorStaphorst, a.coordinator, meppelCase.id, '2026-07-16', 240);
      await logAndApprove(a.mediatorStaphorst, a.coordinator, meppelCase.id, '2026-08-20', 300);
      await logAndApprove(a.mediatorMeppel, a.coordinator, zwlCase.id, '2026-09-01', 240);
    });
    after(() => t.close());

    const netOf = (figures: { positions: { municipalityId: string; netCents: number | null }[] }) =>
      Object.fromEntries(figures.positions.map((p) => [p.municipalityId, p.netCents]));

    test('the draft shows the figures before anything is final', async () => {
      const res = await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
      assert.equal(res.statusCode, 201, res.body);
      const s = res.json();
      settlementId = s.id;
      assert.equal(s.status, 'draft');
      assert.equal(s.contentHash, null);
      assert.deepEqual(s.period, { kind: 'quarter', code: '2026-K3', label: '2026-K3', start: '2026-07-01', end: '2026-09-30' });
      assert.deepEqual(netOf(s.figures), { [w.meppel.id]: -40625, [w.staphorst.id]: 65625, [w.zwartewaterland.id]: -25000 });
    });

    test('finalised: nets, pairs, transfers, hash', async () => {
      const res = await a.finance.post(`/api/v1/settlements/${settlementId}/finalise`);
      assert.equal(res.statusCode, 200, res.body);
      const s = res.json();
      assert.equal(s.status, 'final');
      assert.match(s.contentHash, /^[0-9a-f]{64}$/);
      assert.equal(s.hashVerified, true);
      const f = s.figures;
      assert.equal(f.mode, 'hourly');
      assert.deepEqual(f.rates, [{ year: 2026, cents: 6250 }]);
      assert.deepEqual(netOf(f), { [w.meppel.id]: -40625, [w.staphorst.id]: 65625, [w.zwartewaterland.id]: -25000 });
      assert.equal(f.positions.reduce((sum: number, p: { netCents: number }) => sum + p.netCents, 0), 0);
      const staphorst = f.positions.find((p: { municipalityId: string }) => p.municipalityId === w.staphorst.id);
      assert.deepEqual(
        { supplied: staphorst.minutesSupplied, used: staphorst.minutesUsed, received: staphorst.receivedCents },
        { supplied: 630, used: 0, received: 65625 },
      );
      assert.deepEqual(
        f.pairs.map((p: { supplierId: string; userId: string; minutes: number; amountCents: number }) => [p.supplierId, p.userId, p.minutes, p.amountCents]).sort(),
        [
          [w.staphorst.id, w.meppel.id, 630, 65625],
          [w.meppel.id, w.zwartewaterland.id, 240, 25000],
        ].sort(),
      );
      assert.deepEqual(
        f.transfers.map((t: { fromId: string; toId: string; amountCents: number }) => [t.fromId, t.toId, t.amountCents]).sort(),
        [
          [w.meppel.id, w.staphorst.id, 40625],
          [w.zwartewaterland.id, w.staphorst.id, 25000],
        ].sort(),
      );
      assert.deepEqual(
        f.lines.map((l: { caseNumber: string; minutes: number; entries: number }) => [l.caseNumber, l.minutes, l.entries]).sort(),
        [
          [meppelCase.number, 630, 3],
          [zwlCase.number, 240, 1],
        ].sort(),
      );
      assert.equal(s.linesTotal, 2, 'a short settlement shows every line');
      // Anyone can recompute the hash: SHA-256 of the canonical JSON of the figures.
      assert.equal(createHash('sha256').update(canonicalJson(f)).digest('hex'), s.contentHash);
    });

    test('the positions are stored per municipality beside the figures', async () => {
      const rows = await t.handle.db.selectFrom('settlement_position').selectAll().where('settlement_id', '=', settlementId).execute();
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.municipality_id, [r.net_cents, r.net_minutes]])), {
        [w.meppel.id]: [-40625, -390],
        [w.staphorst.id]: [65625, 630],
        [w.zwartewaterland.id]: [-25000, -240],
      });
    });

    test('the same figures on the PDF statement of each municipality, with the hash and no party names', async () => {
      const hash = (await a.coordinator.get(`/api/v1/settlements/${settlementId}`)).json().contentHash as string;
      const text = async (municipalityId: string) => {
        const res = await a.coordinator.get(`/api/v1/settlements/${settlementId}/statements/${municipalityId}/pdf`);
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.headers['content-type'], 'application/pdf');
        assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
        return pdfText(res.rawPayload);
      };
      const staphorst = await text(w.staphorst.id);
      const meppel = await text(w.meppel.id);
      const zwl = await text(w.zwartewaterland.id);
      for (const doc of [staphorst, meppel, zwl]) {
        assert.match(doc, /Verrekeningsoverzicht/);
        assert.match(doc, /Mediatorpool Noord-West Overijssel/);
        assert.match(doc, /2026-K3/);
        assert.match(doc, /definitief/);
        assert.ok(doc.includes(hash), 'the content hash is printed');
        assert.match(doc, /Staphorst\s+[-0-9:]+\s+[-0-9:]+\s+[-0-9:]+\s+€ \+656,25/, 'net positions of all members');
        assert.match(doc, /Meppel\s+[-0-9:]+\s+[-0-9:]+\s+[-0-9:]+\s+€ -406,25/);
        assert.match(doc, /Zwartewaterland\s+[-0-9:]+\s+[-0-9:]+\s+[-0-9:]+\s+€ -250,00/);
        assert.doesNotMatch(doc, /Medewerker A|Leidinggevende B|Burgerzaken/, 'no party names');
      }
      assert.match(staphorst, /Gemeente: Staphorst \(GM0180\)/);
      assert.match(staphorst, new RegExp(`${meppelCase.number}\\s+Meppel\\s+2026\\s+630\\s+10:30`));
      assert.match(staphorst, /Staphorst\s+Meppel\s+2026\s+10:30\s+€ 62,50\s+€ 656,25/);
      assert.match(staphorst, /Netto: € \+656,25/);
      assert.match(staphorst, /Meppel\s+Staphorst\s+€ 406,25/);
      assert.match(staphorst, /Zwartewaterland\s+Staphorst\s+€ 250,00/);
      assert.match(meppel, /Netto: € -406,25/);
      assert.match(meppel, new RegExp(`${zwlCase.number}\\s+Zwartewaterland\\s+2026\\s+240\\s+4:00`));
      assert.match(meppel, /Meppel\s+Zwartewaterland\s+2026\s+4:00\s+€ 62,50\s+€ 250,00/);
      assert.match(meppel, /Te ontvangen: € 250,00/);
      assert.match(meppel, /Te betalen: € 656,25/);
      assert.match(meppel, /Meppel\s+Staphorst\s+€ 406,25/);
      assert.match(zwl, /Netto: € -250,00/);
      assert.match(zwl, /Zwartewaterland\s+Staphorst\s+€ 250,00/);
      assert.doesNotMatch(zwl, /Meppel\s+Staphorst\s+€ 406,25/, 'only its own transfers');
    });

    test('the statements list, and a contact sees only their own municipality', async () => {
      const all = (await a.finance.get(`/api/v1/settlements/${settlementId}/statements`)).json().items;
      assert.deepEqual(all.map((i: { municipality: { name: string }; netCents: number }) => [i.municipality.name, i.netCents]), [
        ['Meppel', -40625],
        ['Staphorst', 65625],
        ['Zwartewaterland', -25000],
      ]);
      const own = (await a.contactStaphorst.get(`/api/v1/settlements/${settlementId}/statements`)).json().items;
      assert.deepEqual(own.map((i: { municipality: { name: string } }) => i.municipality.name), ['Staphorst']);
      assert.equal((await a.contactStaphorst.get(own[0].pdf)).statusCode, 200);
      assert.equal((await a.contactStaphorst.get(`/api/v1/settlements/${settlementId}/statements/${w.meppel.id}/pdf`)).statusCode, 404);
    });

    test('CSV export of the whole settlement', async () => {
      const res = await a.finance.get(`/api/v1/settlements/${settlementId}/export.csv`);
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/csv/);
      const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines[0], 'sectie;gemeente_code;gemeente;tegenpartij_code;tegenpartij;zaak;jaar;minuten;uren;tarief_cent;bedrag_cent;bedrag_euro');
      assert.ok(lines.includes(`zaak;GM0180;Staphorst;GM0119;Meppel;${meppelCase.number};2026;630;10:30;;;`));
      assert.ok(lines.includes('paar;GM0180;Staphorst;GM0119;Meppel;;2026;630;10:30;6250;65625;656,25'));
      assert.ok(lines.includes('saldo;GM0119;Meppel;;;;;-390;-6:30;;-40625;-406,25'));
      assert.ok(lines.includes('saldo;GM0180;Staphorst;;;;;630;10:30;;65625;656,25'));
      assert.ok(lines.includes('saldo;GM1896;Zwartewaterland;;;;;-240;-4:00;;-25000;-250,00'));
      assert.ok(lines.includes('overboeking;GM0119;Meppel;GM0180;Staphorst;;;;;;40625;406,25'));
      assert.ok(lines.includes('overboeking;GM1896;Zwartewaterland;GM0180;Staphorst;;;;;;25000;250,00'));
      assert.ok(lines.some((l) => l.startsWith('controle;') && l.includes('definitief')));
    });

    test('XLSX export of the whole settlement', async () => {
      const res = await a.coordinator.get(`/api/v1/settlements/${settlementId}/export.xlsx`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(wb.worksheets.map((s) => s.name), ['Verrekening', 'Saldi', 'Paren', 'Zaken', 'Overboekingen']);
      const saldi = wb.getWorksheet('Saldi')!;
      const nets: Record<string, unknown> = {};
      saldi.eachRow((row, n) => {
        if (n > 1) nets[String(row.getCell(1).value)] = row.getCell(9).value;
      });
      assert.deepEqual(nets, { Meppel: -406.25, Staphorst: 656.25, Zwartewaterland: -250 });
      const transfers: unknown[] = [];
      wb.getWorksheet('Overboekingen')!.eachRow((row, n) => {
        if (n > 1) transfers.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
      });
      assert.deepEqual(transfers.sort(), [['Meppel', 'Staphorst', 406.25], ['Zwartewaterland', 'Staphorst', 250]].sort());
      const info = wb.getWorksheet('Verrekening')!;
      assert.match(String(info.getCell('B8').value), /^[0-9a-f]{64}$/);
    });
  });
}
