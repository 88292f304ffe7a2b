import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { problems } from '../../../contract/common.js';
import { AnnualQuery, BenchmarkQuery, BenchmarkSchema, ExportQuery, FileResponse, RegisterQuery, ReportActionsSchema, ReportQuery, ReportSchema } from '../../../contract/reports.js';
import { requireActor } from '../../plugins/authentication.js';
import { reportActions } from './queries/report-actions.js';
import { getReport } from './queries/get-report.js';
import { exportReportTable } from './queries/export-report-table.js';
import { getBenchmark } from './queries/get-benchmark.js';
import { annualReport } from './queries/annual-report.js';
import { caseRegister } from './queries/case-register.js';
import type { ReportFile } from './queries/report-file.js';

const download = (reply: FastifyReply, file: ReportFile) =>
  reply.type(file.contentType).header('Content-Disposition', `attachment; filename="${file.filename}"`).send(file.body as unknown as string);

/** Reports over a period, their exports, the benchmark, the annual report and the anonymised register. */
export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reports/actions',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Wat u met rapportages mag: cijfers over zaken, een gemeente kiezen, benchmark, jaarverslag, zakenregister',
        response: { 200: ReportActionsSchema, ...problems(401, 403) },
      },
    },
    async (request) => reportActions(requireActor(request)),
  );

  app.get(
    '/reports',
    {
      schema: {
        'x-personal-data': 'rapportage',
        tags: ['Rapportages'],
        summary: 'Rapportage over een periode: pool (coördinator) of gemeente (contactpersoon: alleen de eigen); financiën alleen uren',
        querystring: ReportQuery,
        response: { 200: ReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getReport(app.db, requireActor(request), request.query),
  );

  app.get(
    '/reports/export',
    {
      schema: {
        'x-personal-data': 'rapportage',
        tags: ['Rapportages'],
        summary: 'Eén tabel van de rapportage als CSV of Excel',
        querystring: ExportQuery,
        response: { 200: FileResponse('CSV (text/csv) of Excel-werkmap (XLSX)'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => download(reply, await exportReportTable(app.db, requireActor(request), request.query)),
  );

  app.get(
    '/reports/benchmark',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Benchmark: de cijfers van een gemeente naast het poolgemiddelde en het vorige jaar',
        querystring: BenchmarkQuery,
        response: { 200: BenchmarkSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getBenchmark(app.db, requireActor(request), request.query),
  );

  app.get(
    '/reports/annual',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Jaarverslag als PDF, voor de pool (coördinator) of een gemeente',
        querystring: AnnualQuery,
        response: { 200: FileResponse('Jaarverslag (application/pdf)'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => download(reply, await annualReport(app.db, request.auditContext(), requireActor(request), request.query)),
  );

  app.get(
    '/reports/case-register',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Geanonimiseerd zakenregister als CSV: één regel per zaak, zonder persoonsgegevens, datums als jaar-maand (coördinator)',
        querystring: RegisterQuery,
        response: { 200: FileResponse('CSV (text/csv)'), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => download(reply, await caseRegister(app.db, request.auditContext(), requireActor(request), request.query)),
  );
};
