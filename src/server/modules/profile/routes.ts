import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, NoContent, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { findUser } from '../users/queries.js';
import { presentUser, UserSchema } from '../users/present-user.js';
import { changePassword } from './commands/change-password.js';
import { createApiToken } from './commands/create-api-token.js';
import { revokeApiToken } from './commands/revoke-api-token.js';
import { writeAudit } from '../../audit/write-audit.js';
import { PASSWORD_MAX_LENGTH } from '../../../domain/password-rules.js';

const ApiTokenSchema = Obj({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});

const presentToken = (t: { id: string; name: string; prefix: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.created_at.toISOString(),
  lastUsedAt: t.last_used_at?.toISOString() ?? null,
  revokedAt: t.revoked_at?.toISOString() ?? null,
});

/** Everyone's own profile: name, language, password and personal API tokens. */
export const profileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.patch(
    '/me',
    {
      schema: {
        tags: ['Profiel'],
        summary: 'Wijzig uw naam of taal',
        body: Obj({
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          locale: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')])),
        }),
        response: { 200: UserSchema, ...problems(401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { name, locale } = request.body;
      if (name !== undefined || locale !== undefined) {
        await app.db.transaction().execute(async (trx) => {
          await trx
            .updateTable('app_user')
            .set({ ...(name !== undefined ? { name: name.trim() } : {}), ...(locale ? { locale } : {}), updated_at: new Date() })
            .where('id', '=', actor.userId)
            .execute();
          await writeAudit(trx, request.auditContext(), { action: 'profile.update', objectType: 'user', objectId: actor.userId, detail: request.body });
        });
      }
      return presentUser((await findUser(app.db, actor.poolId, actor.userId))!);
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['Profiel'],
        summary: 'Wijzig uw wachtwoord',
        body: Obj({
          currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          newPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
        }),
        response: { 204: NoContent, ...problems(401) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => changePassword(trx, request.auditContext(), actor, request.body));
      return reply.code(204).send();
    },
  );

  app.get(
    '/me/api-tokens',
    { schema: { tags: ['Profiel'], summary: 'Uw API-tokens', response: { 200: Obj({ items: Type.Array(ApiTokenSchema) }), ...problems(401) } } },
    async (request) => {
      const actor = requireActor(request);
      const rows = await app.db
        .selectFrom('api_token')
        .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
        .where('user_id', '=', actor.userId)
        .orderBy('created_at', 'desc')
        .execute();
      return { items: rows.map(presentToken) };
    },
  );

  app.post(
    '/me/api-tokens',
    {
      schema: {
        tags: ['Profiel'],
        summary: 'Maak een API-token; het geheim wordt alleen nu getoond',
        body: Obj({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 201: Obj({ token: ApiTokenSchema, secret: Type.String() }), ...problems(401, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row, secret } = await app.db.transaction().execute((trx) => createApiToken(trx, request.auditContext(), actor, request.body.name));
      reply.header('Location', `/api/v1/me/api-tokens/${row.id}`);
      return reply.code(201).send({ token: presentToken(row), secret });
    },
  );

  app.delete(
    '/me/api-tokens/:tokenId',
    {
      schema: { tags: ['Profiel'], summary: 'Trek een API-token in', params: Obj({ tokenId: Uuid }), response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => revokeApiToken(trx, request.auditContext(), actor, request.params.tokenId));
      return reply.code(204).send();
    },
  );
};
