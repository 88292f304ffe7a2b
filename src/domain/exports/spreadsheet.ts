/**
 * The one writer of every CSV the product exports, and the one cell rule of every XLSX (the
 * server's `exports/workbook.ts` applies `protectCell` to each text cell of a workbook).
 *
 * Spreadsheets run a cell whose text starts with = + - @ tab or carriage return as a formula
 * (CSV or formula injection: `=HYPERLINK(…)` in a mediator's name). Text gets a leading
 * apostrophe there, as OWASP advises: Excel and LibreOffice show it as plain text. Figures are not
 * text: a number (or a `figure`, a number in a fixed form such as "-406,25" or "-6:30") is written
 * as it is, so a negative balance stays a number.
 */

export type CsvDelimiter = ',' | ';';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet cell: a leading apostrophe where a spreadsheet would run it as a formula. */
export const protectCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The reverse, for a CSV that comes back (the registry's import): an export re-imports unchanged. */
export const unprotectCell = (text: string): string => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);

const FIGURE_SHAPE = /^-?\d+(?:[.,:]\d+)*$/;
const figureBrand: unique symbol = Symbol('figure');

/** A number in a fixed written form (money with two decimals, hours as h:mm); made only by `figure`. */
export interface Figure {
  readonly [figureBrand]: string;
}

/**
 * Marks the text of a number as a figure, written without protection. Only digits, an optional
 * leading minus and `.`, `,` or `:` between digits are a figure; anything else is refused
 * (a programming error: a name is never a figure).
 */
export function figure(text: string): Figure {
  if (!FIGURE_SHAPE.test(text)) throw new RangeError(`Not a figure: ${JSON.stringify(text)}`);
  return { [figureBrand]: text };
}

/** A cell of a CSV: text (protected), a number (Dutch decimal comma), a figure, or empty. */
export type CsvValue = string | number | Figure | null | undefined;

const isFigure = (v: object): v is Figure => figureBrand in v;

/** A number as Dutch Excel reads it: 12.5 → "12,5". */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  return String(n).replace('.', ',');
}

/** The written text of one cell. */
export function csvCellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return protectCell(value);
  if (isFigure(value)) return value[figureBrand];
  throw new TypeError('Not a CSV cell');
}

const needsQuotes = (value: string, delimiter: CsvDelimiter) =>
  value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r') || value !== value.trim();

/**
 * One CSV text with CRLF line ends (RFC 4180) and a BOM, so Excel opens it as UTF-8; every text
 * cell, the header's too, is protected against formulas.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], delimiter: CsvDelimiter = ';'): string {
  const line = (values: readonly CsvValue[]) =>
    values
      .map((v) => {
        const text = csvCellText(v);
        return needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(delimiter);
  return '\ufeff' + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
