import { ProblemError, badRequest, type InvalidParam } from '../../http/problem.js';
import { INVALID_CHARACTERS, isUnstorableText } from '../../http/validator.js';
import { INVALID_CHARACTERS_REASON } from '../../http/validation-messages.js';
import { decodeUtf8, readCsv } from '../../../domain/registry/csv.js';
import { unprotectCell } from '../../../domain/exports/spreadsheet.js';

export const MAX_IMPORT_ROWS = 10_000;

export interface CsvRecord {
  row: number;
  values: Record<string, string>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const fileProblem = (detail: string, code: string, reason: string) => badRequest(detail, [{ name: 'file', code, reason }]);

/**
 * Turns an uploaded file (base64) into records keyed by column name, or a clear 400: not base64,
 * not UTF-8, a broken quote, more than 10,000 rows, or a header that is not exactly the expected
 * columns (in any order, any letter case).
 */
export function readUpload(contentBase64: string, columns: readonly string[]): { records: CsvRecord[]; problems: InvalidParam[] } {
  const compact = contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw fileProblem('Het bestand is niet goed meegestuurd.', 'base64', 'Verwacht de inhoud van het bestand als base64.');
  const text = decodeUtf8(Buffer.from(compact, 'base64'));
  if (text === null) {
    throw fileProblem(
      'Het bestand is niet in UTF-8 opgeslagen.',
      'encoding',
      'Sla het bestand in Excel op als "CSV UTF-8 (door komma\'s gescheiden)" en probeer het opnieuw.',
    );
  }
  const result = readCsv(text, { maxRows: MAX_IMPORT_ROWS });
  if (!result.ok) {
    const e = result.error;
    if (e.kind === 'too-many-rows') {
      throw fileProblem(`Het bestand heeft meer dan ${MAX_IMPORT_ROWS.toLocaleString('nl-NL')} regels.`, 'too-many-rows', `Splits het bestand in delen van hoogstens ${MAX_IMPORT_ROWS.toLocaleString('nl-NL')} regels.`);
    }
    if (e.kind !== 'quote') throw fileProblem('Het bestand is leeg.', 'empty', `Het bestand moet beginnen met de kopregel: ${columns.join(';')}.`);
    throw new ProblemError(400, 'invalid-input', 'De invoer is niet geldig.', `Rij ${e.record} heeft een aanhalingsteken op een verkeerde plek.`, [
      { name: `row ${e.record}`, code: 'quote', reason: 'Zet een waarde met aanhalingstekens helemaal tussen aanhalingstekens en verdubbel aanhalingstekens erin ("").' },
    ]);
  }

  const byLower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const header = result.header.map((h) => byLower.get(h.toLowerCase()));
  const unknown = result.header.filter((_, i) => header[i] === undefined);
  const missing = columns.filter((c) => !header.includes(c));
  const doubled = columns.filter((c) => header.filter((h) => h === c).length > 1);
  if (unknown.length || missing.length || doubled.length) {
    const parts = [
      missing.length ? `ontbrekend: ${missing.join(', ')}` : '',
      unknown.length ? `onbekend: ${unknown.map((u) => u || '(leeg)').join(', ')}` : '',
      doubled.length ? `dubbel: ${doubled.join(', ')}` : '',
    ].filter(Boolean);
    throw badRequest(`De kopregel klopt niet (${parts.join('; ')}).`, [
      { name: 'header', code: 'header', reason: `Verwacht de kolommen ${columns.join(', ')} (volgorde en hoofdletters maken niet uit).` },
    ]);
  }

  const problems: InvalidParam[] = [];
  const records = result.rows.map((r) => {
    if (r.fields.length > header.length) {
      problems.push({ name: `row ${r.row}`, code: 'columns', reason: 'Deze rij heeft meer waarden dan er kolommen zijn. Controleer scheidingstekens en aanhalingstekens.' });
    }
    const values: Record<string, string> = {};
    header.forEach((col, i) => {
      values[col!] = unprotectCell((r.fields[i] ?? '').trim());
      // The API's text rule (validator.ts) sees only the base64; the cells inside need it too.
      if (isUnstorableText(values[col!]!)) problems.push({ name: `row ${r.row}/${col!}`, code: INVALID_CHARACTERS, reason: INVALID_CHARACTERS_REASON });
    });
    return { row: r.row, values };
  });
  return { records, problems };
}
