import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, IsoDate, NoContent, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { notFound } from '../../http/problem.js';
import { auditPersonalRead, authorizeMediator } from './route-support.js';
import { addUpkeepEntry } from './commands/add-upkeep-entry.js';
import { removeUpkeepEntry } from './commands/remove-upkeep-entry.js';
import { upkeepSummary } from './upkeep-summary.js';

const EntryType = Type.Union([Type.Literal('mediation'), Type.Literal('education'), Type.Literal('peer_review')]);
const EducationKind = Type.Union([Type.Literal('training'), Type.Literal('intervision'), Type.Literal('other')]);

const UpkeepEntrySchema = Obj({
  id: Uuid,
  type: EntryType,
  occurredOn: IsoDate,
  contactMinutes: Nullable(Type.Integer()),
  writtenAgreement: Nullable(Type.Boolean()),
  coMediation: Nullable(Type.Boolean()),
  points: Nullable(Type.Integer()),
  educationKind: Nullable(EducationKind),
  description: Nullable(Type.String()),
  createdAt: DateTime,
});

type EntryRow = {
  id: string;
  type: 'mediation' | 'education' | 'peer_review';
  occurred_on: string;
  contact_minutes: number | null;
  written_agreement: boolean | null;
  co_mediation: boolean | null;
  points: number | null;
  education_kind: 'training' | 'intervision' | 'other' | null;
  description: string | null;
  created_at: Date;
};
const present = (e: EntryRow) => ({
  id: e.id,
  type: e.type,
  occurredOn: e.occurred_on,
  contactMinutes: e.contact_minutes,
  writtenAgreement: e.written_agreement,
  coMediation: e.co_mediation,
  points: e.points,
  educationKind: e.education_kind,
  description: e.description,
  createdAt: e.created_at.toISOString(),
});

const Required = Obj({ counted: Type.Integer(), required: Type.Integer() });
const UpkeepSummarySchema = Obj({
  cycle: Obj({
    start: IsoDate,
    end: IsoDate,
    until: IsoDate,
    daysLeft: Type.Integer(),
    basis: Type.Union([Type.Literal('cycle_start'), Type.Literal('registration'), Type.Literal('rolling')]),
  }),
  mediations: Obj({ counted: Type.Integer(), recorded: Type.Integer(), required: Type.Integer() }),
  coMediations: Obj({ recorded: Type.Integer(), counted: Type.Integer(), maxCounted: Type.Integer() }),
  contactMinutes: Required,
  writtenAgreements: Required,
  educationPoints: Obj({ total: Type.Number(), intervision: Type.Number(), intervisionActivities: Type.Integer(), required: Type.Integer() }),
  peerReview: Obj({
    last: Nullable(IsoDate),
    dueBy: IsoDate,
    status: Type.Union([Type.Literal('ok'), Type.Literal('missing'), Type.Literal('due'), Type.Literal('overdue')]),
  }),
  years: Type.Array(
    Obj({
      index: Type.Integer(),
      start: IsoDate,
      until: IsoDate,
      mediations: Type.Integer(),
      contactMinutes: Type.Integer(),
      status: Type.Union([Type.Literal('met'), Type.Literal('missed'), Type.Literal('open'), Type.Literal('future')]),
    }),
  ),
  state: Type.Union([Type.Literal('on_track'), Type.Literal('behind'), Type.Literal('at_risk')]),
  reasons: Type.Array(Obj({ code: Type.String(), severity: Type.Union([Type.Literal('behind'), Type.Literal('at_risk')]), text: Type.String() })),
});

const Params = Obj({ mediatorId: Uuid });
const ItemParams = Obj({ mediatorId: Uuid, entryId: Uuid });

/** MfN upkeep: manual entries (prior mediations, education points, peer reviews) and the computed summary. */
export const upkeepRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators/:mediatorId/upkeep',
    {
      schema: {
        tags: ['Register'],
        summary: 'MfN-onderhoud over de lopende driejaarscyclus, met stand en redenen (beheer, coördinatie, de mediator zelf)',
        params: Params,
        response: { 200: UpkeepSummarySchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      const mediator = await app.db
        .selectFrom('mediator_profile')
        .select(['id', 'upkeep_cycle_start', 'registration_expires_on'])
        .where('id', '=', request.params.mediatorId)
        .where('pool_id', '=', actor.poolId)
        .executeTakeFirstOrThrow();
      await auditPersonalRead(app.db, request, actor, target, mediator.id, 'MfN-onderhoud bekijken');
      return upkeepSummary(app.db, actor.poolId, mediator);
    },
  );

  app.get(
    '/mediators/:mediatorId/upkeep-entries',
    {
      schema: {
        tags: ['Register'],
        summary: 'Handmatig vastgelegde mediations, PE-punten en peer reviews',
        params: Params,
        querystring: Obj({ type: Type.Optional(EntryType) }),
        response: { 200: Obj({ items: Type.Array(UpkeepEntrySchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      let q = app.db.selectFrom('upkeep_entry').selectAll().where('pool_id', '=', actor.poolId).where('mediator_id', '=', request.params.mediatorId);
      if (request.query.type) q = q.where('type', '=', request.query.type);
      const rows = await q.orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').execute();
      await auditPersonalRead(app.db, request, actor, target, request.params.mediatorId, 'MfN-onderhoud bekijken');
      return { items: rows.map(present) };
    },
  );

  app.post(
    '/mediators/:mediatorId/upkeep-entries',
    {
      schema: {
        tags: ['Register'],
        summary: 'Leg een eerdere mediation, PE-punten of een peer review vast (beheerder, coördinator)',
        params: Params,
        body: Obj({
          type: EntryType,
          occurredOn: IsoDate,
          contactMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 6000, description: 'Contacttijd in minuten (mediation)' })),
          writtenAgreement: Type.Optional(Type.Boolean({ description: 'Geëindigd in een schriftelijke vaststellingsovereenkomst (mediation)' })),
          coMediation: Type.Optional(Type.Boolean({ description: 'Als co-mediator (mediation)' })),
          points: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'PE-punten (scholing)' })),
          educationKind: Type.Optional(EducationKind),
          description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
        }),
        response: { 201: UpkeepEntrySchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-upkeep');
      const row = await app.db
        .transaction()
        .execute((trx) => addUpkeepEntry(trx, request.auditContext(), actor.poolId, request.params.mediatorId, actor.userId, request.body));
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/upkeep-entries/${row.id}`);
      return reply.code(201).send(present(row));
    },
  );

  app.get(
    '/mediators/:mediatorId/upkeep-entries/:entryId',
    {
      schema: { tags: ['Register'], summary: 'Eén onderhoudsactiviteit', params: ItemParams, response: { 200: UpkeepEntrySchema, ...problems(401, 404) } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'read-private');
      const row = await app.db
        .selectFrom('upkeep_entry')
        .selectAll()
        .where('pool_id', '=', actor.poolId)
        .where('mediator_id', '=', request.params.mediatorId)
        .where('id', '=', request.params.entryId)
        .executeTakeFirst();
      if (!row) throw notFound();
      return present(row);
    },
  );

  app.delete(
    '/mediators/:mediatorId/upkeep-entries/:entryId',
    {
      schema: { tags: ['Register'], summary: 'Verwijder een onderhoudsactiviteit (beheerder, coördinator)', params: ItemParams, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorizeMediator(app.db, actor, request.params.mediatorId, 'manage-upkeep');
      await app.db.transaction().execute((trx) => removeUpkeepEntry(trx, request.auditContext(), actor.poolId, request.params.mediatorId, request.params.entryId));
      return reply.code(204).send();
    },
  );
};
