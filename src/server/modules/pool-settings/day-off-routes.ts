import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IsoDate, NoContent, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { notFound } from '../../http/problem.js';
import { canPoolSettings } from './policy.js';
import { DayOffSchema, presentDayOff } from './present-pool-settings.js';
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
        querystring: Obj({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }),
        response: { 200: Obj({ items: Type.Array(DayOffSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'read'), 'collection');
      let q = app.db.selectFrom('pool_day_off').selectAll().where('pool_id', '=', actor.poolId);
      const { year } = request.query;
      if (year) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
      return { items: (await q.orderBy('date').execute()).map(presentDayOff) };
    },
  );

  app.post(
    '/pool-settings/days-off',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Voeg een vrije dag toe (beheerder)',
        body: Obj({ date: IsoDate, description: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 201: DayOffSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      const row = await app.db.transaction().execute((trx) => addDayOff(trx, request.auditContext(), actor.poolId, request.body));
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
        params: Obj({ dayOffId: Uuid }),
        response: { 200: DayOffSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'read'), 'collection');
      const row = await app.db.selectFrom('pool_day_off').selectAll().where('pool_id', '=', actor.poolId).where('id', '=', request.params.dayOffId).executeTakeFirst();
      if (!row) throw notFound();
      return presentDayOff(row);
    },
  );

  app.delete(
    '/pool-settings/days-off/:dayOffId',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Verwijder een vrije dag (beheerder)',
        params: Obj({ dayOffId: Uuid }),
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      await app.db.transaction().execute((trx) => removeDayOff(trx, request.auditContext(), actor.poolId, request.params.dayOffId));
      return reply.code(204).send();
    },
  );
};
