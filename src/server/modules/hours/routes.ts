import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IsoDate, NoContent, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { invalidField } from '../../http/problem.js';
import type { Actor } from '../../auth/actor.js';
import { loadCaseForActor, todayInAmsterdam } from '../case-status/index.js';
import { canHours } from './policy.js';
import { ActivitySchema, CorrectionBody, HourEntrySchema, LogHoursBody, RejectBody, Totals, UpdateHoursBody } from './schemas.js';
import { findEntries, loadEntryForActor } from './queries.js';
import { presentEntry, totalsOf } from './present-entry.js';
import { logHours } from './commands/log-hours.js';
import { deleteHours, updateHours } from './commands/update-hours.js';
import { approveHours, rejectHours, reopenHours } from './commands/review-hours.js';
import { correctHours } from './commands/correct-hours.js';
import { hoursTotals } from './hours-totals.js';

const EntryParams = Obj({ entryId: Uuid });
const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'JJJJ-MM' });
const EntryList = Obj({ items: Type.Array(HourEntrySchema), totals: Totals });

/** Last day of a `YYYY-MM` month. */
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Hours on cases: logging by the case's mediators, approval by coordinators, totals. */
export const hoursRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const one = async (actor: Actor, id: string) => presentEntry(await loadEntryForActor(app.db, actor, id));

  app.post(
    '/cases/:caseId/hours',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Schrijf uren op een zaak (alleen een mediator van de zaak); hoogstens 24 uur per dag',
        params: Obj({ caseId: Uuid }),
        body: LogHoursBody,
        response: { 201: HourEntrySchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => logHours(trx, request.auditContext(), actor, request.params.caseId, request.body));
      reply.header('Location', `/api/v1/hours/${id}`);
      return reply.code(201).send(await one(actor, id));
    },
  );

  app.get(
    '/cases/:caseId/hours',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Uren op een zaak (coördinator en de mediators van de zaak)',
        params: Obj({ caseId: Uuid }),
        response: { 200: EntryList, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      authorize(access === 'full', 'object');
      const rows = await findEntries(app.db, actor.poolId, { caseId: request.params.caseId });
      return { items: rows.map(presentEntry), totals: totalsOf(rows) };
    },
  );

  app.get(
    '/me/hours',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Mijn uren van een maand (mediator)',
        querystring: Obj({ month: Month }),
        response: { 200: EntryList, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canHours(actor, 'read-own'), 'collection');
      const { month } = request.query;
      const rows = await findEntries(app.db, actor.poolId, { mediatorUserId: actor.userId, from: `${month}-01`, to: monthEnd(month) });
      return { items: rows.map(presentEntry), totals: totalsOf(rows) };
    },
  );

  app.get(
    '/me/hours/defaults',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Voor snel uren schrijven: vandaag (Nederlandse tijd), de laatst gebruikte activiteit en zaak, en mijn zaken',
        response: {
          200: Obj({
            date: IsoDate,
            activity: Nullable(ActivitySchema),
            caseId: Nullable(Uuid),
            cases: Type.Array(Obj({ id: Uuid, number: Type.String(), title: Type.String(), status: Type.String() })),
          }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canHours(actor, 'read-own'), 'collection');
      const last = await app.db
        .selectFrom('hour_entry as e')
        .innerJoin('mediator_profile as mp', 'mp.id', 'e.mediator_id')
        .select(['e.activity', 'e.case_id'])
        .where('mp.user_id', '=', actor.userId)
        .where('e.corrects_id', 'is', null)
        .orderBy('e.created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const cases = await app.db
        .selectFrom('case_mediator as cm')
        .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
        .innerJoin('mediation_case as c', 'c.id', 'cm.case_id')
        .select(['c.id', 'c.number', 'c.title', 'c.status'])
        .where('mp.user_id', '=', actor.userId)
        .where('cm.pool_id', '=', actor.poolId)
        .where('cm.released_at', 'is', null)
        .orderBy('c.number', 'desc')
        .execute();
      const lastCase = last && cases.some((c) => c.id === last.case_id) ? last.case_id : null;
      return { date: todayInAmsterdam(), activity: last?.activity ?? null, caseId: lastCase, cases };
    },
  );

  app.get(
    '/hours/approval-queue',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Ingediende uren die op goedkeuring wachten, oudste eerst (coördinator)',
        response: { 200: EntryList, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canHours(actor, 'review'), 'collection');
      const rows = (await findEntries(app.db, actor.poolId, { status: 'submitted' })).sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
      return { items: rows.map(presentEntry), totals: totalsOf(rows) };
    },
  );

  app.get(
    '/hours/totals',
    {
      schema: {
        tags: ['Uren'],
        summary: 'Totalen per zaak en per mediator over een periode (coördinator, financiën)',
        querystring: Obj({ from: IsoDate, to: IsoDate }),
        response: {
          200: Obj({
            from: IsoDate,
            to: IsoDate,
            perCase: Type.Array(Obj({ caseId: Uuid, caseNumber: Type.String(), municipality: Type.String(), ...Totals.properties })),
            perMediator: Type.Array(Obj({ mediatorId: Uuid, name: Type.String(), municipality: Type.String(), ...Totals.properties })),
            totals: Totals,
          }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canHours(actor, 'totals'), 'collection');
      const { from, to } = request.query;
      if (to < from) throw invalidField('to', 'before-from', 'De einddatum ligt vóór de begindatum.');
      return hoursTotals(app.db, actor.poolId, from, to);
    },
  );

  app.get(
    '/hours/:entryId',
    {
      schema: { tags: ['Uren'], summary: 'Eén urenboeking (de mediator zelf, coördinator)', params: EntryParams, response: { 200: HourEntrySchema, ...problems(401, 404) } },
    },
    async (request) => one(requireActor(request), request.params.entryId),
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
      return one(actor, request.params.entryId);
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
      return one(actor, request.params.entryId);
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
      return one(actor, request.params.entryId);
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
      return one(actor, request.params.entryId);
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
      return reply.code(201).send(await one(actor, id));
    },
  );
};
