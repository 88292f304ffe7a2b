import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  AddUnavailabilityBody,
  MediatorParams,
  UnavailabilityListSchema,
  UnavailabilityParams,
  UnavailabilityQuery,
  UnavailabilitySchema,
  UpdateUnavailabilityBody,
} from '../../../contract/mediators.js';
import { requireActor } from '../../plugins/authentication.js';
import { getUnavailability, listUnavailability } from './queries/mediator-records.js';
import { presentUnavailability } from './present-records.js';
import { addUnavailability } from './commands/add-unavailability.js';
import { updateUnavailability } from './commands/update-unavailability.js';
import { removeUnavailability } from './commands/remove-unavailability.js';

/** Periods in which a mediator is not available (holiday, leave); kept by the mediator or the coordinator. */
export const unavailabilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators/:mediatorId/unavailability',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Afwezigheid van een mediator (beheer, coördinatie, de mediator zelf)',
        params: MediatorParams,
        querystring: UnavailabilityQuery,
        response: { 200: UnavailabilityListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await listUnavailability(app.db, request.auditContext(), requireActor(request), request.params.mediatorId, request.query.from) }),
  );

  app.post(
    '/mediators/:mediatorId/unavailability',
    {
      schema: {
        tags: ['Register'],
        summary: 'Leg een periode van afwezigheid vast; perioden mogen niet overlappen',
        params: MediatorParams,
        body: AddUnavailabilityBody,
        response: { 201: UnavailabilitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => addUnavailability(trx, request.auditContext(), actor, request.params.mediatorId, request.body));
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/unavailability/${row.id}`);
      return reply.code(201).send(presentUnavailability(row));
    },
  );

  app.get(
    '/mediators/:mediatorId/unavailability/:periodId',
    {
      schema: { 'x-personal-data': 'registerbeheer', tags: ['Register'], summary: 'Eén periode van afwezigheid', params: UnavailabilityParams, response: { 200: UnavailabilitySchema, ...problems(401, 404) } },
    },
    async (request) => getUnavailability(app.db, requireActor(request), request.params.mediatorId, request.params.periodId),
  );

  app.patch(
    '/mediators/:mediatorId/unavailability/:periodId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig een periode van afwezigheid',
        params: UnavailabilityParams,
        body: UpdateUnavailabilityBody,
        response: { 200: UnavailabilitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { mediatorId, periodId } = request.params;
      const row = await app.db.transaction().execute((trx) => updateUnavailability(trx, request.auditContext(), actor, mediatorId, periodId, request.body));
      return presentUnavailability(row);
    },
  );

  app.delete(
    '/mediators/:mediatorId/unavailability/:periodId',
    {
      schema: { tags: ['Register'], summary: 'Verwijder een periode van afwezigheid', params: UnavailabilityParams, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeUnavailability(trx, request.auditContext(), actor, request.params.mediatorId, request.params.periodId));
      return reply.code(204).send();
    },
  );
};
