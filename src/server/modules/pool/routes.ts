import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { BrandingSchema, MemberMunicipalityListSchema } from '../../../contract/pool.js';
import { requireActor } from '../../plugins/authentication.js';
import { getBranding } from './queries/get-branding.js';
import { getMemberMunicipalities } from './queries/list-member-municipalities.js';

/** The pool's public branding (for the login page) and its member municipalities. */
export const poolRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/branding',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Naam, kleur en contactgegevens van de pool, voor de inlogpagina en de voettekst',
        security: [],
        response: { 200: BrandingSchema, ...problems() },
      },
    },
    async (request) => getBranding(app.db, request.actor),
  );

  app.get(
    '/member-municipalities',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Gemeenten die lid zijn van de pool',
        response: { 200: MemberMunicipalityListSchema, ...problems(401) },
      },
    },
    async (request) => getMemberMunicipalities(app.db, requireActor(request)),
  );
};
