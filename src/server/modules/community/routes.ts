import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { GroupListSchema } from '../../../contract/community.js';
import { requireActor } from '../../plugins/authentication.js';
import { listGroups } from './queries/list-groups.js';

/** Intervision groups, their meetings and attendance (Community → Intervisie). */
export const communityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/intervision-groups',
    {
      schema: {
        tags: ['Community'],
        summary: 'Intervisiegroepen: alle van de pool voor de coördinator, anders de eigen groepen',
        response: { 200: GroupListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listGroups(app.db, requireActor(request)),
  );
};
