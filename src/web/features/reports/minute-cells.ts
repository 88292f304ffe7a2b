import type { ReportCell, ReportTable, ReportTableName } from '../../api/reports.js';

/**
 * Which report figures are minutes. The server keeps minutes (the CSV and Excel exports keep them
 * too, for spreadsheets); the page shows them as hours and minutes ("12 u 30 min").
 */
const MINUTE_COLUMNS: Partial<Record<ReportTableName, readonly string[]>> = {
  hours: ['minutes_supplied', 'minutes_used', 'net_minutes'],
  mediators: ['minutes'],
};

/** The measure rows of the capacity table whose value is minutes. */
export const MINUTE_MEASURES: readonly string[] = ['capacity_minutes', 'minutes_used', 'free_minutes'];

export function isMinutesCell(table: Pick<ReportTable, 'name'>, row: Record<string, ReportCell>, key: string): boolean {
  if (MINUTE_COLUMNS[table.name]?.includes(key)) return true;
  return table.name === 'capacity' && key === 'value' && MINUTE_MEASURES.includes(String(row.measure));
}

/** Whether a chart of the table shows minutes (its bars are then labelled in hours and minutes). */
export const chartInMinutes = (name: ReportTableName): boolean => name === 'hours' || name === 'mediators' || name === 'capacity';
