import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  ApprovalQueuePage,
  ApprovalQueueQuery,
  CaseParams,
  CorrectionBody,
  EntryList,
  EntryParams,
  HourDefaultsSchema,
  HourEntrySchema,
  HoursTotalsReportSchema,
  LogHoursBody,
  MonthQuery,
  PeriodQuery,
  RejectBody,
  UpdateHoursBody,
} from '../../../contract/hours.js';
import { requireActor } from '../../plugins/authentication.js';
import { approvalQueue, caseHours, hourDefaults, hourEntry, hoursTotals, myMonth } from './queries.js';
import { logHours } from './commands/log-hours.js';
import { deleteHours, updateHours } from './commands/update-hours.js';
import { approveHours, rejectHours, reopenHours } from './commands/review-hours.js';
import { correctHours } from './commands/correct-hours.js';

/** Hours on cases: logging by the case's mediators, approval by coordinators, totals. */
export const hoursRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/cases/:caseId/hours',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Schrijf uren op een zaak (alleen een mediator van de zaak); hoogstens 24 uur per dag',
        params: CaseParams,
        body: LogHoursBody,
        response: { 201: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => logHours(trx, request.auditContext(), actor, request.params.caseId, request.body));
      reply.header('Location', `/api/v1/hours/${id}`);
      return reply.code(201).send(await hourEntry(app.db, actor, id));
    },
  );

  app.get(
    '/cases/:caseId/hours',
    {
      schema: {
        'x-personal-data': 'urenverantwoording',
        tags: ['Uren'],
        summary: 'Uren op een zaak (coördinator en de mediators van de zaak)',
        params: CaseParams,
        response: { 200: EntryList, ...problems(401, 404) },
      },
    },
    async (request) => caseHours(app.db, requireActor(request), request.params.caseId),
  );

  app.get(
    '/me/hours',
    {
      schema: {
        'x-personal-data': 'urenverantwoording',
        tags: ['Uren'],
        summary: 'Mijn uren van een maand (mediator)',
        querystring: MonthQuery,
        response: { 200: EntryList, ...problems(401, 403) },
      },
    },
    async (request) => myMonth(app.db, requireActor(request), request.query.month),
  );

  app.get(
    '/me/hours/defaults',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Voor snel uren schrijven: vandaag (Nederlandse tijd), de laatst gebruikte activiteit en zaak, en mijn zaken',
        response: { 200: HourDefaultsSchema, ...problems(401, 403) },
      },
    },
    async (request) => hourDefaults(app.db, requireActor(request)),
  );

  app.get(
    '/hours/approval-queue',
    {
      schema: {
        'x-personal-data': 'urenverantwoording',
        tags: ['Uren'],
        summary: 'Ingediende uren die op goedkeuring wachten, oudste eerst, per pagina (coördinator)',
        querystring: ApprovalQueueQuery,
        response: { 200: ApprovalQueuePage, ...problems(401, 403) },
      },
    },
    async (request) => approvalQueue(app.db, requireActor(request), request.query),
  );

  app.get(
    '/hours/totals',
    {
      schema: {
        'x-personal-data': 'urenverantwoording',
        tags: ['Uren'],
        summary: 'Totalen per zaak en per mediator over een periode (coördinator, financiën)',
        querystring: PeriodQuery,
        response: { 200: HoursTotalsReportSchema, ...problems(401, 403) },
      },
    },
    async (request) => hoursTotals(app.db, requireActor(request), request.query.from, request.query.to),
  );

  app.get(
    '/hours/:entryId',
    {
      schema: { 'x-personal-data': 'urenverantwoording', tags: ['Uren'], summary: 'Eén urenboeking (de mediator zelf, coördinator)', params: EntryParams, response: { 200: HourEntrySchema, ...problems(401, 404) } },
    },
    async (request) => hourEntry(app.db, requireActor(request), request.params.entryId),
  );

  app.patch(
    '/hours/:entryId',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Pas eigen ingediende of afgekeurde uren aan; ze gaan opnieuw ter goedkeuring',
        params: EntryParams,
        body: UpdateHoursBody,
        response: { 200: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateHours(trx, request.auditContext(), actor, request.params.entryId, request.body));
      return hourEntry(app.db, actor, request.params.entryId);
    },
  );

  app.delete(
    '/hours/:entryId',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Verwijder eigen ingediende of afgekeurde uren',
        params: EntryParams,
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => deleteHours(trx, request.auditContext(), actor, request.params.entryId));
      return reply.code(204).send();
    },
  );

  app.post(
    '/hours/:entryId/approve',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Keur uren goed (coördinator); ze vallen in de periode van hun datum, of de eerste open periode daarna',
        params: EntryParams,
        response: { 200: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => approveHours(trx, request.auditContext(), actor, request.params.entryId));
      return hourEntry(app.db, actor, request.params.entryId);
    },
  );

  app.post(
    '/hours/:entryId/reject',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Keur uren af met een reden (coördinator); de mediator krijgt bericht',
        params: EntryParams,
        body: RejectBody,
        response: { 200: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => rejectHours(trx, request.auditContext(), actor, request.params.entryId, request.body.reason));
      return hourEntry(app.db, actor, request.params.entryId);
    },
  );

  app.post(
    '/hours/:entryId/reopen',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Trek een goedkeuring of afkeuring in (coördinator): de uren gaan terug naar de wachtrij; goedgekeurde uren alleen zolang hun periode niet definitief is afgerekend en er geen correcties op staan',
        params: EntryParams,
        response: { 200: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => reopenHours(trx, request.auditContext(), actor, request.params.entryId));
      return hourEntry(app.db, actor, request.params.entryId);
    },
  );

  app.post(
    '/hours/:entryId/corrections',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Boek een correctie op goedgekeurde uren: een nieuwe boeking (ook negatief) in een open periode',
        params: EntryParams,
        body: CorrectionBody,
        response: { 201: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => correctHours(trx, request.auditContext(), actor, request.params.entryId, request.body));
      reply.header('Location', `/api/v1/hours/${id}`);
      return reply.code(201).send(await hourEntry(app.db, actor, id));
    },
  );
};
