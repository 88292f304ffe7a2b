import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { MediatorParams } from '../../../contract/mediators.js';
import { PoolHealthSchema, WakeUpBody, WakeUpListSchema, WakeUpParams, WakeUpSchema } from '../../../contract/pool-health.js';
import { requireActor } from '../../plugins/authentication.js';
import { getPoolHealth, getWakeUp, getWakeUps } from './queries/pool-health.js';
import { wakeUpMediator } from './commands/wake-up-mediator.js';

/** Pool health: who is active, in training, dormant; where capacity is missing; waking dormant mediators. */
export const poolHealthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-health',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Gezondheid van de pool: per gemeente actieve, in opleiding en slapende mediators en vrije capaciteit (beheerder, coördinator)',
        response: { 200: PoolHealthSchema, ...problems(401, 403) },
      },
    },
    async (request) => getPoolHealth(app.db, request.auditContext(), requireActor(request)),
  );

  app.get(
    '/mediators/:mediatorId/wake-ups',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Verstuurde uitnodigingen om weer mee te doen (beheerder, coördinator)',
        params: MediatorParams,
        response: { 200: WakeUpListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await getWakeUps(app.db, requireActor(request), request.params.mediatorId) }),
  );

  app.post(
    '/mediators/:mediatorId/wake-ups',
    {
      schema: {
        tags: ['Register'],
        summary: 'Stuur een slapende mediator een persoonlijke uitnodiging om weer mee te doen (beheerder, coördinator)',
        params: MediatorParams,
        body: WakeUpBody,
        response: { 201: WakeUpSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { mediatorId } = request.params;
      const input = { message: request.body?.message, baseUrl: app.config.baseUrl };
      const row = await app.db.transaction().execute((trx) => wakeUpMediator(trx, request.auditContext(), actor, mediatorId, input));
      reply.header('Location', `/api/v1/mediators/${mediatorId}/wake-ups/${row.id}`);
      return reply.code(201).send(await getWakeUp(app.db, actor, mediatorId, row.id));
    },
  );

  app.get(
    '/mediators/:mediatorId/wake-ups/:wakeUpId',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Eén verstuurde uitnodiging om weer mee te doen',
        params: WakeUpParams,
        response: { 200: WakeUpSchema, ...problems(401, 404) },
      },
    },
    async (request) => getWakeUp(app.db, requireActor(request), request.params.mediatorId, request.params.wakeUpId),
  );
};
