import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../http/problem.js';
import { poolToday } from '../registry/registry-support.js';
import { authorizeMediator } from '../mediators/route-support.js';
import { MediatorKindSchema, MediatorStatusSchema } from '../mediators/present-mediator.js';
import { canPoolHealth } from './policy.js';
import { healthRows } from './queries.js';
import { buildHealthReport } from './build-health-report.js';
import { wakeUpMediator } from './commands/wake-up-mediator.js';

const MunicipalityRef = Obj({ id: Uuid, code: Type.String(), name: Type.String() });

const PoolHealthSchema = Obj({
  asOf: IsoDate,
  totals: Obj({ active: Type.Integer(), inTraining: Type.Integer(), dormant: Type.Integer(), activeProcessFacilitators: Type.Integer(), freeCases: Type.Integer() }),
  municipalities: Type.Array(
    Obj({
      id: Uuid,
      code: Type.String(),
      name: Type.String(),
      active: Type.Integer({ description: 'Actieve mediators' }),
      inTraining: Type.Integer(),
      dormant: Type.Integer(),
      activeProcessFacilitators: Type.Integer(),
      awayToday: Type.Integer({ description: 'Actieven die vandaag afwezig zijn' }),
      freeCapacity: Obj({ cases: Type.Integer(), hoursPerMonth: Type.Integer() }),
      withoutActiveMediator: Type.Boolean(),
    }),
  ),
  municipalitiesWithoutActiveMediator: Type.Array(MunicipalityRef),
  dormantMediators: Type.Array(
    Obj({
      id: Uuid,
      name: Type.String(),
      kind: MediatorKindSchema,
      municipality: Nullable(MunicipalityRef),
      dormantSince: IsoDate,
      lastActivityAt: Nullable(DateTime),
      lastWakeUpAt: Nullable(DateTime),
    }),
  ),
  expiringRegistrations: Type.Array(
    Obj({
      id: Uuid,
      name: Type.String(),
      status: MediatorStatusSchema,
      municipality: Nullable(MunicipalityRef),
      registrationExpiresOn: IsoDate,
      daysLeft: Type.Integer(),
      expired: Type.Boolean(),
    }),
  ),
});

const WakeUpSchema = Obj({ id: Uuid, sentAt: DateTime, sentBy: Nullable(Type.String()), message: Nullable(Type.String()) });
const presentWakeUp = (w: { id: string; sent_at: Date; sent_by_name: string | null; message: string | null }) => ({
  id: w.id,
  sentAt: w.sent_at.toISOString(),
  sentBy: w.sent_by_name,
  message: w.message,
});

/** Pool health: who is active, in training, dormant; where capacity is missing; waking dormant mediators. */
export const poolHealthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-health',
    {
      schema: {
        tags: ['Register'],
        summary: 'Gezondheid van de pool: per gemeente actieve, in opleiding en slapende mediators en vrije capaciteit (beheerder, coördinator)',
        response: { 200: PoolHealthSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolHealth(actor, 'read'), 'collection');
      const today = poolToday();
      const report = buildHealthReport(await healthRows(app.db, actor.poolId, today), today);
      await writeAudit(app.db, request.auditContext(), { action: 'pool-health.read', objectType: 'pool', objectId: actor.poolId, purpose: 'poolgezondheid bewaken' });
      return report;
    },
  );

  const wakeUps = (poolId: string, mediatorId: string) =>
    app.db
      .selectFrom('mediator_wake_up as w')
      .leftJoin('app_user as u', 'u.id', 'w.sent_by')
      .select(['w.id', 'w.sent_at', 'w.message', 'u.name as sent_by_name'])
      .where('w.pool_id', '=', poolId)
      .where('w.mediator_id', '=', mediatorId);

  app.get(
    '/mediators/:mediatorId/wake-ups',
    {
      schema: {
        tags: ['Register'],
        summary: 'Verstuurde uitnodigingen om weer mee te doen (beheerder, coördinator)',
        params: Obj({ mediatorId: Uuid }),
        response: { 200: Obj({ items: Type.Array(WakeUpSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'wake-up');
      return { items: (await wakeUps(actor.poolId, request.params.mediatorId).orderBy('w.sent_at', 'desc').execute()).map(presentWakeUp) };
    },
  );

  app.post(
    '/mediators/:mediatorId/wake-ups',
    {
      schema: {
        tags: ['Register'],
        summary: 'Stuur een slapende mediator een persoonlijke uitnodiging om weer mee te doen (beheerder, coördinator)',
        params: Obj({ mediatorId: Uuid }),
        // No body at all is fine too: the message is optional.
        body: Nullable(Obj({ message: Type.Optional(Type.String({ maxLength: 2000, description: 'Persoonlijke tekst in de e-mail' })) })),
        response: { 201: WakeUpSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'wake-up');
      const row = await app.db
        .transaction()
        .execute((trx) => wakeUpMediator(trx, request.auditContext(), actor, request.params.mediatorId, { message: request.body?.message, baseUrl: app.config.baseUrl }));
      const created = await wakeUps(actor.poolId, request.params.mediatorId).where('w.id', '=', row.id).executeTakeFirstOrThrow();
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/wake-ups/${row.id}`);
      return reply.code(201).send(presentWakeUp(created));
    },
  );

  app.get(
    '/mediators/:mediatorId/wake-ups/:wakeUpId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Eén verstuurde uitnodiging om weer mee te doen',
        params: Obj({ mediatorId: Uuid, wakeUpId: Uuid }),
        response: { 200: WakeUpSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'wake-up');
      const row = await wakeUps(actor.poolId, request.params.mediatorId).where('w.id', '=', request.params.wakeUpId).executeTakeFirst();
      if (!row) throw notFound();
      return presentWakeUp(row);
    },
  );
};
