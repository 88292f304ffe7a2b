import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { Database } from '../../../db/database.js';
import { notFound } from '../../../http/problem.js';
import type { ReportExportQuery } from '../../../../contract/reports.js';
import { REPORTS, canReport } from '../policy.js';
import { resolveScope } from '../report-period.js';
import { buildReport } from '../repository/report-figures.js';
import { tableCsv, tableXlsx } from '../exports.js';
import { safeName, type ReportFile } from './report-file.js';

/** One table of the caller's report as CSV or XLSX; a table that is not in their report is 404. */
export async function exportReportTable(db: Database, actor: Actor, query: ReportExportQuery): Promise<ReportFile> {
  ensureCan(canReport, actor, 'view-report', REPORTS, 'collection');
  const scope = await resolveScope(db, actor, query);
  const report = await buildReport(db, scope, { caseFigures: canReport(actor, 'view-case-figures', REPORTS) });
  const table = report.tables.find((t) => t.name === query.table);
  if (!table) throw notFound('Deze tabel hoort niet bij uw rapportage.');
  const base = `rapportage-${table.name}-${scope.from}-${scope.to}${scope.municipality ? `-${safeName(scope.municipality.name)}` : ''}`;
  if (query.format === 'csv') return { contentType: 'text/csv; charset=utf-8', filename: `${base}.csv`, body: tableCsv(table) };
  const xlsx = await tableXlsx(table, { title: `Rapportage ${scope.from} t/m ${scope.to}${scope.municipality ? ` — ${scope.municipality.name}` : ''}` });
  return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${base}.xlsx`, body: xlsx };
}
