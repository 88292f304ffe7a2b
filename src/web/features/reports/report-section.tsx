import { reportExportUrl, type ReportCell, type ReportScopeQuery, type ReportTable } from '../../api/reports.js';
import { Paragraph } from '../../components/heading.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { BarChart } from './bar-chart.js';
import { chartOf, rowLabel } from './chart-spec.js';
import { formatFigure, monthName } from './format.js';

/** Code columns stay in the exports (for spreadsheets) but say nothing on screen. */
const HIDDEN_COLUMNS = ['key', 'measure'];

/**
 * One part of the report: a heading, the chart, the data table with the same figures beside it
 * and the CSV and Excel downloads of that table.
 */
export function ReportSection({ table, query }: { table: ReportTable; query: ReportScopeQuery }) {
  const { t, locale } = useI18n();
  const title = t.reports.tables[table.name] ?? table.title;
  const id = `report-${table.name.replace(/_/g, '-')}`;
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
    return typeof v === 'number' ? formatFigure(v, locale) : v;
  };

  return (
    <section className="mp-section mp-report-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        {title}
      </h2>
      {table.tooFewCases && <Paragraph className="mp-report-section__note">{t.reports.tooFewNote}</Paragraph>}
      <div className={chart ? 'mp-report-section__body' : undefined}>
        {chart && (
          <div className="mp-report-section__chart">
            <BarChart title={title} series={chart.series} categories={chart.categories} nullText={t.reports.tooFew} format={(v) => formatFigure(v, locale)} />
          </div>
        )}
        <div className="mp-report-section__table">
          <Table id={`${id}-table`} caption={title}>
            <THead>
              {columns.map((c) => (
                <Th key={c.key}>{t.reports.columns[c.key] ?? c.label}</Th>
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
      </div>
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
    </section>
  );
}
