import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Obj, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { writeAudit } from '../../audit/write-audit.js';
import { writeCsv, protectCell, type CsvDelimiter } from '../../../domain/registry/csv.js';
import { canRegistryCsv } from './policy.js';
import { MUNICIPALITY_COLUMNS, municipalityExportRows } from './municipality-csv.js';
import { MEDIATOR_COLUMNS, mediatorExportRows } from './mediator-csv.js';
import { importMunicipalities } from './commands/import-municipalities.js';
import { importMediators } from './commands/import-mediators.js';
import { poolToday } from '../registry/registry-support.js';
import { MAX_IMPORT_ROWS } from './read-upload.js';

/** Up to 10,000 rows of a few hundred bytes, as base64: generous, so too many rows is a clear 400 rather than 413. */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

const ExportQuery = Obj({
  delimiter: Type.Optional(Type.Union([Type.Literal('semicolon'), Type.Literal('comma')], { default: 'semicolon', description: 'Nederlandse Excel gebruikt puntkomma’s' })),
});
const CsvFile = { description: 'CSV (UTF-8 met BOM, CRLF)', content: { 'text/csv': { schema: { type: 'string' } } } };
const ImportBody = Obj({
  filename: Type.Optional(Type.String({ maxLength: 255 })),
  contentBase64: Type.String({ minLength: 1, maxLength: IMPORT_BODY_LIMIT, description: 'Het CSV-bestand, base64-gecodeerd' }),
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Alleen controleren en tellen, niets wijzigen' })),
});
const ImportResultSchema = Obj({
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  dryRun: Type.Boolean(),
  warnings: Type.Array(Obj({ name: Type.String(), code: Type.String(), reason: Type.String() })),
});

const delimiterOf = (d: 'semicolon' | 'comma' | undefined): CsvDelimiter => (d === 'comma' ? ',' : ';');
const csv = (columns: readonly string[], rows: string[][], d: CsvDelimiter) => writeCsv(columns, rows.map((r) => r.map(protectCell)), d);

/** CSV export and import of member municipalities and mediators. */
export const registryCsvRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/csv-exports/municipalities',
    {
      schema: {
        tags: ['Register'],
        summary: 'Exporteer de gemeenten van de pool als CSV (beheerder, coördinator)',
        querystring: ExportQuery,
        response: { 200: CsvFile, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canRegistryCsv(actor, 'export'), 'collection');
      const body = csv(MUNICIPALITY_COLUMNS, await municipalityExportRows(app.db, actor.poolId), delimiterOf(request.query.delimiter));
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="gemeenten-${poolToday()}.csv"`)
        .send(body);
    },
  );

  app.get(
    '/csv-exports/mediators',
    {
      schema: {
        tags: ['Register'],
        summary: 'Exporteer de mediators van de pool als CSV, met e-mailadressen (beheerder, coördinator; gelogd)',
        querystring: ExportQuery,
        response: { 200: CsvFile, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canRegistryCsv(actor, 'export'), 'collection');
      const rows = await mediatorExportRows(app.db, actor.poolId);
      await writeAudit(app.db, request.auditContext(), { action: 'csv-export.mediators', objectType: 'pool', objectId: actor.poolId, purpose: 'registerexport', detail: { rows: rows.length } });
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="mediators-${poolToday()}.csv"`)
        .send(csv(MEDIATOR_COLUMNS, rows, delimiterOf(request.query.delimiter)));
    },
  );

  app.post(
    '/csv-imports/municipalities',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['Register'],
        summary: 'Importeer gemeenten uit CSV, op CBS-code (beheerder, coördinator)',
        description: `Kolommen: ${MUNICIPALITY_COLUMNS.join(', ')}. UTF-8 (met of zonder BOM), komma of puntkomma, hoogstens ${MAX_IMPORT_ROWS} rijen. Eén foute rij: niets geïmporteerd, elke fout als "row N/kolom" in invalidParams.`,
        body: ImportBody,
        response: { 200: ImportResultSchema, ...problems(401, 403, 409, 413) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canRegistryCsv(actor, 'import'), 'collection');
      return app.db
        .transaction()
        .execute((trx) => importMunicipalities(trx, request.auditContext(), actor.poolId, { contentBase64: request.body.contentBase64, dryRun: request.body.dryRun ?? false }));
    },
  );

  app.post(
    '/csv-imports/mediators',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['Register'],
        summary: 'Importeer mediators uit CSV, op e-mailadres; nieuwe mensen krijgen een uitnodiging (beheerder, coördinator)',
        description: `Kolommen: ${MEDIATOR_COLUMNS.join(', ')}. Lijsten (specialisms, languages) gescheiden door |. UTF-8 (met of zonder BOM), komma of puntkomma, hoogstens ${MAX_IMPORT_ROWS} rijen. Eén foute rij: niets geïmporteerd, elke fout als "row N/kolom" in invalidParams.`,
        body: ImportBody,
        response: { 200: ImportResultSchema, ...problems(401, 403, 409, 413) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canRegistryCsv(actor, 'import'), 'collection');
      return app.db
        .transaction()
        .execute((trx) =>
          importMediators(trx, request.auditContext(), actor, { contentBase64: request.body.contentBase64, dryRun: request.body.dryRun ?? false, baseUrl: app.config.baseUrl }),
        );
    },
  );
};
