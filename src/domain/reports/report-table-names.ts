/**
 * The tables of a pool report, in the order the report shows them. The server builds them and
 * the web labels them; both read this one list.
 */
export const REPORT_TABLE_NAMES = [
  'summary',
  'referrals_per_month',
  'by_type',
  'by_source',
  'by_route',
  'throughput',
  'outcomes',
  'hours',
  'mediators',
  'capacity',
  'satisfaction',
] as const;
export type ReportTableName = (typeof REPORT_TABLE_NAMES)[number];
