import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql } from 'kysely';
import { IsoDate, Obj, PageQuery, Uuid, pageOf, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { forbidden, notFound } from '../../http/problem.js';
import { hasRole } from '../../auth/actor.js';
import { writeAudit } from '../../audit/write-audit.js';
import { canMediator, OWN_PROFILE_FIELDS } from './policy.js';
import { findMediator, selectMediators, statusHistory } from './queries.js';
import {
  MediatorDetailSchema,
  MediatorKindSchema,
  MediatorSchema,
  MediatorStatusSchema,
  SpecialismSchema,
  StatusChangeSchema,
  presentMediator,
  presentMediatorDetail,
  presentStatusChange,
} from './present-mediator.js';
import { CreateMediatorBody, UpdateMediatorBody } from './schemas.js';
import { createMediator } from './commands/create-mediator.js';
import { updateMediator } from './commands/update-mediator.js';
import { changeMediatorStatus } from './commands/change-mediator-status.js';
import { auditPersonalRead, authorizeMediator } from './route-support.js';
import { likePattern } from '../registry/registry-support.js';
import { unavailabilityRoutes } from './unavailability-routes.js';
import { relationshipRoutes } from './relationship-routes.js';
import { upkeepRoutes } from './upkeep-routes.js';
import { ownProfileRoutes } from './own-profile-routes.js';

const MediatorParams = Obj({ mediatorId: Uuid });

/** The mediator registry: list and search, register, edit, change status. */
export const mediatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators',
    {
      schema: {
        tags: ['Register'],
        summary: 'Mediators en procesbegeleiders van de pool, met zoeken en filters',
        description: 'Iedereen in de pool ziet naam, gemeente, soort, status, specialismen en talen; e-mail alleen beheer, coördinatie en de eigen gemeente.',
        querystring: Obj({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 200, description: 'Zoek op naam (beheer en coördinatie ook op e-mail en afdeling)' })),
          status: Type.Optional(Type.Array(MediatorStatusSchema, { maxItems: 5 })),
          kind: Type.Optional(MediatorKindSchema),
          municipalityId: Type.Optional(Uuid),
          specialism: Type.Optional(SpecialismSchema),
          language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$' })),
        }),
        response: { 200: pageOf(MediatorSchema), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMediator(actor, 'list'), 'collection');
      const { page = 1, pageSize = 25, q, status, kind, municipalityId, specialism, language } = request.query;
      const keeper = hasRole(actor, 'admin', 'coordinator');
      let query = selectMediators(app.db, actor.poolId);
      if (q) {
        const like = likePattern(q);
        // Others search names only, so a search cannot reveal an e-mail address they may not see.
        query = keeper
          ? query.where((eb) => eb.or([eb(sql`coalesce(u.name, i.name)`, 'ilike', like), eb(sql`coalesce(u.email, i.email)`, 'ilike', like), eb('mp.department', 'ilike', like)]))
          : query.where(sql`coalesce(u.name, i.name)`, 'ilike', like);
      }
      if (status?.length) query = query.where('mp.status', 'in', status);
      if (kind) query = query.where('mp.kind', '=', kind);
      if (municipalityId) query = query.where('m.id', '=', municipalityId);
      if (specialism) query = query.where(sql<boolean>`${specialism} = ANY(mp.specialisms)`);
      if (language) query = query.where(sql<boolean>`${language} = ANY(mp.languages)`);
      const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await query.orderBy(sql`coalesce(u.name, i.name)`).orderBy('mp.id').limit(pageSize).offset((page - 1) * pageSize).execute();
      if (keeper && rows.length) {
        await writeAudit(app.db, request.auditContext(), { action: 'mediator.list', objectType: 'mediator', purpose: 'registeroverzicht', detail: { count: rows.length, q: q ?? null } });
      }
      return { items: rows.map((r) => presentMediator(r, actor)), page, pageSize, total: Number(total.n) };
    },
  );

  app.post(
    '/mediators',
    {
      schema: {
        tags: ['Register'],
        summary: 'Neem een mediator op in het register: bestaand account (userId) of met uitnodiging (invite) (beheerder, coördinator)',
        body: Obj(CreateMediatorBody),
        response: { 201: MediatorDetailSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canMediator(actor, 'create'), 'collection');
      const id = await app.db.transaction().execute((trx) => createMediator(trx, request.auditContext(), actor, request.body, app.config.baseUrl));
      const row = (await findMediator(app.db, actor.poolId, id))!;
      reply.header('Location', `/api/v1/mediators/${id}`);
      return reply.code(201).send(presentMediatorDetail(row, actor, await statusHistory(app.db, actor.poolId, id)));
    },
  );

  app.get(
    '/mediators/:mediatorId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Eén mediator; bijzonderheden alleen voor beheer, coördinatie en de mediator zelf (inzage wordt gelogd)',
        params: MediatorParams,
        response: { 200: MediatorDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await authorizeMediator(app.db, actor, request.params.mediatorId, 'read');
      const row = (await findMediator(app.db, actor.poolId, request.params.mediatorId))!;
      const detail = presentMediatorDetail(row, actor, await statusHistory(app.db, actor.poolId, row.id));
      if (detail.view === 'full') await auditPersonalRead(app.db, request, actor, target, row.id, 'mediatorprofiel bekijken');
      return detail;
    },
  );

  app.patch(
    '/mediators/:mediatorId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig een mediatorprofiel (beheerder, coördinator; de mediator zelf: talen en capaciteit)',
        params: MediatorParams,
        body: Obj(UpdateMediatorBody),
        response: { 200: MediatorDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await authorizeMediator(app.db, actor, request.params.mediatorId, 'read');
      if (!canMediator(actor, 'update', target)) {
        if (!canMediator(actor, 'update-own', target)) throw notFound();
        const other = Object.keys(request.body).filter((k) => !(OWN_PROFILE_FIELDS as readonly string[]).includes(k));
        if (other.length) throw forbidden(`U kunt zelf alleen uw talen en capaciteit wijzigen (niet: ${other.join(', ')}). Vraag de coördinator.`);
      }
      await app.db.transaction().execute((trx) => updateMediator(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.body));
      const row = (await findMediator(app.db, actor.poolId, request.params.mediatorId))!;
      return presentMediatorDetail(row, actor, await statusHistory(app.db, actor.poolId, row.id));
    },
  );

  app.get(
    '/mediators/:mediatorId/status-changes',
    {
      schema: {
        tags: ['Register'],
        summary: 'Statusgeschiedenis van een mediator, nieuwste eerst',
        params: MediatorParams,
        response: { 200: Obj({ items: Type.Array(StatusChangeSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-details');
      return { items: (await statusHistory(app.db, actor.poolId, request.params.mediatorId)).map(presentStatusChange) };
    },
  );

  app.post(
    '/mediators/:mediatorId/status-changes',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig de status van een mediator per een datum (beheerder, coördinator)',
        params: MediatorParams,
        body: Obj({ status: MediatorStatusSchema, fromDate: Type.Optional(IsoDate), note: Type.Optional(Type.String({ maxLength: 1000 })) }),
        response: { 201: StatusChangeSchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'change-status');
      const changeId = await app.db.transaction().execute((trx) => changeMediatorStatus(trx, request.auditContext(), actor, request.params.mediatorId, request.body));
      const change = (await statusHistory(app.db, actor.poolId, request.params.mediatorId)).find((h) => h.id === changeId)!;
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/status-changes/${changeId}`);
      return reply.code(201).send(presentStatusChange(change));
    },
  );

  app.get(
    '/mediators/:mediatorId/status-changes/:changeId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Eén statuswijziging',
        params: Obj({ mediatorId: Uuid, changeId: Uuid }),
        response: { 200: StatusChangeSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-details');
      const change = (await statusHistory(app.db, actor.poolId, request.params.mediatorId)).find((h) => h.id === request.params.changeId);
      if (!change) throw notFound();
      return presentStatusChange(change);
    },
  );

  await app.register(unavailabilityRoutes);
  await app.register(relationshipRoutes);
  await app.register(upkeepRoutes);
  await app.register(ownProfileRoutes);
};
