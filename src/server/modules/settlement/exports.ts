import ExcelJS from 'exceljs';
import { figure, writeCsv, type CsvValue } from '../../../domain/exports/spreadsheet.js';
import { formatMinutes } from '../../../domain/settlement/index.js';
import { protectedWorkbookBuffer } from '../../exports/workbook.js';
import type { LoanFigures } from '../../../contract/settlement.js';
import type { SettlementFigures } from './figures.js';

export interface ExportMeta {
  status: 'draft' | 'final';
  contentHash: string | null;
}

/** "656,25" (Dutch decimal comma, no currency sign, so spreadsheets read it as a number). */
const euros = (cents: number | null) => (cents === null ? null : figure(`${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`));
/** "-6:30": hours as a figure, so a negative balance is not escaped as if it were text. */
const hours = (minutes: number) => figure(formatMinutes(minutes));

const HEADER = ['sectie', 'gemeente_code', 'gemeente', 'tegenpartij_code', 'tegenpartij', 'zaak', 'jaar', 'minuten', 'uren', 'tarief_cent', 'bedrag_cent', 'bedrag_euro'];

/**
 * The whole settlement as one CSV (semicolons, UTF-8 with BOM, as Dutch Excel reads it), one
 * section per row kind: `zaak` (per case, supplier → user), `paar` (per pair and year, with
 * amount), `saldo` (per municipality), `overboeking`, and `controle` (status and content hash).
 */
export function settlementCsv(f: SettlementFigures, meta: ExportMeta): string {
  const m = new Map(f.municipalities.map((x) => [x.id, x]));
  const code = (id: string) => m.get(id)?.code ?? '';
  const name = (id: string) => m.get(id)?.name ?? id;
  const rows: CsvValue[][] = [];
  for (const l of f.lines) {
    rows.push(['zaak', code(l.supplierId), name(l.supplierId), code(l.userId), name(l.userId), l.caseNumber, l.year, l.minutes, hours(l.minutes), '', '', '']);
  }
  for (const p of f.pairs) {
    for (const y of p.years) {
      rows.push(['paar', code(p.supplierId), name(p.supplierId), code(p.userId), name(p.userId), '', y.year, y.minutes, hours(y.minutes), y.rateCents, y.amountCents, euros(y.amountCents)]);
    }
  }
  for (const x of f.municipalities) {
    const p = f.positions.find((q) => q.municipalityId === x.id);
    if (!p) continue;
    rows.push(['saldo', x.code, x.name, '', '', '', '', p.netMinutes, hours(p.netMinutes), '', p.netCents, euros(p.netCents)]);
  }
  for (const t of f.transfers) {
    rows.push(['overboeking', code(t.fromId), name(t.fromId), code(t.toId), name(t.toId), '', '', '', '', '', t.amountCents, euros(t.amountCents)]);
  }
  for (const l of f.loans?.lines ?? []) {
    // Lent hours between pools, apart from the netting: the other pool in the counterpart's place.
    const mine = l.municipalityId ? m.get(l.municipalityId) : undefined;
    rows.push([l.direction === 'borrowed' ? 'geleend' : 'uitgeleend', mine?.code ?? '', mine?.name ?? '', '', l.partnerPool.name, l.caseNumber, '', l.minutes, hours(l.minutes), l.rateCents, l.amountCents, euros(l.amountCents)]);
  }
  rows.push(['controle', '', `${f.pool.name} ${f.period.code} ${meta.status === 'final' ? 'definitief' : 'concept'}`, '', meta.contentHash ?? '', '', '', f.totals.settledMinutes, hours(f.totals.settledMinutes), '', f.totals.totalAmountCents, euros(f.totals.totalAmountCents)]);
  return writeCsv(HEADER, rows);
}

