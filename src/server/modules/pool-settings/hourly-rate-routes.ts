import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { AddHourlyRateBody, ChangeHourlyRateBody, HourlyRateListSchema, HourlyRateParams, HourlyRateSchema } from '../../../contract/pool-settings.js';
import { requireActor } from '../../plugins/authentication.js';
import { getHourlyRate, listHourlyRates } from './queries/pool-settings.js';
import { presentRate } from './present-pool-settings.js';
import { addHourlyRate } from './commands/add-hourly-rate.js';
import { changeHourlyRate } from './commands/change-hourly-rate.js';
import { removeHourlyRate } from './commands/remove-hourly-rate.js';

/** The pool's average hourly rate per calendar year, used by the settlement. */
export const hourlyRateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-settings/hourly-rates',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Uurtarieven per jaar (beheerder, coördinator, financiën)',
        response: { 200: HourlyRateListSchema, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await listHourlyRates(app.db, requireActor(request)) }),
  );

  app.post(
    '/pool-settings/hourly-rates',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Leg het uurtarief van een jaar vast (beheerder)',
        body: AddHourlyRateBody,
        response: { 201: HourlyRateSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => addHourlyRate(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/pool-settings/hourly-rates/${row.year}`);
      // A rate that could be recorded is not settled (the command refuses a settled year).
      return reply.code(201).send(presentRate(row, actor, false));
    },
  );

  app.get(
    '/pool-settings/hourly-rates/:year',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Het uurtarief van één jaar (beheerder, coördinator, financiën)',
        params: HourlyRateParams,
        response: { 200: HourlyRateSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getHourlyRate(app.db, requireActor(request), request.params.year),
  );

  app.patch(
    '/pool-settings/hourly-rates/:year',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Wijzig het uurtarief van een jaar (beheerder)',
        params: HourlyRateParams,
        body: ChangeHourlyRateBody,
        response: { 200: HourlyRateSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => changeHourlyRate(trx, request.auditContext(), actor, request.params.year, request.body.cents));
      return presentRate(row, actor, false);
    },
  );

  app.delete(
    '/pool-settings/hourly-rates/:year',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Verwijder het uurtarief van een jaar (beheerder)',
        params: HourlyRateParams,
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeHourlyRate(trx, request.auditContext(), actor, request.params.year));
      return reply.code(204).send();
    },
  );
};
