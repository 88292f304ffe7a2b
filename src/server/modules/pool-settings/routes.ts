import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Email, IsoDate, NoContent, Nullable, Obj, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { notFound } from '../../http/problem.js';
import { canPoolSettings } from './policy.js';
import { findPoolSettings } from './queries.js';
import { DocumentSchema, PoolSettingsSchema, SettlementMode, SettlementPeriod, presentDocument, presentPoolSettings } from './present-pool-settings.js';
import { updatePoolSettings } from './commands/update-pool-settings.js';
import { uploadCovenantDocument } from './commands/upload-covenant-document.js';
import { removeCovenantDocument } from './commands/remove-covenant-document.js';
import { hourlyRateRoutes } from './hourly-rate-routes.js';
import { dayOffRoutes } from './day-off-routes.js';
import { RouteSchema } from '../sessions/schemas.js';
import { canAgreementPolicy } from '../sessions/policy.js';
import { updateAgreementPolicy } from '../sessions/commands/update-agreement-policy.js';

/** Base64 of 10 MB plus the JSON around it. */
const COVENANT_BODY_LIMIT = 15 * 1024 * 1024;

/** Pool settings: norms, settlement, conflict-of-interest policy, retention, covenant. */
export const poolSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pool-settings',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Instellingen van de pool (beheerder, coördinator, financiën)',
        response: { 200: PoolSettingsSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'read'), 'collection');
      const settings = await findPoolSettings(app.db, actor.poolId);
      if (!settings) throw notFound();
      return presentPoolSettings(settings);
    },
  );

  app.patch(
    '/pool-settings',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Wijzig de instellingen van de pool (beheerder)',
        body: Obj({
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          settlementMode: Type.Optional(SettlementMode),
          settlementPeriod: Type.Optional(SettlementPeriod),
          normFirstContactDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
          normAssignmentDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
          normConclusionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
          allowDifferentDepartment: Type.Optional(Type.Boolean()),
          retentionMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
          aftercareWeeks: Type.Optional(Type.Integer({ minimum: 0, maximum: 52 })),
          covenantSignedOn: Type.Optional(Nullable(IsoDate)),
          covenantDescription: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
          contactEmail: Type.Optional(Nullable(Email)),
          contactPhone: Type.Optional(Nullable(Type.String({ pattern: '^[0-9+() -]{6,40}$', description: 'Bijvoorbeeld 0522 123 456' }))),
          mediationAgreementExemptRoutes: Type.Optional(
            Type.Array(RouteSchema, {
              maxItems: 5,
              uniqueItems: true,
              description: 'Routes waarop een zaak zonder getekende mediationovereenkomst mag starten; samen met de rest opgeslagen, of niets',
            }),
          ),
        }),
        response: { 200: PoolSettingsSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      const { mediationAgreementExemptRoutes: exempt, ...settings } = request.body;
      if (exempt) authorize(canAgreementPolicy(actor, 'update'), 'collection');
      // The settings form saves both in one go: either everything is stored or nothing.
      await app.db.transaction().execute(async (trx) => {
        await updatePoolSettings(trx, request.auditContext(), actor.poolId, settings);
        if (exempt) await updateAgreementPolicy(trx, request.auditContext(), actor, exempt);
      });
      return presentPoolSettings((await findPoolSettings(app.db, actor.poolId))!);
    },
  );

  app.put(
    '/pool-settings/covenant-document',
    {
      bodyLimit: COVENANT_BODY_LIMIT,
      schema: {
        tags: ['Pool'],
        summary: 'Sla het getekende convenant op (PDF, hoogstens 10 MB, base64) (beheerder)',
        body: Obj({
          filename: Type.String({ minLength: 1, maxLength: 255 }),
          contentBase64: Type.String({ minLength: 1, maxLength: COVENANT_BODY_LIMIT }),
        }),
        response: { 200: DocumentSchema, ...problems(401, 403, 413, 415) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      const doc = await app.db
        .transaction()
        .execute((trx) => uploadCovenantDocument(trx, request.auditContext(), actor.poolId, { ...request.body, uploadedBy: actor.userId }));
      return presentDocument(doc);
    },
  );

  app.get(
    '/pool-settings/covenant-document',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Download het convenant (beheerder, coördinator, financiën)',
        response: {
          200: { description: 'Het convenant als PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          ...problems(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'read'), 'collection');
      const doc = await app.db
        .selectFrom('pool_settings as s')
        .innerJoin('pool_document as d', 'd.id', 's.covenant_document_id')
        .select(['d.filename', 'd.content_type', 'd.content', 'd.sha256'])
        .where('s.pool_id', '=', actor.poolId)
        .where('d.pool_id', '=', actor.poolId)
        .executeTakeFirst();
      if (!doc) throw notFound('Er is geen convenantdocument opgeslagen.');
      return reply
        .type(doc.content_type)
        .header('Content-Disposition', `attachment; filename="${doc.filename.replace(/[^\w.\- ]/g, '_')}"`)
        .header('ETag', `"${doc.sha256}"`)
        // Raw bytes: the schema documents a binary string, the serializer leaves Buffers alone.
        .send(Buffer.from(doc.content) as unknown as string);
    },
  );

  app.delete(
    '/pool-settings/covenant-document',
    {
      schema: { tags: ['Pool'], summary: 'Verwijder het convenantdocument (beheerder)', response: { 204: NoContent, ...problems(401, 403, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canPoolSettings(actor, 'update'), 'collection');
      await app.db.transaction().execute((trx) => removeCovenantDocument(trx, request.auditContext(), actor.poolId));
      return reply.code(204).send();
    },
  );

  await app.register(hourlyRateRoutes);
  await app.register(dayOffRoutes);
};
