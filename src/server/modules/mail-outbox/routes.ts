import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, Nullable, Obj, PageQuery, Uuid, pageOf, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { hasRole } from '../../auth/actor.js';
import { conflict, notFound } from '../../http/problem.js';
import { writeAudit } from '../../audit/write-audit.js';

const Status = Type.Union([Type.Literal('queued'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]);

const MailSchema = Obj({
  id: Uuid,
  kind: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  bodyText: Type.String(),
  attachments: Type.Array(Obj({ filename: Type.String(), contentType: Type.String() })),
  status: Status,
  attempts: Type.Integer(),
  nextAttemptAt: DateTime,
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  sentAt: Nullable(DateTime),
});

/** The mail outbox: what was sent, what waits, what failed. Administrators only. */
export const mailOutboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mail-outbox',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Uitgaande e-mail van de pool (beheerder), nieuwste eerst',
        querystring: Obj({ ...PageQuery, status: Type.Optional(Status) }),
        response: { 200: pageOf(MailSchema), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(hasRole(actor, 'admin'), 'collection');
      const { page = 1, pageSize = 25, status } = request.query;
      let q = app.db.selectFrom('mail_outbox').where('pool_id', '=', actor.poolId);
      if (status) q = q.where('status', '=', status);
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(pageSize).offset((page - 1) * pageSize).execute();
      await writeAudit(app.db, request.auditContext(), { action: 'mail-outbox.read', objectType: 'mail-outbox', purpose: 'beheer uitgaande e-mail', detail: { page } });
      return {
        items: rows.map((m) => ({
          id: m.id,
          kind: m.kind,
          to: m.to_address,
          subject: m.subject,
          bodyText: m.body_text,
          attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })),
          status: m.status,
          attempts: m.attempts,
          nextAttemptAt: m.next_attempt_at.toISOString(),
          lastError: m.last_error,
          createdAt: m.created_at.toISOString(),
          sentAt: m.sent_at?.toISOString() ?? null,
        })),
        page,
        pageSize,
        total: Number(total.n),
      };
    },
  );

  app.post(
    '/mail-outbox/:mailId/retries',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Probeer een mislukte e-mail opnieuw te versturen (beheerder)',
        params: Obj({ mailId: Uuid }),
        response: { 202: Obj({ id: Uuid }), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(hasRole(actor, 'admin'), 'object');
      await app.db.transaction().execute(async (trx) => {
        const mail = await trx.selectFrom('mail_outbox').select(['id', 'status']).where('id', '=', request.params.mailId).where('pool_id', '=', actor.poolId).executeTakeFirst();
        if (!mail) throw notFound();
        const moved = await trx
          .updateTable('mail_outbox')
          .set({ status: 'queued', attempts: 0, next_attempt_at: new Date(), last_error: null })
          .where('id', '=', mail.id)
          .where('status', '=', 'failed')
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) throw conflict('Alleen een mislukte e-mail kan opnieuw worden verstuurd.');
        await writeAudit(trx, request.auditContext(), { action: 'mail-outbox.retry', objectType: 'mail', objectId: mail.id });
      });
      return reply.code(202).send({ id: request.params.mailId });
    },
  );
};
