import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Uuid } from './common.js';
import { REPORT_TABLE_NAMES, type ReportTableName } from '../domain/reports/report-table-names.js';

/**
 * The reports module's contract: the report over a period and its table exports, the benchmark,
 * the annual report, the anonymised case register, and what the caller may do with reports.
 */

/** What one may do with reports (policy.ts); the report page shows its parts from these. */
export const REPORT_ACTIONS = ['view-report', 'view-case-figures', 'choose-municipality', 'view-benchmark', 'download-annual', 'download-case-register'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** The problem codes (slugs) the reports module answers with (besides invalid-input per field). */
export const REPORTS_PROBLEMS = [] as const;

/** A file download (CSV, XLSX, PDF) in the OpenAPI document. */
export const FileResponse = (description: string) => ({ description, type: 'string', format: 'binary' }) as const;

export const ReportActionsSchema = Obj({ allowedActions: Type.Array(Type.Enum(REPORT_ACTIONS)) });
export type ReportActions = Static<typeof ReportActionsSchema>;

export const ReportQuery = Obj({
  from: Type.Optional(Type.String({ maxLength: 10, description: 'Begindatum JJJJ-MM-DD (standaard 1 januari van dit jaar)' })),
  to: Type.Optional(Type.String({ maxLength: 10, description: 'Einddatum JJJJ-MM-DD (standaard 31 december van dit jaar)' })),
  municipalityId: Type.Optional(Uuid),
});
export type ReportScopeQuery = Static<typeof ReportQuery>;

export const TableNameSchema = Type.Unsafe<ReportTableName>({ type: 'string', enum: [...REPORT_TABLE_NAMES], description: 'Naam van de tabel' });

export const ExportQuery = Obj({
  from: Type.Optional(Type.String({ maxLength: 10 })),
  to: Type.Optional(Type.String({ maxLength: 10 })),
  municipalityId: Type.Optional(Uuid),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  table: TableNameSchema,
});
export type ReportExportQuery = Static<typeof ExportQuery>;

export const Cell = Type.Union([Type.String(), Type.Number(), Type.Null()]);
export const ReportTableSchema = Obj({
  name: TableNameSchema,
  title: Type.String(),
  columns: Type.Array(Obj({ key: Type.String(), label: Type.String() })),
  rows: Type.Array(Type.Record(Type.String(), Cell)),
  tooFewCases: Type.Boolean({ description: 'Minder dan 5 zaken: geen cijfers ("te weinig zaken")' }),
  withheldCells: Type.Optional(
    Type.Array(Obj({ row: Type.Integer({ minimum: 0 }), column: Type.String() }), {
      description: 'Cellen die de kleine-aantallenregel achterhoudt (groep van 1–4, of nodig om die niet af te leiden uit het totaal)',
    }),
  ),
});
export type ReportCell = Static<typeof Cell>;
export type ReportTable = Static<typeof ReportTableSchema>;

export const MunicipalityRef = Obj({ id: Uuid, code: Type.String(), name: Type.String() });

export const ReportSchema = Obj({
  period: Obj({ from: IsoDate, to: IsoDate }),
  municipality: Nullable(MunicipalityRef),
  caseCount: Nullable(Type.Integer()),
  tooFewCases: Type.Boolean(),
  tables: Type.Array(ReportTableSchema),
});
export type Report = Static<typeof ReportSchema>;
export type MunicipalityRefType = Static<typeof MunicipalityRef>;

export const BenchmarkQuery = Obj({ year: Type.Integer({ minimum: 2015, maximum: 2999, description: 'Kalenderjaar (het vorige jaar gaat mee)' }), municipalityId: Type.Optional(Uuid) });
export type BenchmarkQueryType = Static<typeof BenchmarkQuery>;

const Figure = Nullable(Type.Number());
export const BenchmarkSchema = Obj({
  year: Type.Integer(),
  municipality: MunicipalityRef,
  members: Type.Integer(),
  rows: Type.Array(
    Obj({
      measure: Type.String(),
      label: Type.String(),
      municipality: Figure,
      poolAverage: Figure,
      previousYear: Figure,
    }),
  ),
  tooFewCases: Obj({ municipality: Type.Boolean(), pool: Type.Boolean(), previousYear: Type.Boolean() }),
});
export type Benchmark = Static<typeof BenchmarkSchema>;

export const AnnualQuery = Obj({ year: Type.Integer({ minimum: 2014, maximum: 2999 }), municipalityId: Type.Optional(Uuid) });
export const RegisterQuery = Obj({ from: Type.Optional(Type.String({ maxLength: 10 })), to: Type.Optional(Type.String({ maxLength: 10 })) });
export type AnnualQueryType = Static<typeof AnnualQuery>;
export type RegisterQueryType = Static<typeof RegisterQuery>;
