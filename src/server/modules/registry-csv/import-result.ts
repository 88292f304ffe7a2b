import { ProblemError, badRequest, type InvalidParam } from '../../http/problem.js';

export type { ImportResult } from '../../../contract/registry-csv.js';

const rowOf = (p: InvalidParam) => Number(/^row (\d+)/.exec(p.name)?.[1] ?? 0);

const columnOf = (p: InvalidParam, columns: readonly string[]) => columns.indexOf(p.name.split('/')[1] ?? '');

/** Every failing row and field at once, in row and column order; nothing is imported. */
export function rejectImport(problems: InvalidParam[], columns: readonly string[]): never {
  const sorted = [...problems].sort((a, b) => rowOf(a) - rowOf(b) || columnOf(a, columns) - columnOf(b, columns));
  const rows = [...new Set(sorted.map(rowOf).filter((r) => r > 0))];
  const detail =
    rows.length > 0
      ? `Er is niets geïmporteerd: ${rows.length === 1 ? `rij ${rows[0]} is` : `${rows.length} rijen zijn`} niet in orde (${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', …' : ''}).`
      : 'Er is niets geïmporteerd.';
  throw badRequest(detail, sorted);
}

/**
 * Runs the change for one row; if a command still refuses it (someone changed the registry between
 * the check and the write), the whole import is rolled back and the row is named.
 */
export async function atRow<T>(row: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ProblemError) {
      const params = (e.invalidParams ?? [{ name: '', code: e.slug, reason: e.detail ?? e.title }]).map((p) => ({ ...p, name: `row ${row}${p.name ? `/${p.name}` : ''}` }));
      throw new ProblemError(e.status, e.slug, e.title, `Er is niets geïmporteerd: rij ${row} kon niet worden verwerkt. ${e.detail ?? ''}`.trim(), params, e.extra);
    }
    throw e;
  }
}
