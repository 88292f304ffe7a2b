import { formatDutchDate, isIsoDate } from '../../../domain/calendar/iso-date.js';
import { DATE_WINDOW } from '../../../contract/common.js';

/** Reading and writing single CSV cells. An empty cell is "no value" (null). */

export type Cell<T> = { ok: true; value: T | null } | { ok: false; reason: string };

/** `52.69` or, as Dutch Excel writes it, `52,69`. */
export function numberCell(v: string): Cell<number> {
  if (v === '') return { ok: true, value: null };
  const n = Number(/^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'Vul een getal in, bijvoorbeeld 52.69.' };
}

export function integerCell(v: string): Cell<number> {
  if (v === '') return { ok: true, value: null };
  return /^\d+$/.test(v) ? { ok: true, value: Number(v) } : { ok: false, reason: 'Vul een geheel getal in.' };
}

/** `2013-03-01`, or `1-3-2013` / `01-03-2013` as a Dutch spreadsheet may have rewritten it. */
export function dateCell(v: string): Cell<string> {
  if (v === '') return { ok: true, value: null };
  const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(v);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : v;
  if (!isIsoDate(iso)) return { ok: false, reason: 'Vul een datum in als JJJJ-MM-DD.' };
  // The same window as the API's (BoundedDate): 1899 or 3000 is a typing error.
  if (iso < DATE_WINDOW.from || iso > DATE_WINDOW.until) return { ok: false, reason: `Kies een datum van ${formatDutchDate(DATE_WINDOW.from)} tot en met ${formatDutchDate(DATE_WINDOW.until)}.` };
  return { ok: true, value: iso };
}

/** A list inside one cell: `employment|neighbours` (a comma works too). */
export const listCell = (v: string): string[] =>
  v
    .split(/[|,]/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

export const textCell = (v: string): string | null => (v === '' ? null : v);

export const writeList = (xs: readonly string[]) => xs.join('|');
export const writeNullable = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
