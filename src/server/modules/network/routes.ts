import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { CreatePoolBodySchema, MyPoolsSchema, PlatformPoolListSchema, PoolCreatedSchema, PoolSwitchedSchema, SwitchPoolBodySchema } from '../../../contract/network.js';
import { requireActor } from '../../plugins/authentication.js';
import { getOwnPools } from './queries/list-own-pools.js';
import { getPlatformPools } from './queries/list-pools.js';
import { switchPool } from './commands/switch-pool.js';
import { createPool } from './commands/create-pool.js';

/** Several pools on one installation: one's own pools and the chosen one; the platform administrator's pools. */
export const networkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/pools',
    {
      schema: {
        tags: ['Pools'],
        summary: 'De pools van het eigen account, met de rollen per pool en de gekozen pool',
        response: { 200: MyPoolsSchema, ...problems(401) },
      },
    },
    async (request) => getOwnPools(app.db, requireActor(request)),
  );

  app.put(
    '/me/pool',
    {
      schema: {
        tags: ['Pools'],
        summary: 'Kies een andere pool van het eigen account voor deze sessie',
        body: SwitchPoolBodySchema,
        response: { 200: PoolSwitchedSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => switchPool(trx, request.auditContext(), actor, request.body.poolId));
    },
  );

  app.get(
    '/platform/pools',
    {
      schema: {
        tags: ['Pools'],
        summary: 'Alle pools van deze installatie (platformbeheerder)',
        response: { 200: PlatformPoolListSchema, ...problems(401, 403) },
      },
    },
    async (request) => getPlatformPools(app.db, requireActor(request)),
  );

  app.post(
    '/platform/pools',
    {
      schema: {
        tags: ['Pools'],
        summary: 'Maak een pool en nodig de eerste beheerder uit (platformbeheerder)',
        body: CreatePoolBodySchema,
        response: { 201: PoolCreatedSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await app.db.transaction().execute((trx) => createPool(trx, request.auditContext(), actor, { ...request.body, baseUrl: app.config.baseUrl }));
      return reply.code(201).send(created);
    },
  );
};
