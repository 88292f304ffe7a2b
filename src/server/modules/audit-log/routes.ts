import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, Nullable, Obj, PageQuery, pageOf, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { hasRole } from '../../auth/actor.js';
import { badRequest } from '../../http/problem.js';

const AuditEventSchema = Obj({
  id: Type.Integer(),
  at: DateTime,
  actorUserId: Nullable(Type.String()),
  actorLabel: Type.String(),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Nullable(Type.String()),
  result: Type.String(),
  purpose: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  origin: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

/** The audit log, browsed and filtered by the pool's administrators. */
export const auditLogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-events',
    {
      schema: {
        tags: ['Audit'],
        summary: 'Auditlog van de pool (beheerder), nieuwste eerst',
        querystring: Obj({
          ...PageQuery,
          action: Type.Optional(Type.String({ maxLength: 100 })),
          objectType: Type.Optional(Type.String({ maxLength: 100 })),
          objectId: Type.Optional(Type.String({ maxLength: 100 })),
          actor: Type.Optional(Type.String({ maxLength: 200 })),
          result: Type.Optional(Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('failure')])),
          from: Type.Optional(DateTime),
          to: Type.Optional(DateTime),
        }),
        response: { 200: pageOf(AuditEventSchema), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(hasRole(actor, 'admin'), 'collection');
      const { page = 1, pageSize = 50, action, objectType, objectId, actor: actorText, result, from, to } = request.query;
      if (from && to && new Date(to) < new Date(from)) throw badRequest('De einddatum ligt voor de begindatum.', [{ name: 'to', code: 'before-from', reason: 'Kies een einde na het begin.' }]);
      let q = app.db.selectFrom('audit_event').where('pool_id', '=', actor.poolId);
      if (action) q = q.where('action', 'like', `${escapeLike(action)}%`);
      if (objectType) q = q.where('object_type', '=', objectType);
      if (objectId) q = q.where('object_id', '=', objectId);
      if (actorText) q = q.where('actor_label', 'ilike', `%${escapeLike(actorText)}%`);
      if (result) q = q.where('result', '=', result);
      if (from) q = q.where('at', '>=', new Date(from));
      if (to) q = q.where('at', '<=', new Date(to));
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
      return {
        items: rows.map((r) => ({
          id: Number(r.id),
          at: r.at.toISOString(),
          actorUserId: r.actor_user_id,
          actorLabel: r.actor_label,
          action: r.action,
          objectType: r.object_type,
          objectId: r.object_id,
          result: r.result,
          purpose: r.purpose,
          requestId: r.request_id,
          origin: r.origin,
          detail: r.detail,
        })),
        page,
        pageSize,
        total: Number(total.n),
      };
    },
  );
};

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
