import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { COVENANT_BODY_LIMIT, DocumentSchema, PoolSettingsSchema, UpdatePoolSettingsBody, UploadCovenantBody } from '../../../contract/pool-settings.js';
import { requireActor } from '../../plugins/authentication.js';
import { getCovenantDocument, getPoolSettings } from './queries/pool-settings.js';
import { presentDocument } from './present-pool-settings.js';
import { updatePoolSettings } from './commands/update-pool-settings.js';
import { uploadCovenantDocument } from './commands/upload-covenant-document.js';
import { removeCovenantDocument } from './commands/remove-covenant-document.js';
import { hourlyRateRoutes } from './hourly-rate-routes.js';
import { dayOffRoutes } from './day-off-routes.js';

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
    async (request) => getPoolSettings(app.db, requireActor(request)),
  );

  app.patch(
    '/pool-settings',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Wijzig de instellingen van de pool (beheerder)',
        body: UpdatePoolSettingsBody,
        response: { 200: PoolSettingsSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updatePoolSettings(trx, request.auditContext(), actor, request.body));
      return getPoolSettings(app.db, actor);
    },
  );

  app.put(
    '/pool-settings/covenant-document',
    {
      bodyLimit: COVENANT_BODY_LIMIT,
      schema: {
        tags: ['Pool'],
        summary: 'Sla het getekende convenant op (PDF, hoogstens 10 MB, base64) (beheerder)',
        body: UploadCovenantBody,
        response: { 200: DocumentSchema, ...problems(401, 403, 413, 415) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const doc = await app.db.transaction().execute((trx) => uploadCovenantDocument(trx, request.auditContext(), actor, request.body));
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
      const doc = await getCovenantDocument(app.db, requireActor(request));
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
      await app.db.transaction().execute((trx) => removeCovenantDocument(trx, request.auditContext(), actor));
      return reply.code(204).send();
    },
  );

  await app.register(hourlyRateRoutes);
  await app.register(dayOffRoutes);
};
