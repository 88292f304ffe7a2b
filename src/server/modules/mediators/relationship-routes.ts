import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, IsoDate, NoContent, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { notFound } from '../../http/problem.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { auditPersonalRead, authorizeMediator } from './route-support.js';
import { addRelationship } from './commands/add-relationship.js';
import { updateRelationship } from './commands/update-relationship.js';
import { removeRelationship } from './commands/remove-relationship.js';

const Kind = Type.Union([Type.Literal('municipality'), Type.Literal('department'), Type.Literal('person')]);
const RelationshipSchema = Obj({
  id: Uuid,
  kind: Kind,
  municipality: Nullable(Obj({ id: Uuid, code: Type.String(), name: Type.String() })),
  department: Nullable(Type.String()),
  personName: Nullable(Type.String()),
  reason: Type.String(),
  since: IsoDate,
  updatedAt: DateTime,
});
const Fields = {
  kind: Kind,
  municipalityId: Type.Optional(Nullable(Uuid)),
  department: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  personName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  reason: Type.String({ minLength: 1, maxLength: 1000 }),
  since: IsoDate,
};
const Params = Obj({ mediatorId: Uuid });
const ItemParams = Obj({ mediatorId: Uuid, relationshipId: Uuid });

const selectRelationships = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db
    .selectFrom('mediator_relationship as r')
    .leftJoin('municipality as m', 'm.id', 'r.municipality_id')
    .select(['r.id', 'r.kind', 'r.department', 'r.person_name', 'r.reason', 'r.since', 'r.updated_at', 'm.id as m_id', 'm.code as m_code', 'm.name as m_name'])
    .where('r.pool_id', '=', poolId)
    .where('r.mediator_id', '=', mediatorId);

type Row = Awaited<ReturnType<ReturnType<typeof selectRelationships>['execute']>>[number];
const present = (r: Row) => ({
  id: r.id,
  kind: r.kind,
  municipality: r.m_id ? { id: r.m_id, code: r.m_code!, name: r.m_name! } : null,
  department: r.department,
  personName: r.person_name,
  reason: r.reason,
  since: r.since,
  updatedAt: r.updated_at.toISOString(),
});

/** Relationships a mediator declares (MfN conduct rule 2.3); matching excludes where they apply. */
export const relationshipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const one = async (poolId: string, mediatorId: string, id: string) => {
    const row = await selectRelationships(app.db, poolId, mediatorId).where('r.id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    return present(row);
  };

  app.get(
    '/mediators/:mediatorId/relationships',
    {
      schema: {
        tags: ['Register'],
        summary: 'Gemelde relaties van een mediator (beheer, coördinatie, de mediator zelf)',
        params: Params,
        response: { 200: Obj({ items: Type.Array(RelationshipSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      const rows = await selectRelationships(app.db, actor.poolId, request.params.mediatorId).orderBy('r.since').orderBy('r.id').execute();
      await auditPersonalRead(app.db, request, actor, target, request.params.mediatorId, 'gemelde relaties bekijken');
      return { items: rows.map(present) };
    },
  );

  app.post(
    '/mediators/:mediatorId/relationships',
    {
      schema: {
        tags: ['Register'],
        summary: 'Meld een relatie met een gemeente, afdeling of persoon',
        params: Params,
        body: Obj(Fields),
        response: { 201: RelationshipSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-relationships');
      const row = await app.db.transaction().execute((trx) => addRelationship(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.body));
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/relationships/${row.id}`);
      return reply.code(201).send(await one(actor.poolId, request.params.mediatorId, row.id));
    },
  );

  app.get(
    '/mediators/:mediatorId/relationships/:relationshipId',
    {
      schema: { tags: ['Register'], summary: 'Eén gemelde relatie', params: ItemParams, response: { 200: RelationshipSchema, ...problems(401, 404) } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      return one(actor.poolId, request.params.mediatorId, request.params.relationshipId);
    },
  );

  app.patch(
    '/mediators/:mediatorId/relationships/:relationshipId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig een gemelde relatie',
        params: ItemParams,
        body: Obj({ ...Fields, kind: Type.Optional(Kind), reason: Type.Optional(Fields.reason), since: Type.Optional(IsoDate) }),
        response: { 200: RelationshipSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-relationships');
      await app.db
        .transaction()
        .execute((trx) => updateRelationship(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.params.relationshipId, request.body));
      return one(actor.poolId, request.params.mediatorId, request.params.relationshipId);
    },
  );

  app.delete(
    '/mediators/:mediatorId/relationships/:relationshipId',
    {
      schema: { tags: ['Register'], summary: 'Verwijder een gemelde relatie', params: ItemParams, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-relationships');
      await app.db.transaction().execute((trx) => removeRelationship(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.params.relationshipId));
      return reply.code(204).send();
    },
  );
};
