import { Type, type Static } from 'typebox';
import { Obj } from './common.js';

/** The registry-csv module's contract: CSV export and import of member municipalities and mediators. */

/** What one may do with the registry's CSV files (policy.ts answers per pool). */
export const REGISTRY_CSV_ACTIONS = ['export', 'import'] as const;
export type RegistryCsvAction = (typeof REGISTRY_CSV_ACTIONS)[number];

/** The problem codes (slugs) the registry-csv module answers with (besides the rows' own). */
export const REGISTRY_CSV_PROBLEMS = ['invalid-input'] as const;

export const CSV_SUBJECTS = ['municipalities', 'mediators'] as const;
export type CsvSubject = (typeof CSV_SUBJECTS)[number];

/** Up to 10,000 rows of a few hundred bytes, as base64: generous, so too many rows is a clear 400 rather than 413. */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

export const CsvDelimiterSchema = Type.Enum(['semicolon', 'comma'] as const, { default: 'semicolon', description: 'Nederlandse Excel gebruikt puntkomma’s' });
export type CsvDelimiterName = Static<typeof CsvDelimiterSchema>;
export const ExportQuery = Obj({ delimiter: Type.Optional(CsvDelimiterSchema) });
export const CsvFile = { description: 'CSV (UTF-8 met BOM, CRLF)', content: { 'text/csv': { schema: { type: 'string' } } } } as const;

export const ImportBody = Obj({
  filename: Type.Optional(Type.String({ maxLength: 255 })),
  contentBase64: Type.String({ minLength: 1, maxLength: IMPORT_BODY_LIMIT, description: 'Het CSV-bestand, base64-gecodeerd' }),
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Alleen controleren en tellen, niets wijzigen' })),
});
export type ImportInput = Static<typeof ImportBody>;

export const ImportResultSchema = Obj({
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  dryRun: Type.Boolean(),
  warnings: Type.Array(Obj({ name: Type.String(), code: Type.String(), reason: Type.String() })),
});
export type ImportResult = Static<typeof ImportResultSchema>;
