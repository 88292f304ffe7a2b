import ExcelJS from 'exceljs';
import { writeCsv } from '../../../domain/registry/csv.js';
import type { ReportTable } from './report-tables.js';

/** "12,5": Dutch decimal comma, so Dutch Excel reads it as a number; empty for withheld figures. */
const cell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v);

/** One report table as CSV (semicolons, UTF-8 with BOM), headers as the column labels. */
export function tableCsv(t: ReportTable): string {
  return writeCsv(
    t.columns.map((c) => c.label),
    t.rows.map((r) => t.columns.map((c) => cell(r[c.key] ?? null))),
  );
}

/** One report table as a workbook with one sheet; figures stay numbers. */
export async function tableXlsx(t: ReportTable, meta: { title: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.name.slice(0, 31));
  ws.addRow([meta.title]);
  ws.addRow([t.title + (t.tooFewCases ? ' — te weinig zaken voor cijfers' : '')]);
  ws.addRow(t.columns.map((c) => c.label)).font = { bold: true };
  for (const r of t.rows) ws.addRow(t.columns.map((c) => r[c.key] ?? null));
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
