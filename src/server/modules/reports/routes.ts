import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { invalidField, notFound } from '../../http/problem.js';
import { writeAudit } from '../../audit/write-audit.js';
import { BinaryResponse } from '../settlement/schemas.js';
import { canCaseRegister, canReports, seesCaseFigures } from './policy.js';
import { resolveScope } from './report-period.js';
import { buildReport } from './build-report.js';
import { buildBenchmark } from './build-benchmark.js';
import { tableCsv, tableXlsx } from './exports.js';
import { annualReportPdf, type PoolHealth } from './annual-report-pdf.js';
import { caseRegisterCsv } from './case-register.js';
import { AnnualQuery, BenchmarkQuery, BenchmarkSchema, ExportQuery, RegisterQuery, ReportQuery, ReportSchema } from './schemas.js';

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

/** Reports over a period, their exports, the benchmark, the annual report and the anonymised register. */
export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reports',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Rapportage over een periode: pool (coördinator) of gemeente (contactpersoon: alleen de eigen); financiën alleen uren',
        querystring: ReportQuery,
        response: { 200: ReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canReports(actor), 'collection');
      const scope = await resolveScope(app.db, actor, request.query);
      return buildReport(app.db, scope, { caseFigures: seesCaseFigures(actor) });
    },
  );

  app.get(
    '/reports/export',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Eén tabel van de rapportage als CSV of Excel',
        querystring: ExportQuery,
        response: { 200: BinaryResponse('CSV (text/csv) of Excel-werkmap (XLSX)'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canReports(actor), 'collection');
      const scope = await resolveScope(app.db, actor, request.query);
      const report = await buildReport(app.db, scope, { caseFigures: seesCaseFigures(actor) });
      const table = report.tables.find((t) => t.name === request.query.table);
      if (!table) throw notFound('Deze tabel hoort niet bij uw rapportage.');
      const base = `rapportage-${table.name}-${scope.from}-${scope.to}${scope.municipality ? `-${safeName(scope.municipality.name)}` : ''}`;
      if (request.query.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${base}.csv"`).send(tableCsv(table));
      }
      const xlsx = await tableXlsx(table, { title: `Rapportage ${scope.from} t/m ${scope.to}${scope.municipality ? ` — ${scope.municipality.name}` : ''}` });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="${base}.xlsx"`)
        .send(xlsx as unknown as string);
    },
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
    async (request) => {
      const actor = requireActor(request);
      authorize(seesCaseFigures(actor), 'collection');
      const y = request.query.year;
      const scope = await resolveScope(app.db, actor, { from: `${y}-01-01`, to: `${y}-12-31`, municipalityId: request.query.municipalityId });
      if (!scope.municipality) throw invalidField('municipalityId', 'required', 'Kies de gemeente voor de benchmark.');
      return buildBenchmark(app.db, actor.poolId, y, scope.municipality);
    },
  );

  app.get(
    '/reports/annual',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Jaarverslag als PDF, voor de pool (coördinator) of een gemeente',
        querystring: AnnualQuery,
        response: { 200: BinaryResponse('Jaarverslag (application/pdf)'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(seesCaseFigures(actor), 'collection');
      const y = request.query.year;
      const scope = await resolveScope(app.db, actor, { from: `${y}-01-01`, to: `${y}-12-31`, municipalityId: request.query.municipalityId });
      const report = await buildReport(app.db, scope);
      const pool = await app.db.selectFrom('pool').select('name').where('id', '=', actor.poolId).executeTakeFirstOrThrow();
      const pdf = await annualReportPdf({ poolName: pool.name, year: y, report, health: await poolHealth(scope.municipality?.id ?? null, actor.poolId) });
      await writeAudit(app.db, request.auditContext(), { action: 'report.annual', objectType: 'pool', objectId: actor.poolId, detail: { year: y, municipalityId: scope.municipality?.id ?? null } });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="jaarverslag-${y}-${safeName(scope.municipality?.name ?? pool.name)}.pdf"`)
        .send(pdf as unknown as string);
    },
  );

  app.get(
    '/reports/case-register',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Geanonimiseerd zakenregister als CSV: één regel per zaak, zonder persoonsgegevens, datums als jaar-maand (coördinator)',
        querystring: RegisterQuery,
        response: { 200: BinaryResponse('CSV (text/csv)'), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canCaseRegister(actor), 'collection');
      const scope = await resolveScope(app.db, actor, request.query);
      const csv = await caseRegisterCsv(app.db, scope);
      await writeAudit(app.db, request.auditContext(), { action: 'report.case-register', objectType: 'pool', objectId: actor.poolId, detail: { from: scope.from, to: scope.to } });
      return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="zakenregister-${scope.from}-${scope.to}.csv"`).send(csv);
    },
  );

  async function poolHealth(municipalityId: string | null, poolId: string): Promise<PoolHealth> {
    const rows = (
      await sql<{ status: string; n: number }>`
      SELECT mp.status, count(*)::int AS n FROM mediator_profile mp
      LEFT JOIN app_user u ON u.id = mp.user_id LEFT JOIN invitation i ON i.id = mp.invitation_id
      WHERE mp.pool_id = ${poolId} AND (${municipalityId}::uuid IS NULL OR coalesce(u.municipality_id, i.municipality_id) = ${municipalityId}::uuid)
      GROUP BY mp.status`.execute(app.db)
    ).rows;
    const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { active: n('active'), inTraining: n('in_training'), dormant: n('dormant'), inactive: n('inactive') };
  }
};
