import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { ReferenceMunicipalityListSchema, ReferenceMunicipalityQuery } from '../../../contract/municipalities.js';
import { requireActor } from '../../plugins/authentication.js';
import { searchReferenceMunicipalities } from './queries/reference-municipalities.js';

/** The CBS list of Dutch municipalities to pick from when adding a member. */
export const referenceMunicipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reference/municipalities',
    {
      schema: {
        tags: ['Register'],
        summary: 'Alle Nederlandse gemeenten volgens het CBS (om uit te kiezen)',
        querystring: ReferenceMunicipalityQuery,
        response: { 200: ReferenceMunicipalityListSchema, ...problems(401) },
      },
    },
    async (request) => searchReferenceMunicipalities(app.db, requireActor(request), request.query.q, request.query.limit ?? 400),
  );
};
