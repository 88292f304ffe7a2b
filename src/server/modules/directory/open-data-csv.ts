import { OPEN_DATA_LICENCE, type OpenData } from '../../../contract/directory.js';
import { figure, writeCsv } from '../../../domain/exports/spreadsheet.js';

/**
 * The stable columns of the open-data CSV (documented on the pool page and in OpenAPI). Comma
 * separated, decimal point, UTF-8 with BOM, one row per key figure; a withheld figure has an empty
 * `value` and `withheld` = true. Every row names its licence, since a CSV has no place for a note.
 */
export const OPEN_DATA_COLUMNS = ['pool_id', 'pool_name', 'year', 'measure', 'value', 'withheld', 'minimum_group', 'licence'] as const;

export function openDataCsv(data: OpenData): string {
  return writeCsv(
    OPEN_DATA_COLUMNS,
    data.figures.map((f) => [
      data.pool.id,
      data.pool.name,
      figure(String(data.year)),
      f.measure,
      f.value === null ? null : figure(String(f.value)),
      f.withheld ? 'true' : 'false',
      figure(String(data.minimumGroup)),
      OPEN_DATA_LICENCE.id,
    ]),
    ',',
  );
}
