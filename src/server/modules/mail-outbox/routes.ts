import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { MailParamsSchema, MailQuerySchema, MailRetryAcceptedSchema, OutboxMailPageSchema } from '../../../contract/mail-outbox.js';
import { requireActor } from '../../plugins/authentication.js';
import { listMail } from './queries/list-mail.js';
import { retryMail } from './commands/retry-mail.js';

/** The mail outbox: what was sent, what waits, what failed. Administrators only. */
export const mailOutboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mail-outbox',
    {
      schema: {
        'x-personal-data': 'beheer uitgaande e-mail',
        tags: ['Beheer'],
        summary: 'Uitgaande e-mail van de pool (beheerder), nieuwste eerst',
        querystring: MailQuerySchema,
        response: { 200: OutboxMailPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => listMail(app.db, request.auditContext(), requireActor(request), request.query),
  );

  app.post(
    '/mail-outbox/:mailId/retries',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Probeer een mislukte e-mail opnieuw te versturen (beheerder)',
        params: MailParamsSchema,
        response: { 202: MailRetryAcceptedSchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const accepted = await app.db.transaction().execute((trx) => retryMail(trx, request.auditContext(), actor, request.params.mailId));
      return reply.code(202).send(accepted);
    },
  );
};
