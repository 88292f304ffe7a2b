import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { MyWorkSchema } from '../../../contract/workspace.js';
import { requireActor } from '../../plugins/authentication.js';
import { getMyWork } from './queries/my-work.js';

/** "Mijn werk": the signed-in person's start page, per role. */
export const workspaceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/work',
    {
      schema: {
        tags: ['Werk'],
        summary: 'Mijn werk: per rol wat er te doen is, met aantallen en de eerste vijf, de urgentste of langst wachtende eerst',
        'x-personal-data': 'werkoverzicht',
        response: { 200: MyWorkSchema, ...problems(401) },
      },
    },
    async (request) => getMyWork(app.db, requireActor(request)),
  );
};
