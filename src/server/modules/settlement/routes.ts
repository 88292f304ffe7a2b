import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { ProblemError, notFound } from '../../http/problem.js';
import { writeAudit } from '../../audit/write-audit.js';
import { hasRole, type Actor } from '../../auth/actor.js';
import { canSettlement, canStatement } from './policy.js';
import { BinaryResponse, SettlementSchema, SettlementSummarySchema, StatementListSchema } from './schemas.js';
import { figuresOf, findSettlement, periodOf, presentSettlement, type SettlementRow } from './queries.js';
import { createSettlement } from './commands/create-settlement.js';
import { finaliseSettlement } from './commands/finalise-settlement.js';
import { deleteSettlement } from './commands/delete-settlement.js';
import { statementPdf } from './statement-pdf.js';
import { settlementCsv, settlementXlsx } from './exports.js';
import { externalCostRoutes } from './external-cost-routes.js';

const IdParams = Obj({ settlementId: Uuid });

/** A settlement a coordinator or finance user may read in full; anyone else in the pool gets 404. */
async function readable(db: Parameters<typeof findSettlement>[0], actor: Actor, id: string): Promise<SettlementRow> {
  const s = await findSettlement(db, actor.poolId, id);
  if (!s || !canSettlement(actor, 'read')) throw notFound();
  return s;
}

