import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql } from 'kysely';
import { Nullable, Obj, PageQuery, Role, Uuid, pageOf, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { canUser } from './policy.js';
import { findUser, selectUsers } from './queries.js';
import { presentUser, UserSchema } from './present-user.js';
import { updateUser } from './commands/update-user.js';
import { notFound } from '../../http/problem.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Role as RoleName } from '../../../domain/roles.js';

/** Account management for administrators: list, read, change roles, deactivate. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Gebruikers van de pool (beheerder)',
        querystring: Obj({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 200 })),
          role: Type.Optional(Role),
          active: Type.Optional(Type.Boolean()),
        }),
        response: { 200: pageOf(UserSchema), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canUser(actor, 'list'), 'collection');
      const { page = 1, pageSize = 25, q, role, active } = request.query;
      let query = selectUsers(app.db, actor.poolId);
      if (q) {
        const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => eb.or([eb('u.name', 'ilike', like), eb('u.email', 'ilike', like)]));
      }
      if (role) query = query.where(sql<boolean>`${role} = ANY(u.roles)`);
      if (active !== undefined) query = query.where('u.active', '=', active);
      const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await query.orderBy('u.name').orderBy('u.id').limit(pageSize).offset((page - 1) * pageSize).execute();
      await writeAudit(app.db, request.auditContext(), {
        action: 'user.list',
        objectType: 'user',
        purpose: 'accountbeheer',
        detail: { page, q: q ?? null, count: rows.length },
      });
      return { items: rows.map(presentUser), page, pageSize, total: Number(total.n) };
    },
  );

  app.get(
    '/users/:userId',
    {
      schema: { tags: ['Accounts'], summary: 'Eén gebruiker (beheerder)', params: Obj({ userId: Uuid }), response: { 200: UserSchema, ...problems(401, 404) } },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canUser(actor, 'read', { poolId: actor.poolId }), 'object');
      const user = await findUser(app.db, actor.poolId, request.params.userId);
      if (!user) throw notFound();
      await writeAudit(app.db, request.auditContext(), { action: 'user.read', objectType: 'user', objectId: user.id, purpose: 'accountbeheer' });
      return presentUser(user);
    },
  );

  app.patch(
    '/users/:userId',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Wijzig naam, rollen, gemeente of status van een gebruiker (beheerder)',
        params: Obj({ userId: Uuid }),
        body: Obj({
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          roles: Type.Optional(Type.Array(Role, { maxItems: 5, uniqueItems: true })),
          active: Type.Optional(Type.Boolean()),
          municipalityId: Type.Optional(Nullable(Uuid)),
        }),
        response: { 200: UserSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canUser(actor, 'update', { poolId: actor.poolId }), 'object');
      const { roles, ...rest } = request.body;
      await app.db.transaction().execute((trx) =>
        updateUser(trx, request.auditContext(), actor, request.params.userId, { ...rest, ...(roles ? { roles: roles as RoleName[] } : {}) }),
      );
      return presentUser((await findUser(app.db, actor.poolId, request.params.userId))!);
    },
  );

};
