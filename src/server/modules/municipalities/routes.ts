import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  AddMunicipalityBody,
  EndMembershipBody,
  MunicipalityDetailsBody,
  MunicipalityPageSchema,
  MunicipalityParams,
  MunicipalityQuerySchema,
  MunicipalitySchema,
} from '../../../contract/municipalities.js';
import { requireActor } from '../../plugins/authentication.js';
import { getMunicipality, listMunicipalities } from './queries/municipalities.js';
import { addMemberMunicipality } from './commands/add-member-municipality.js';
import { updateMemberMunicipality } from './commands/update-member-municipality.js';
import { endMembership } from './commands/end-membership.js';
import { referenceMunicipalityRoutes } from './reference-routes.js';

/** Member municipalities of the pool: list, add by CBS code, edit, end membership. */
export const municipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/municipalities',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Gemeenten van de pool, met contactpersonen',
        querystring: MunicipalityQuerySchema,
        response: { 200: MunicipalityPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => listMunicipalities(app.db, requireActor(request), request.query),
  );

  app.post(
    '/municipalities',
    {
      schema: {
        tags: ['Register'],
        summary: 'Voeg een gemeente toe aan de pool op CBS-code (beheerder, coördinator)',
        description: 'Naam, provincie en locatie worden uit de CBS-lijst overgenomen als ze niet worden meegegeven.',
        body: AddMunicipalityBody,
        response: { 201: MunicipalitySchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => addMemberMunicipality(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/municipalities/${id}`);
      return reply.code(201).send(await getMunicipality(app.db, actor, id));
    },
  );

  app.get(
    '/municipalities/:municipalityId',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Eén gemeente van de pool',
        params: MunicipalityParams,
        response: { 200: MunicipalitySchema, ...problems(401, 404) },
      },
    },
    async (request) => getMunicipality(app.db, requireActor(request), request.params.municipalityId),
  );

  app.patch(
    '/municipalities/:municipalityId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig gegevens of lidmaatschapsdatums van een gemeente (beheerder, coördinator)',
        params: MunicipalityParams,
        body: MunicipalityDetailsBody,
        response: { 200: MunicipalitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateMemberMunicipality(trx, request.auditContext(), actor, request.params.municipalityId, request.body));
      return getMunicipality(app.db, actor, request.params.municipalityId);
    },
  );

  app.post(
    '/municipalities/:municipalityId/membership-endings',
    {
      schema: {
        tags: ['Register'],
        summary: 'Beëindig het lidmaatschap van een gemeente per een datum (beheerder, coördinator)',
        params: MunicipalityParams,
        body: EndMembershipBody,
        response: { 200: MunicipalitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => endMembership(trx, request.auditContext(), actor, request.params.municipalityId, request.body.memberUntil));
      return getMunicipality(app.db, actor, request.params.municipalityId);
    },
  );

  await app.register(referenceMunicipalityRoutes);
};