/** The figures of a settlement for a statement or export; a draft that cannot be computed yet is 409. */
async function requireFigures(db: Parameters<typeof findSettlement>[0], s: SettlementRow) {
  const resolved = await figuresOf(db, s);
  if (!resolved.figures) {
    const issue = resolved.issues[0];
    throw new ProblemError(409, issue?.code ?? 'not-computable', 'Nog niet te berekenen.', issue?.message ?? 'Deze verrekening is nog niet te berekenen.', undefined, issue?.years ? { years: issue.years } : undefined);
  }
  return resolved.figures;
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

/** Settlements per period: drafts, finalising, statements per municipality, CSV and XLSX. */
export const settlementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(externalCostRoutes);

  app.get(
    '/settlements',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Verrekeningen per periode (coördinator en financiën: alle; contactpersoon: de definitieve)',
        response: { 200: Obj({ items: Type.Array(SettlementSummarySchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canSettlement(actor, 'list'), 'collection');
      let q = app.db.selectFrom('settlement').selectAll().where('pool_id', '=', actor.poolId);
      if (!canSettlement(actor, 'read')) q = q.where('status', '=', 'final');
      const rows = await q.orderBy('period_start', 'desc').execute();
      return {
        items: rows.map((s) => ({ id: s.id, period: periodOf(s), status: s.status, contentHash: s.content_hash, createdAt: s.created_at.toISOString(), finalisedAt: s.finalised_at?.toISOString() ?? null })),
      };
    },
  );

  app.post(
    '/settlements',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Open een conceptverrekening voor een periode (coördinator, financiën)',
        body: Obj({ period: Type.String({ minLength: 4, maxLength: 7, description: '2026-09 (maand), 2026-K3 (kwartaal) of 2026 (jaar), volgens de poolinstelling' }) }),
        response: { 201: SettlementSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canSettlement(actor, 'manage'), 'collection');
      const id = await app.db.transaction().execute((trx) => createSettlement(trx, request.auditContext(), actor, request.body.period));
      reply.header('Location', `/api/v1/settlements/${id}`);
      return reply.code(201).send(await presentSettlement(app.db, await readable(app.db, actor, id)));
    },
  );

  app.get(
    '/settlements/:settlementId',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Eén verrekening: concept (nu berekend) of definitief (opgeslagen cijfers met hash)',
        params: IdParams,
        response: { 200: SettlementSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentSettlement(app.db, await readable(app.db, actor, request.params.settlementId));
    },
  );

  app.post(
    '/settlements/:settlementId/finalise',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Stel de verrekening definitief vast: cijfers en hash liggen daarna vast, de uren van de periode ook',
        params: IdParams,
        response: { 200: SettlementSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await readable(app.db, actor, request.params.settlementId);
      await app.db.transaction().execute((trx) => finaliseSettlement(trx, request.auditContext(), actor, request.params.settlementId));
      return presentSettlement(app.db, await readable(app.db, actor, request.params.settlementId));
    },
  );

  app.delete(
    '/settlements/:settlementId',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Verwijder een concept (een definitieve verrekening blijft altijd)',
        params: IdParams,
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await readable(app.db, actor, request.params.settlementId);
      await app.db.transaction().execute((trx) => deleteSettlement(trx, request.auditContext(), actor, request.params.settlementId));
      return reply.code(204).send();
    },
  );

  app.get(
    '/settlements/:settlementId/statements',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Overzichten per gemeente (contactpersoon: alleen de eigen gemeente, en alleen definitief)',
        params: IdParams,
        response: { 200: StatementListSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const s = await findSettlement(app.db, actor.poolId, request.params.settlementId);
      if (!s) throw notFound();
      const visible = (id: string) => canStatement(actor, s, id);
      if (!hasRole(actor, 'coordinator', 'finance') && !(actor.municipalityId && visible(actor.municipalityId))) throw notFound();
      const f = await requireFigures(app.db, s);
      return {
        items: f.municipalities
          .filter((m) => visible(m.id))
          .map((m) => {
            const p = f.positions.find((x) => x.municipalityId === m.id);
            return {
              municipality: m,
              minutesSupplied: p?.minutesSupplied ?? 0,
              minutesUsed: p?.minutesUsed ?? 0,
              netMinutes: p?.netMinutes ?? 0,
              netCents: p?.netCents ?? (f.mode === 'hourly' ? 0 : null),
              pdf: `/api/v1/settlements/${s.id}/statements/${m.id}/pdf`,
            };
          }),
      };
    },
  );

  app.get(
    '/settlements/:settlementId/statements/:municipalityId/pdf',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Het overzicht van één gemeente als PDF (Nederlands, met het controlegetal)',
        params: Obj({ settlementId: Uuid, municipalityId: Uuid }),
        response: { 200: BinaryResponse('PDF-overzicht (application/pdf)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const s = await findSettlement(app.db, actor.poolId, request.params.settlementId);
      if (!s || !canStatement(actor, s, request.params.municipalityId)) throw notFound();
      const f = await requireFigures(app.db, s);
      const m = f.municipalities.find((x) => x.id === request.params.municipalityId);
      if (!m) throw notFound();
      const pdf = await statementPdf(f, m.id, { status: s.status, contentHash: s.content_hash });
      await writeAudit(app.db, request.auditContext(), { action: 'settlement.statement', objectType: 'settlement', objectId: s.id, purpose: 'verrekening', detail: { municipalityId: m.id } });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="verrekening-${safeName(f.period.code)}-${safeName(m.name)}.pdf"`)
        .send(pdf as unknown as string);
    },
  );

  app.get(
    '/settlements/:settlementId/export.csv',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'De hele verrekening als CSV (puntkomma, UTF-8) (coördinator, financiën)',
        params: IdParams,
        response: { 200: BinaryResponse('CSV (text/csv)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const s = await readable(app.db, actor, request.params.settlementId);
      const csv = settlementCsv(await requireFigures(app.db, s), { status: s.status, contentHash: s.content_hash });
      return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="verrekening-${safeName(s.period_code)}.csv"`).send(csv);
    },
  );

  app.get(
    '/settlements/:settlementId/export.xlsx',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'De hele verrekening als Excel-werkmap (coördinator, financiën)',
        params: IdParams,
        response: { 200: BinaryResponse('Excel-werkmap (XLSX)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const s = await readable(app.db, actor, request.params.settlementId);
      const xlsx = await settlementXlsx(await requireFigures(app.db, s), { status: s.status, contentHash: s.content_hash });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="verrekening-${safeName(s.period_code)}.xlsx"`)
        .send(xlsx as unknown as string);
    },
  );
};
