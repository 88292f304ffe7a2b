import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { AddRelationshipBody, MediatorParams, RelationshipListSchema, RelationshipParams, RelationshipSchema, UpdateRelationshipBody } from '../../../contract/mediators.js';
import { requireActor } from '../../plugins/authentication.js';
import { getRelationship, listRelationships } from './queries/mediator-records.js';
import { addRelationship } from './commands/add-relationship.js';
import { updateRelationship } from './commands/update-relationship.js';
import { removeRelationship } from './commands/remove-relationship.js';

/** Relationships a mediator declares (MfN conduct rule 2.3); matching excludes where they apply. */
export const relationshipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators/:mediatorId/relationships',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Gemelde relaties van een mediator (beheer, coördinatie, de mediator zelf)',
        params: MediatorParams,
        response: { 200: RelationshipListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await listRelationships(app.db, request.auditContext(), requireActor(request), request.params.mediatorId) }),
  );

  app.post(
    '/mediators/:mediatorId/relationships',
    {
      schema: {
        tags: ['Register'],
        summary: 'Meld een relatie met een gemeente, afdeling of persoon',
        params: MediatorParams,
        body: AddRelationshipBody,
        response: { 201: RelationshipSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => addRelationship(trx, request.auditContext(), actor, request.params.mediatorId, request.body));
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/relationships/${row.id}`);
      return reply.code(201).send(await getRelationship(app.db, actor, request.params.mediatorId, row.id));
    },
  );

  app.get(
    '/mediators/:mediatorId/relationships/:relationshipId',
    {
      schema: { 'x-personal-data': 'registerbeheer', tags: ['Register'], summary: 'Eén gemelde relatie', params: RelationshipParams, response: { 200: RelationshipSchema, ...problems(401, 404) } },
    },
    async (request) => getRelationship(app.db, requireActor(request), request.params.mediatorId, request.params.relationshipId),
  );

  app.patch(
    '/mediators/:mediatorId/relationships/:relationshipId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig een gemelde relatie',
        params: RelationshipParams,
        body: UpdateRelationshipBody,
        response: { 200: RelationshipSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { mediatorId, relationshipId } = request.params;
      await app.db.transaction().execute((trx) => updateRelationship(trx, request.auditContext(), actor, mediatorId, relationshipId, request.body));
      return getRelationship(app.db, actor, mediatorId, relationshipId);
    },
  );

  app.delete(
    '/mediators/:mediatorId/relationships/:relationshipId',
    {
      schema: { tags: ['Register'], summary: 'Verwijder een gemelde relatie', params: RelationshipParams, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeRelationship(trx, request.auditContext(), actor, request.params.mediatorId, request.params.relationshipId));
      return reply.code(204).send();
    },
  );
};
