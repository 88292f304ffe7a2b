import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { PoolBenchmarkQuery, PoolBenchmarkSchema } from '../../../contract/pool-benchmark.js';
import { requireActor } from '../../plugins/authentication.js';
import { getPoolBenchmark } from './queries/get-pool-benchmark.js';

/** The benchmark across pools: one read; taking part is a pool setting (PATCH /pool-settings). */
export const poolBenchmarkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-benchmark',
    {
      schema: {
        tags: ['Rapportages'],
        summary: 'Vergelijking met andere pools die meedoen: kerncijfers per pool voor een jaar, met de mediaan (coördinator, beheerder)',
        querystring: PoolBenchmarkQuery,
        response: { 200: PoolBenchmarkSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => getPoolBenchmark(app.db, requireActor(request), request.query),
  );
};
