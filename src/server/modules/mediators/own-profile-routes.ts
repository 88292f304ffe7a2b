import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { OwnMediatorProfileSchema } from '../../../contract/mediators.js';
import { requireActor } from '../../plugins/authentication.js';
import { getOwnMediatorProfile } from './queries/get-own-profile.js';

/** The signed-in mediator's own registry profile, without looking it up in the register. */
export const ownProfileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/mediator-profile',
    {
      schema: {
        tags: ['Register'],
        summary: 'Mijn mediatorprofiel: status, gemeente, specialismen, talen, capaciteit, lopende zaken, registratie en MfN-onderhoud',
        description: 'Alleen voor wie zelf als mediator of procesbegeleider in het register staat; anders 404.',
        response: { 200: OwnMediatorProfileSchema, ...problems(401, 404) },
      },
    },
    async (request) => getOwnMediatorProfile(app.db, requireActor(request)),
  );
};