/** The whole settlement as a workbook: one sheet per part, amounts as euro numbers with a money format. */
export async function settlementXlsx(f: SettlementFigures, meta: ExportMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = f.pool.name;
  if (f.finalisedAt) wb.created = new Date(f.finalisedAt);
  const money = '€ #,##0.00;€ -#,##0.00';
  const m = new Map(f.municipalities.map((x) => [x.id, x.name]));
  const name = (id: string) => m.get(id) ?? id;
  const euro = (cents: number | null) => (cents === null ? null : cents / 100);

  const info = wb.addWorksheet('Verrekening');
  info.columns = [{ width: 28 }, { width: 72 }];
  info.addRows([
    ['Pool', f.pool.name],
    ['Periode', `${f.period.label} (${f.period.start} t/m ${f.period.end})`],
    ['Status', meta.status === 'final' ? `definitief (${f.finalisedAt})` : 'concept'],
    ['Wijze', f.mode === 'hourly' ? 'verrekening in geld tegen het uurtarief' : 'alleen urensaldo'],
    ['Uurtarieven', f.rates.map((r) => `${r.year}: ${(r.cents / 100).toFixed(2)}`).join('; ')],
    ['Verrekende minuten', f.totals.settledMinutes],
    ['Totaalbedrag', euro(f.totals.totalAmountCents)],
    ['Controlegetal (SHA-256)', meta.contentHash ?? ''],
  ]);
  info.getCell('B7').numFmt = money;

  const positions = wb.addWorksheet('Saldi');
  positions.columns = [
    { header: 'Gemeente', key: 'name', width: 28 },
    { header: 'CBS-code', key: 'code', width: 10 },
    { header: 'Geleverd (min)', key: 'supplied', width: 15 },
    { header: 'Afgenomen (min)', key: 'used', width: 16 },
    { header: 'Netto (min)', key: 'net', width: 12 },
    { header: 'Eigen (min)', key: 'own', width: 12 },
    { header: 'Te ontvangen', key: 'received', width: 15, style: { numFmt: money } },
    { header: 'Te betalen', key: 'paid', width: 15, style: { numFmt: money } },
    { header: 'Netto', key: 'netCents', width: 15, style: { numFmt: money } },
  ];
  for (const x of f.municipalities) {
    const p = f.positions.find((q) => q.municipalityId === x.id);
    if (!p) continue;
    positions.addRow({ name: x.name, code: x.code, supplied: p.minutesSupplied, used: p.minutesUsed, net: p.netMinutes, own: p.ownMinutes, received: euro(p.receivedCents), paid: euro(p.paidCents), netCents: euro(p.netCents) });
  }

  const pairs = wb.addWorksheet('Paren');
  pairs.columns = [
    { header: 'Leverancier', key: 's', width: 24 },
    { header: 'Afnemer', key: 'u', width: 24 },
    { header: 'Jaar', key: 'y', width: 8 },
    { header: 'Minuten', key: 'min', width: 10 },
    { header: 'Uurtarief', key: 'rate', width: 12, style: { numFmt: money } },
    { header: 'Bedrag', key: 'amount', width: 14, style: { numFmt: money } },
  ];
  for (const p of f.pairs) for (const y of p.years) pairs.addRow({ s: name(p.supplierId), u: name(p.userId), y: y.year, min: y.minutes, rate: euro(y.rateCents), amount: euro(y.amountCents) });

  const lines = wb.addWorksheet('Zaken');
  lines.columns = [
    { header: 'Zaak', key: 'c', width: 14 },
    { header: 'Leverancier', key: 's', width: 24 },
    { header: 'Afnemer', key: 'u', width: 24 },
    { header: 'Jaar', key: 'y', width: 8 },
    { header: 'Minuten', key: 'min', width: 10 },
    { header: 'Boekingen', key: 'n', width: 10 },
  ];
  for (const l of f.lines) lines.addRow({ c: l.caseNumber, s: name(l.supplierId), u: name(l.userId), y: l.year, min: l.minutes, n: l.entries });

  const transfers = wb.addWorksheet('Overboekingen');
  transfers.columns = [
    { header: 'Van', key: 'from', width: 24 },
    { header: 'Aan', key: 'to', width: 24 },
    { header: 'Bedrag', key: 'amount', width: 14, style: { numFmt: money } },
  ];
  for (const t of f.transfers) transfers.addRow({ from: name(t.fromId), to: name(t.toId), amount: euro(t.amountCents) });

  const sheets = [positions, pairs, lines, transfers];
  if (f.loans) sheets.push(lentHoursSheet(wb, f.loans, name, money));
  for (const ws of sheets) ws.getRow(1).font = { bold: true };
  return protectedWorkbookBuffer(wb);
}

/**
 * "Uitlenen": the lent hours between pools (figures.loans), apart from the netting as on the
 * statement and in the CSV: one row per loan (borrowed: this pool pays; lent: it receives), then
 * the totals each way and what goes which way per partner pool. Only when there are loans, so a
 * workbook without them keeps its sheets.
 */
function lentHoursSheet(wb: ExcelJS.Workbook, loans: LoanFigures, name: (id: string) => string, money: string): ExcelJS.Worksheet {
  const euro = (cents: number | null) => (cents === null ? null : cents / 100);
  const ws = wb.addWorksheet('Uitlenen');
  ws.columns = [
    { header: 'Richting', key: 'dir', width: 14 },
    { header: 'Partnerpool', key: 'pool', width: 32 },
    { header: 'Zaak', key: 'c', width: 14 },
    { header: 'Mediator', key: 'm', width: 24 },
    { header: 'Gemeente', key: 'g', width: 22 },
    { header: 'Minuten', key: 'min', width: 10 },
    { header: 'Uurtarief', key: 'rate', width: 12, style: { numFmt: money } },
    { header: 'Bedrag', key: 'amount', width: 14, style: { numFmt: money } },
  ];
  for (const l of loans.lines) {
    ws.addRow({
      dir: l.direction === 'borrowed' ? 'geleend' : 'uitgeleend',
      pool: l.partnerPool.name,
      c: l.caseNumber,
      m: l.mediatorName,
      g: l.municipalityId ? name(l.municipalityId) : '',
      min: l.minutes,
      // A free loan: no rate (kosteloos), amount 0.
      rate: l.rateCents === null ? 'kosteloos' : euro(l.rateCents),
      amount: euro(l.amountCents),
    });
  }
  ws.addRow({});
  ws.addRow({ dir: 'Totaal geleend', pool: 'te betalen', min: loans.borrowedMinutes, amount: euro(loans.owedCents) });
  ws.addRow({ dir: 'Totaal uitgeleend', pool: 'te ontvangen', min: loans.lentMinutes, amount: euro(loans.receivableCents) });
  for (const p of loans.perPool) ws.addRow({ dir: 'Saldo (+ ontvangen)', pool: p.pool.name, amount: euro(p.netCents) });
  return ws;
}
