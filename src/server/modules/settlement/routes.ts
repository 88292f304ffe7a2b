import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { NoContent, problems } from '../../../contract/common.js';
import { BinaryResponse, CreateSettlementBody, IdParams, SettlementListSchema, SettlementSchema, StatementListSchema, StatementParams } from '../../../contract/settlement.js';
import { requireActor } from '../../plugins/authentication.js';
import { listSettlements, listStatements, settlementDetail, settlementExport, statementFile, type FileAnswer } from './queries.js';
import { createSettlement } from './commands/create-settlement.js';
import { finaliseSettlement } from './commands/finalise-settlement.js';
import { deleteSettlement } from './commands/delete-settlement.js';
import { externalCostRoutes } from './external-cost-routes.js';

/** Settlements per period: drafts, finalising, statements per municipality, CSV and XLSX. */
export const settlementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(externalCostRoutes);

  app.get(
    '/settlements',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Verrekeningen per periode (coördinator en financiën: alle; contactpersoon: de definitieve)',
        response: { 200: SettlementListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listSettlements(app.db, requireActor(request)),
  );

  app.post(
    '/settlements',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Open een conceptverrekening voor een periode (coördinator, financiën)',
        body: CreateSettlementBody,
        response: { 201: SettlementSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => createSettlement(trx, request.auditContext(), actor, request.body.period));
      reply.header('Location', `/api/v1/settlements/${id}`);
      return reply.code(201).send(await settlementDetail(app.db, actor, id));
    },
  );

  app.get(
    '/settlements/:settlementId',
    {
      schema: {
        'x-personal-data': 'verrekening',
        tags: ['Verrekening'],
        summary: 'Eén verrekening: concept (nu berekend) of definitief (opgeslagen cijfers met hash)',
        params: IdParams,
        response: { 200: SettlementSchema, ...problems(401, 404) },
      },
    },
    async (request) => settlementDetail(app.db, requireActor(request), request.params.settlementId),
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
      await app.db.transaction().execute((trx) => finaliseSettlement(trx, request.auditContext(), actor, request.params.settlementId));
      return settlementDetail(app.db, actor, request.params.settlementId);
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
    async (request) => listStatements(app.db, requireActor(request), request.params.settlementId),
  );

  /** A file answer: its type, and a download with its name. */
  const sendFile = (reply: FastifyReply, file: FileAnswer) =>
    reply.type(file.type).header('Content-Disposition', `attachment; filename="${file.filename}"`).send(file.body as unknown as string);

  app.get(
    '/settlements/:settlementId/statements/:municipalityId/pdf',
    {
      schema: {
        'x-personal-data': 'verrekening',
        tags: ['Verrekening'],
        summary: 'Het overzicht van één gemeente als PDF (Nederlands, met het controlegetal)',
        params: StatementParams,
        response: { 200: BinaryResponse('PDF-overzicht (application/pdf)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { settlementId, municipalityId } = request.params;
      return sendFile(reply, await statementFile(app.db, request.auditContext(), actor, settlementId, municipalityId));
    },
  );

  app.get(
    '/settlements/:settlementId/export.csv',
    {
      schema: {
        'x-personal-data': 'verrekening',
        tags: ['Verrekening'],
        summary: 'De hele verrekening als CSV (puntkomma, UTF-8) (coördinator, financiën)',
        params: IdParams,
        response: { 200: BinaryResponse('CSV (text/csv)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => sendFile(reply, await settlementExport(app.db, requireActor(request), request.params.settlementId, 'csv')),
  );

  app.get(
    '/settlements/:settlementId/export.xlsx',
    {
      schema: {
        'x-personal-data': 'verrekening',
        tags: ['Verrekening'],
        summary: 'De hele verrekening als Excel-werkmap (coördinator, financiën)',
        params: IdParams,
        response: { 200: BinaryResponse('Excel-werkmap (XLSX)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => sendFile(reply, await settlementExport(app.db, requireActor(request), request.params.settlementId, 'xlsx')),
  );
};
