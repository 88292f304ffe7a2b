import type { ReportTable, ReportTableName } from '../../api/reports.js';
import type { Messages } from '../../i18n/nl.js';
import type { ChartCategory, ChartSeries } from './bar-chart.js';

export interface ChartSpec {
  series: ChartSeries[];
  categories: ChartCategory[];
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Which column names a category and which columns are the bars, per report table. */
const LAYOUT: Partial<Record<ReportTableName, { label: string; values: { key: string; series: (t: Messages) => string }[]; only?: string[] }>> = {
  referrals_per_month: {
    label: 'month',
    values: [
      { key: 'count', series: (t) => t.reports.series.thisYear },
      { key: 'previous_year', series: (t) => t.reports.series.lastYear },
    ],
  },
  by_type: { label: 'label', values: [{ key: 'count', series: (t) => t.reports.series.count }] },
  by_source: { label: 'label', values: [{ key: 'count', series: (t) => t.reports.series.count }] },
  by_route: { label: 'label', values: [{ key: 'count', series: (t) => t.reports.series.count }] },
  throughput: {
    label: 'label',
    values: [
      { key: 'median_working_days', series: (t) => t.reports.series.median },
      { key: 'p90_working_days', series: (t) => t.reports.series.p90 },
    ],
  },
  outcomes: { label: 'label', values: [{ key: 'count', series: (t) => t.reports.series.count }] },
  hours: {
    label: 'municipality',
    values: [
      { key: 'minutes_supplied', series: (t) => t.reports.series.supplied },
      { key: 'minutes_used', series: (t) => t.reports.series.used },
    ],
  },
  mediators: { label: 'name', values: [{ key: 'minutes', series: (t) => t.reports.series.minutes }] },
  // Only the measures in minutes: counts and minutes on one axis would mislead.
  capacity: { label: 'label', values: [{ key: 'value', series: (t) => t.reports.series.minutesValue }], only: ['capacity_minutes', 'minutes_used', 'free_minutes'] },
  satisfaction: { label: 'label', values: [{ key: 'average', series: (t) => t.reports.series.average }] },
};

/**
 * The label of a grouped row in the reader's language: the server writes Dutch labels, the
 * catalogues know the codes (case types, referrers, routes, outcomes).
 */
export function rowLabel(table: ReportTable, row: ReportTable['rows'][number], t: Messages): string {
  const key = String(row.key ?? '');
  const own: Record<string, string> | undefined =
    table.name === 'by_type'
      ? t.cases.caseTypes
      : table.name === 'by_source'
        ? t.cases.referralSources
        : table.name === 'by_route'
          ? t.cases.routes
          : table.name === 'outcomes'
            ? t.outcomes.outcomes
            : undefined;
  // The server's label of the capacity in minutes names the months of the period: "(3 maanden × …)".
  const months = row.measure === 'capacity_minutes' ? /\((\d+) maand/.exec(String(row.label ?? ''))?.[1] : undefined;
  if (months !== undefined) return t.reports.page.capacityHours(Number(months));
  const measure = typeof row.measure === 'string' ? t.reports.measures[row.measure] : undefined;
  return own?.[key] ?? measure ?? String(row.label ?? '');
}

/** The chart of a report table, or null for a table without one (the key figures). */
export function chartOf(table: ReportTable, t: Messages, monthLabel: (month: string) => string): ChartSpec | null {
  const layout = LAYOUT[table.name];
  if (!layout) return null;
  const rows = layout.only ? table.rows.filter((r) => layout.only!.includes(String(r.measure))) : table.rows;
  return {
    series: layout.values.map((v) => ({ name: v.series(t) })),
    categories: rows.map((r) => ({
      label: layout.label === 'month' ? monthLabel(String(r.month)) : layout.label === 'label' ? rowLabel(table, r, t) : String(r[layout.label] ?? ''),
      values: layout.values.map((v) => numberOrNull(r[v.key])),
    })),
  };
}
