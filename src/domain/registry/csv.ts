/**
 * A small RFC 4180 CSV reader for the registry's import. It reads UTF-8 with or without a
 * byte-order mark, comma- or semicolon-separated (Dutch Excel writes semicolons), quoted fields
 * with embedded delimiters, quotes and line breaks, and CRLF or LF line ends. Every export is
 * written by domain/exports/spreadsheet.ts.
 */

import type { CsvDelimiter } from '../exports/spreadsheet.js';

export type { CsvDelimiter };

export type CsvReadError =
  | { kind: 'encoding' }
  | { kind: 'empty' }
  | { kind: 'too-many-rows'; limit: number }
  | { kind: 'quote'; record: number };

export type CsvReadResult = { ok: true; delimiter: CsvDelimiter; header: string[]; rows: CsvRow[] } | { ok: false; error: CsvReadError };

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row: number;
  fields: string[];
}

const BOM = [0xef, 0xbb, 0xbf];

/** Strict UTF-8: any byte sequence that is not UTF-8 (a Windows-1252 export, say) is refused. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const start = BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/** The delimiter is the one that occurs most in the header line, outside quotes; a tie means comma. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses the whole text; stops as soon as there are more than `maxRows` data rows, so a huge file
 * costs no more than reading that far. Rows whose fields are all empty (Excel leaves those at the
 * end) are skipped but still counted for the row numbers.
 */
export function readCsv(text: string, opts: { maxRows: number; delimiter?: CsvDelimiter }): CsvReadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = opts.delimiter ?? detectDelimiter(source);
  const records: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let recordNo = 1;
  const n = source.length;

  const endRecord = (): boolean => {
    fields.push(field);
    if (fields.some((f) => f !== '')) records.push({ row: recordNo, fields });
    recordNo++;
    fields = [];
    field = '';
    afterQuote = false;
    return records.length - 1 > opts.maxRows;
  };

  for (let i = 0; i < n; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else field += c;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      afterQuote = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      if (endRecord()) return { ok: false, error: { kind: 'too-many-rows', limit: opts.maxRows } };
    } else if (c === '"' && field === '' && !afterQuote) {
      quoted = true;
    } else if (afterQuote || c === '"') {
      return { ok: false, error: { kind: 'quote', record: recordNo } };
    } else field += c;
  }
  if (quoted) return { ok: false, error: { kind: 'quote', record: recordNo } };
  if (field !== '' || fields.length > 0) {
    if (endRecord()) return { ok: false, error: { kind: 'too-many-rows', limit: opts.maxRows } };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, error: { kind: 'empty' } };
  return { ok: true, delimiter, header: header.fields.map((h) => h.trim()), rows };
}
