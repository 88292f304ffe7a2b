import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { CsvFile, ExportQuery, IMPORT_BODY_LIMIT, ImportBody, ImportResultSchema } from '../../../contract/registry-csv.js';
import { requireActor } from '../../plugins/authentication.js';
import { MUNICIPALITY_COLUMNS } from './municipality-csv.js';
import { MEDIATOR_COLUMNS } from './mediator-csv.js';
import { exportMediatorsCsv, exportMunicipalitiesCsv, type CsvExport } from './queries/export-csv.js';
import { importMunicipalities } from './commands/import-municipalities.js';
import { importMediators } from './commands/import-mediators.js';
import { MAX_IMPORT_ROWS } from './read-upload.js';

const attachment = (file: CsvExport) => ({ type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${file.filename}"` });

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
      const file = await exportMunicipalitiesCsv(app.db, requireActor(request), request.query.delimiter);
      const { type, disposition } = attachment(file);
      return reply.type(type).header('Content-Disposition', disposition).send(file.body);
    },
  );

  app.get(
    '/csv-exports/mediators',
    {
      schema: {
        'x-personal-data': 'registerexport',
        tags: ['Register'],
        summary: 'Exporteer de mediators van de pool als CSV, met e-mailadressen (beheerder, coördinator; gelogd)',
        querystring: ExportQuery,
        response: { 200: CsvFile, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const file = await exportMediatorsCsv(app.db, request.auditContext(), requireActor(request), request.query.delimiter);
      const { type, disposition } = attachment(file);
      return reply.type(type).header('Content-Disposition', disposition).send(file.body);
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
      const input = { contentBase64: request.body.contentBase64, dryRun: request.body.dryRun ?? false };
      return app.db.transaction().execute((trx) => importMunicipalities(trx, request.auditContext(), actor, input));
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
      const input = { contentBase64: request.body.contentBase64, dryRun: request.body.dryRun ?? false, baseUrl: app.config.baseUrl };
      return app.db.transaction().execute((trx) => importMediators(trx, request.auditContext(), actor, input));
    },
  );
};
