import { Type } from 'typebox';
import { IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';
import { TABLE_NAMES, type TableName } from './report-tables.js';

export const ReportQuery = Obj({
  from: Type.Optional(Type.String({ maxLength: 10, description: 'Begindatum JJJJ-MM-DD (standaard 1 januari van dit jaar)' })),
  to: Type.Optional(Type.String({ maxLength: 10, description: 'Einddatum JJJJ-MM-DD (standaard 31 december van dit jaar)' })),
  municipalityId: Type.Optional(Uuid),
});

export const TableNameSchema = Type.Unsafe<TableName>({ type: 'string', enum: [...TABLE_NAMES], description: 'Naam van de tabel' });

export const ExportQuery = Obj({
  from: Type.Optional(Type.String({ maxLength: 10 })),
  to: Type.Optional(Type.String({ maxLength: 10 })),
  municipalityId: Type.Optional(Uuid),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  table: TableNameSchema,
});

const Cell = Type.Union([Type.String(), Type.Number(), Type.Null()]);
export const ReportTableSchema = Obj({
  name: TableNameSchema,
  title: Type.String(),
  columns: Type.Array(Obj({ key: Type.String(), label: Type.String() })),
  rows: Type.Array(Type.Record(Type.String(), Cell)),
  tooFewCases: Type.Boolean({ description: 'Minder dan 5 zaken: geen cijfers ("te weinig zaken")' }),
});

const MunicipalityRef = Obj({ id: Uuid, code: Type.String(), name: Type.String() });

export const ReportSchema = Obj({
  period: Obj({ from: IsoDate, to: IsoDate }),
  municipality: Nullable(MunicipalityRef),
  caseCount: Nullable(Type.Integer()),
  tooFewCases: Type.Boolean(),
  tables: Type.Array(ReportTableSchema),
});

export const BenchmarkQuery = Obj({ year: Type.Integer({ minimum: 2015, maximum: 2999, description: 'Kalenderjaar (het vorige jaar gaat mee)' }), municipalityId: Type.Optional(Uuid) });

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

export const AnnualQuery = Obj({ year: Type.Integer({ minimum: 2014, maximum: 2999 }), municipalityId: Type.Optional(Uuid) });
export const RegisterQuery = Obj({ from: Type.Optional(Type.String({ maxLength: 10 })), to: Type.Optional(Type.String({ maxLength: 10 })) });
