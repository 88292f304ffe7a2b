import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { AuditEventPageSchema, AuditQuerySchema } from '../../../contract/audit-log.js';
import { requireActor } from '../../plugins/authentication.js';
import { listAuditEvents } from './queries/list-audit-events.js';

/** The audit log, browsed and filtered by the pool's administrators. */
export const auditLogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-events',
    {
      schema: {
        'x-personal-data': 'controle',
        tags: ['Audit'],
        summary: 'Auditlog van de pool (beheerder), nieuwste eerst',
        querystring: AuditQuerySchema,
        response: { 200: AuditEventPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => listAuditEvents(app.db, requireActor(request), request.query),
  );
};
