import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  ChangeStatusBody,
  CreateMediatorBody,
  MediatorDetailSchema,
  MediatorPageSchema,
  MediatorParams,
  MediatorQuerySchema,
  StatusChangeListSchema,
  StatusChangeParams,
  StatusChangeSchema,
  UpdateMediatorBody,
} from '../../../contract/mediators.js';
import { requireActor } from '../../plugins/authentication.js';
import { listMediators } from './queries/list-mediators.js';
import { getMediator, getStatusChange, listStatusChanges, mediatorDetail } from './queries/get-mediator.js';
import { createMediator } from './commands/create-mediator.js';
import { updateMediator } from './commands/update-mediator.js';
import { changeMediatorStatus } from './commands/change-mediator-status.js';
import { unavailabilityRoutes } from './unavailability-routes.js';
import { relationshipRoutes } from './relationship-routes.js';
import { upkeepRoutes } from './upkeep-routes.js';
import { ownProfileRoutes } from './own-profile-routes.js';

/** The mediator registry: list and search, register, edit, change status. */
export const mediatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators',
    {
      schema: {
        'x-personal-data': 'registeroverzicht',
        tags: ['Register'],
        summary: 'Mediators en procesbegeleiders van de pool, met zoeken en filters',
        description: 'Iedereen in de pool ziet naam, gemeente, soort, status, specialismen en talen; e-mail alleen beheer, coördinatie en de eigen gemeente.',
        querystring: MediatorQuerySchema,
        response: { 200: MediatorPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => listMediators(app.db, request.auditContext(), requireActor(request), request.query),
  );

  app.post(
    '/mediators',
    {
      schema: {
        tags: ['Register'],
        summary: 'Neem een mediator op in het register: bestaand account (userId) of met uitnodiging (invite) (beheerder, coördinator)',
        body: CreateMediatorBody,
        response: { 201: MediatorDetailSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => createMediator(trx, request.auditContext(), actor, request.body, app.config.baseUrl));
      reply.header('Location', `/api/v1/mediators/${id}`);
      return reply.code(201).send(await mediatorDetail(app.db, actor, id));
    },
  );

  app.get(
    '/mediators/:mediatorId',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Eén mediator; bijzonderheden alleen voor beheer, coördinatie en de mediator zelf (inzage wordt gelogd)',
        params: MediatorParams,
        response: { 200: MediatorDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => getMediator(app.db, request.auditContext(), requireActor(request), request.params.mediatorId),
  );

  app.patch(
    '/mediators/:mediatorId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig een mediatorprofiel (beheerder, coördinator; de mediator zelf: talen en capaciteit)',
        params: MediatorParams,
        body: UpdateMediatorBody,
        response: { 200: MediatorDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateMediator(trx, request.auditContext(), actor, request.params.mediatorId, request.body));
      return mediatorDetail(app.db, actor, request.params.mediatorId);
    },
  );

  app.get(
    '/mediators/:mediatorId/status-changes',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Statusgeschiedenis van een mediator, nieuwste eerst',
        params: MediatorParams,
        response: { 200: StatusChangeListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await listStatusChanges(app.db, requireActor(request), request.params.mediatorId) }),
  );

  app.post(
    '/mediators/:mediatorId/status-changes',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig de status van een mediator per een datum (beheerder, coördinator)',
        params: MediatorParams,
        body: ChangeStatusBody,
        response: { 201: StatusChangeSchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const changeId = await app.db.transaction().execute((trx) => changeMediatorStatus(trx, request.auditContext(), actor, request.params.mediatorId, request.body));
      const change = await getStatusChange(app.db, actor, request.params.mediatorId, changeId);
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/status-changes/${changeId}`);
      return reply.code(201).send(change);
    },
  );

  app.get(
    '/mediators/:mediatorId/status-changes/:changeId',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Eén statuswijziging',
        params: StatusChangeParams,
        response: { 200: StatusChangeSchema, ...problems(401, 404) },
      },
    },
    async (request) => getStatusChange(app.db, requireActor(request), request.params.mediatorId, request.params.changeId),
  );

  await app.register(unavailabilityRoutes);
  await app.register(relationshipRoutes);
  await app.register(upkeepRoutes);
  await app.register(ownProfileRoutes);
};
