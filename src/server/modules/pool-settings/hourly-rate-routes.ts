import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, Obj, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { notFound } from '../../http/problem.js';
import { canPoolSettings } from './policy.js';
import { HourlyRateSchema, presentRate } from './present-pool-settings.js';
import { addHourlyRate } from './commands/add-hourly-rate.js';
import { changeHourlyRate } from './commands/change-hourly-rate.js';
import { removeHourlyRate } from './commands/remove-hourly-rate.js';

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
// The type only: a clear Dutch message for zero or negative amounts comes from the command.
const Cents = Type.Integer({ description: 'Eurocenten, groter dan 0 (6250 is € 62,50)' });

/** The pool's average hourly rate per calendar year, used by the settlement. */
export const hourlyRateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-settings/hourly-rates',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Uurtarieven per jaar (beheerder, coördinator, financiën)',
        response: { 200: Obj({ items: Type.Array(HourlyRateSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'read'), 'collection');
      const rows = await app.db.selectFrom('pool_hourly_rate').selectAll().where('pool_id', '=', actor.poolId).orderBy('year').execute();
      return { items: rows.map(presentRate) };
    },
  );

  app.post(
    '/pool-settings/hourly-rates',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Leg het uurtarief van een jaar vast (beheerder)',
        body: Obj({ year: Year, cents: Cents }),
        response: { 201: HourlyRateSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      const row = await app.db.transaction().execute((trx) => addHourlyRate(trx, request.auditContext(), actor.poolId, request.body));
      reply.header('Location', `/api/v1/pool-settings/hourly-rates/${row.year}`);
      return reply.code(201).send(presentRate(row));
    },
  );

  app.get(
    '/pool-settings/hourly-rates/:year',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Het uurtarief van één jaar (beheerder, coördinator, financiën)',
        params: Obj({ year: Year }),
        response: { 200: HourlyRateSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'read'), 'collection');
      const row = await app.db.selectFrom('pool_hourly_rate').selectAll().where('pool_id', '=', actor.poolId).where('year', '=', request.params.year).executeTakeFirst();
      if (!row) throw notFound();
      return presentRate(row);
    },
  );

  app.patch(
    '/pool-settings/hourly-rates/:year',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Wijzig het uurtarief van een jaar (beheerder)',
        params: Obj({ year: Year }),
        body: Obj({ cents: Cents }),
        response: { 200: HourlyRateSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      const row = await app.db.transaction().execute((trx) => changeHourlyRate(trx, request.auditContext(), actor.poolId, request.params.year, request.body.cents));
      return presentRate(row);
    },
  );

  app.delete(
    '/pool-settings/hourly-rates/:year',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Verwijder het uurtarief van een jaar (beheerder)',
        params: Obj({ year: Year }),
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      await app.db.transaction().execute((trx) => removeHourlyRate(trx, request.auditContext(), actor.poolId, request.params.year));
      return reply.code(204).send();
    },
  );
};
