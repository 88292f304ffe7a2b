import ExcelJS from 'exceljs';
import { writeCsv } from '../../../domain/exports/spreadsheet.js';
import { protectedWorkbookBuffer } from '../../exports/workbook.js';
import type { ReportTable } from './report-tables.js';

/**
 * One report table as CSV (semicolons, UTF-8 with BOM), headers as the column labels; figures as
 * Dutch Excel reads them ("12,5"), empty where withheld.
 */
export function tableCsv(t: ReportTable): string {
  return writeCsv(
    t.columns.map((c) => c.label),
    t.rows.map((r) => t.columns.map((c) => r[c.key] ?? null)),
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
  return protectedWorkbookBuffer(wb);
}
