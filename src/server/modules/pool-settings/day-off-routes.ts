import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { AddDayOffBody, DayOffListSchema, DayOffParams, DayOffQuery, DayOffSchema } from '../../../contract/pool-settings.js';
import { requireActor } from '../../plugins/authentication.js';
import { getDayOff, listDaysOff } from './queries/pool-settings.js';
import { presentDayOff } from './present-pool-settings.js';
import { addDayOff } from './commands/add-day-off.js';
import { removeDayOff } from './commands/remove-day-off.js';

/** The pool's own days off (on top of the Dutch public holidays), skipped when counting working days. */
export const dayOffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-settings/days-off',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Extra vrije dagen van de pool (beheerder, coördinator, financiën)',
        querystring: DayOffQuery,
        response: { 200: DayOffListSchema, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await listDaysOff(app.db, requireActor(request), request.query.year) }),
  );

  app.post(
    '/pool-settings/days-off',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Voeg een vrije dag toe (beheerder)',
        body: AddDayOffBody,
        response: { 201: DayOffSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => addDayOff(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/pool-settings/days-off/${row.id}`);
      return reply.code(201).send(presentDayOff(row));
    },
  );

  app.get(
    '/pool-settings/days-off/:dayOffId',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Eén vrije dag (beheerder, coördinator, financiën)',
        params: DayOffParams,
        response: { 200: DayOffSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getDayOff(app.db, requireActor(request), request.params.dayOffId),
  );

  app.delete(
    '/pool-settings/days-off/:dayOffId',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Verwijder een vrije dag (beheerder)',
        params: DayOffParams,
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeDayOff(trx, request.auditContext(), actor, request.params.dayOffId));
      return reply.code(204).send();
    },
  );
};
