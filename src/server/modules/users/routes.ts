import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { UserChangesSchema, UserListQuerySchema, UserPageSchema, UserParamsSchema, UserSchema } from '../../../contract/users.js';
import { requireActor } from '../../plugins/authentication.js';
import { listUsers } from './queries/list-users.js';
import { getUser } from './queries/get-user.js';
import { updateUser } from './commands/update-user.js';

/** Account management for administrators: list, read, change roles, deactivate. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        'x-personal-data': 'accountbeheer',
        tags: ['Accounts'],
        summary: 'Gebruikers van de pool (beheerder)',
        querystring: UserListQuerySchema,
        response: { 200: UserPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => listUsers(app.db, request.auditContext(), requireActor(request), request.query),
  );

  app.get(
    '/users/:userId',
    {
      schema: { 'x-personal-data': 'accountbeheer', tags: ['Accounts'], summary: 'Eén gebruiker (beheerder)', params: UserParamsSchema, response: { 200: UserSchema, ...problems(401, 404) } },
    },
    async (request) => getUser(app.db, request.auditContext(), requireActor(request), request.params.userId),
  );

  app.patch(
    '/users/:userId',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Wijzig naam, rollen, gemeente of status van een gebruiker (beheerder)',
        params: UserParamsSchema,
        body: UserChangesSchema,
        response: { 200: UserSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => updateUser(trx, request.auditContext(), actor, request.params.userId, request.body));
    },
  );
};
