import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, IsoDate, NoContent, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { notFound } from '../../http/problem.js';
import { auditPersonalRead, authorizeMediator } from './route-support.js';
import { addUnavailability } from './commands/add-unavailability.js';
import { updateUnavailability } from './commands/update-unavailability.js';
import { removeUnavailability } from './commands/remove-unavailability.js';

const Kind = Type.Union([Type.Literal('holiday'), Type.Literal('leave'), Type.Literal('other')]);
const UnavailabilitySchema = Obj({ id: Uuid, startsOn: IsoDate, endsOn: IsoDate, kind: Kind, note: Nullable(Type.String()), updatedAt: DateTime });
const present = (r: { id: string; starts_on: string; ends_on: string; kind: 'holiday' | 'leave' | 'other'; note: string | null; updated_at: Date }) => ({
  id: r.id,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  kind: r.kind,
  note: r.note,
  updatedAt: r.updated_at.toISOString(),
});
const Fields = { startsOn: IsoDate, endsOn: IsoDate, kind: Kind, note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) };
const Params = Obj({ mediatorId: Uuid });
const ItemParams = Obj({ mediatorId: Uuid, periodId: Uuid });

/** Periods in which a mediator is not available (holiday, leave); kept by the mediator or the coordinator. */
export const unavailabilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators/:mediatorId/unavailability',
    {
      schema: {
        tags: ['Register'],
        summary: 'Afwezigheid van een mediator (beheer, coördinatie, de mediator zelf)',
        params: Params,
        querystring: Obj({ from: Type.Optional(IsoDate) }),
        response: { 200: Obj({ items: Type.Array(UnavailabilitySchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      let q = app.db.selectFrom('mediator_unavailability').selectAll().where('pool_id', '=', actor.poolId).where('mediator_id', '=', request.params.mediatorId);
      if (request.query.from) q = q.where('ends_on', '>=', request.query.from);
      const rows = await q.orderBy('starts_on').execute();
      await auditPersonalRead(app.db, request, actor, target, request.params.mediatorId, 'beschikbaarheid bekijken');
      return { items: rows.map(present) };
    },
  );

  app.post(
    '/mediators/:mediatorId/unavailability',
    {
      schema: {
        tags: ['Register'],
        summary: 'Leg een periode van afwezigheid vast; perioden mogen niet overlappen',
        params: Params,
        body: Obj(Fields),
        response: { 201: UnavailabilitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-availability');
      const row = await app.db.transaction().execute((trx) => addUnavailability(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.body));
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/unavailability/${row.id}`);
      return reply.code(201).send(present(row));
    },
  );

  app.get(
    '/mediators/:mediatorId/unavailability/:periodId',
    {
      schema: { tags: ['Register'], summary: 'Eén periode van afwezigheid', params: ItemParams, response: { 200: UnavailabilitySchema, ...problems(401, 404) } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      const row = await app.db
        .selectFrom('mediator_unavailability')
        .selectAll()
        .where('pool_id', '=', actor.poolId)
        .where('mediator_id', '=', request.params.mediatorId)
        .where('id', '=', request.params.periodId)
        .executeTakeFirst();
      if (!row) throw notFound();
      return present(row);
    },
  );

  app.patch(
    '/mediators/:mediatorId/unavailability/:periodId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig een periode van afwezigheid',
        params: ItemParams,
        body: Obj({ startsOn: Type.Optional(IsoDate), endsOn: Type.Optional(IsoDate), kind: Type.Optional(Kind), note: Fields.note }),
        response: { 200: UnavailabilitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-availability');
      const row = await app.db
        .transaction()
        .execute((trx) => updateUnavailability(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.params.periodId, request.body));
      return present(row);
    },
  );

  app.delete(
    '/mediators/:mediatorId/unavailability/:periodId',
    {
      schema: { tags: ['Register'], summary: 'Verwijder een periode van afwezigheid', params: ItemParams, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-availability');
      await app.db.transaction().execute((trx) => removeUnavailability(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.params.periodId));
      return reply.code(204).send();
    },
  );
};
