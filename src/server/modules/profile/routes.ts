import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { ApiTokenBodySchema, ApiTokenCreatedSchema, ApiTokenListSchema, ApiTokenParamsSchema, PasswordChangeSchema, ProfileChangesSchema } from '../../../contract/profile.js';
import { UserSchema } from '../../../contract/users.js';
import { requireActor } from '../../plugins/authentication.js';
import { updateProfile } from './commands/update-profile.js';
import { changePassword } from './commands/change-password.js';
import { createApiToken } from './commands/create-api-token.js';
import { revokeApiToken } from './commands/revoke-api-token.js';
import { listApiTokens } from './queries/list-api-tokens.js';

/** Everyone's own profile: name, language, password and personal API tokens. */
export const profileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.patch(
    '/me',
    {
      schema: { tags: ['Profiel'], summary: 'Wijzig uw naam of taal', body: ProfileChangesSchema, response: { 200: UserSchema, ...problems(401) } },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => updateProfile(trx, request.auditContext(), actor, request.body));
    },
  );

  app.post(
    '/me/password',
    {
      schema: { tags: ['Profiel'], summary: 'Wijzig uw wachtwoord', body: PasswordChangeSchema, response: { 204: NoContent, ...problems(401, 429) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Its own transactions: a wrong current password is recorded although the request fails.
      await changePassword(app.db, request.auditContext(), actor, { ...request.body, ip: request.ip });
      return reply.code(204).send();
    },
  );

  app.get(
    '/me/api-tokens',
    { schema: { tags: ['Profiel'], summary: 'Uw API-tokens', response: { 200: ApiTokenListSchema, ...problems(401) } } },
    async (request) => listApiTokens(app.db, requireActor(request)),
  );

  app.post(
    '/me/api-tokens',
    {
      schema: {
        tags: ['Profiel'],
        summary: 'Maak een API-token; het geheim wordt alleen nu getoond',
        body: ApiTokenBodySchema,
        response: { 201: ApiTokenCreatedSchema, ...problems(401, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await app.db.transaction().execute((trx) => createApiToken(trx, request.auditContext(), actor, request.body.name));
      reply.header('Location', `/api/v1/me/api-tokens/${created.token.id}`);
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/me/api-tokens/:tokenId',
    {
      schema: { tags: ['Profiel'], summary: 'Trek een API-token in', params: ApiTokenParamsSchema, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => revokeApiToken(trx, request.auditContext(), actor, request.params.tokenId));
      return reply.code(204).send();
    },
  );
};
