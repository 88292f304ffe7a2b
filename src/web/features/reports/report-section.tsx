import { reportExportUrl, type ReportCell, type ReportScopeQuery, type ReportTable } from '../../api/reports.js';
import { Paragraph } from '../../components/heading.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatDuration } from '../../../domain/hours/format-duration.js';
import { BarChart } from './bar-chart.js';
import { chartOf, rowLabel } from './chart-spec.js';
import { formatFigure, monthName } from './format.js';
import { chartInMinutes, isMinutesCell } from './minute-cells.js';

/** Code columns stay in the exports (for spreadsheets) but say nothing on screen. */
const HIDDEN_COLUMNS = ['key', 'measure'];

/** The element id of a report table's part of the page: `report-referrals-per-month`. */
export const reportSectionId = (name: string) => `report-${name.replace(/_/g, '-')}`;

/**
 * One part of the report: a heading, the data table, the chart with the same figures and the CSV
 * and Excel downloads of that table. With `tabId` it is the tab panel of that tab (one part shown
 * at a time); without, a plain part of the page (it is not a landmark: the table's scroll box
 * is already one, named after the same title).
 */
export function ReportSection({ table, query, tabId }: { table: ReportTable; query: ReportScopeQuery; tabId?: string }) {
  const { t, locale } = useI18n();
  const title = t.reports.tables[table.name] ?? table.title;
  const id = reportSectionId(table.name);
  const chart = chartOf(table, t, (m) => monthName(m, locale));
  const columns = table.columns.filter((c) => !HIDDEN_COLUMNS.includes(c.key));
  const withheldCells = new Set((table.withheldCells ?? []).map((c) => `${c.row}:${c.column}`));
  const withheld = (row: Record<string, ReportCell>, i: number, key: string) => table.tooFewCases || (row.too_few_cases !== undefined && row.too_few_cases !== null) || withheldCells.has(`${i}:${key}`);
  const show = (row: Record<string, ReportCell>, key: string, i: number) => {
    const v = row[key] ?? null;
    if (key === 'month' && typeof v === 'string') return monthName(v, locale);
    if (key === 'label') return rowLabel(table, row, t);
    if (key === 'too_few_cases' && v !== null) return t.reports.tooFew;
    if (v === null) return withheld(row, i, key) ? t.reports.tooFew : t.reports.noFigure;
    // Minutes read as hours on the page; the downloads keep minutes.
    if (typeof v === 'number' && isMinutesCell(table, row, key)) return formatDuration(v, locale);
    return typeof v === 'number' ? formatFigure(v, locale) : v;
  };
  const inMinutes = chartInMinutes(table.name);

  return (
    <div className="mp-section mp-report-section" id={id} {...(tabId ? { role: 'tabpanel', 'aria-labelledby': tabId, tabIndex: 0 } : {})}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        {title}
      </h2>
      {table.tooFewCases && <Paragraph className="mp-report-section__note">{t.reports.tooFewNote}</Paragraph>}
      <div className="mp-report-section__table">
        <Table id={`${id}-table`} caption={title}>
          <THead>
            {columns.map((c) => (
              <Th key={c.key} className={table.rows.some((r) => typeof r[c.key] === 'number') ? 'mp-report-number' : undefined}>
                {t.reports.columns[c.key] ?? c.label}
              </Th>
            ))}
          </THead>
          <TBody>
            {table.rows.map((row, i) => (
              <Tr key={i}>
                {columns.map((c, ci) =>
                  ci === 0 ? (
                    <Th key={c.key} scope="row">
                      {show(row, c.key, i)}
                    </Th>
                  ) : (
                    <Td key={c.key} className={typeof row[c.key] === 'number' ? 'mp-report-number' : undefined}>
                      {show(row, c.key, i)}
                    </Td>
                  ),
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      {chart && (
        <div className="mp-report-section__chart">
          <BarChart
            title={title}
            series={chart.series}
            categories={chart.categories}
            nullText={t.reports.tooFew}
            format={(v) => (inMinutes ? formatDuration(v, locale) : formatFigure(v, locale))}
          />
        </div>
      )}
      <ul className="mp-report-section__exports" aria-label={t.reports.exports.label(title)}>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={reportExportUrl(query, table.name, 'csv')} download aria-label={t.reports.exports.csvLabel(title)}>
            {t.reports.exports.csv}
          </a>
        </li>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={reportExportUrl(query, table.name, 'xlsx')} download aria-label={t.reports.exports.xlsxLabel(title)}>
            {t.reports.exports.xlsx}
          </a>
        </li>
      </ul>
    </div>
  );
}
