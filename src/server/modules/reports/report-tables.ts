import type { ReportTableName } from '../../../domain/reports/report-table-names.js';
import { MIN_GROUP, suppressSmallGroups, type SuppressionSpec, type WithheldCell } from '../../../domain/reports/small-numbers.js';

/** A report table: the data behind one chart, also its accessible data table and its export. */
export type Cell = string | number | null;

export interface ReportColumn {
  key: string;
  label: string;
}

export interface ReportTable {
  name: TableName;
  title: string;
  columns: ReportColumn[];
  rows: Record<string, Cell>[];
  /** The group has fewer than MIN_GROUP cases: figures are withheld (null), as small numbers identify people. */
  tooFewCases: boolean;
  /** Single cells withheld by the small-number rule (src/domain/reports/small-numbers.ts). */
  withheldCells?: WithheldCell[];
}

export { MIN_GROUP };

export { REPORT_TABLE_NAMES as TABLE_NAMES } from '../../../domain/reports/report-table-names.js';
export type TableName = ReportTableName;

/** A share in percent with one decimal, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);

export const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);

/** Replaces every figure of a table by null (labels stay), with the flag set. */
export function withheld(t: ReportTable, labelKeys: readonly string[]): ReportTable {
  return {
    ...t,
    tooFewCases: true,
    rows: t.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, labelKeys.includes(k) ? v : null]))),
  };
}

/** A grouped table under the small-number rule: groups of 1–4 withheld, and the next-smallest when one alone would be derivable. */
export function withSmallNumbersWithheld(t: ReportTable, spec: SuppressionSpec): ReportTable {
  const s = suppressSmallGroups(t.rows, spec);
  return s.withheld.length === 0 ? t : { ...t, rows: s.rows, withheldCells: s.withheld };
}
