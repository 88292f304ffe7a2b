import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  AcceptInvitationBodySchema,
  InvitationAcceptedSchema,
  InvitationCreatedSchema,
  InvitationListQuery,
  InvitationListSchema,
  InvitationLookupBodySchema,
  InvitationLookupSchema,
  InvitationParamsSchema,
  InviteBodySchema,
} from '../../../contract/invitations.js';
import { requireActor } from '../../plugins/authentication.js';
import { setSessionCookie } from '../../auth/sessions.js';
import { inviteUser } from './commands/invite-user.js';
import { acceptInvitation } from './commands/accept-invitation.js';
import { revokeInvitation } from './commands/revoke-invitation.js';
import { listInvitations } from './queries/list-invitations.js';
import { lookUpInvitation } from './queries/look-up-invitation.js';

/** Invitations: administrators invite, the invitee accepts through a single-use link. */
export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/invitations',
    {
      schema: {
        'x-personal-data': 'accountbeheer',
        tags: ['Accounts'],
        summary: 'Uitnodigingen van de pool, nieuwste eerst, per pagina (beheerder)',
        querystring: InvitationListQuery,
        response: { 200: InvitationListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listInvitations(app.db, requireActor(request), request.query),
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Nodig iemand uit (beheerder)',
        body: InviteBodySchema,
        response: { 201: InvitationCreatedSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await app.db.transaction().execute((trx) =>
        inviteUser(trx, request.auditContext(), actor, { ...request.body, baseUrl: app.config.baseUrl }),
      );
      reply.header('Location', `/api/v1/invitations/${created.id}`);
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/invitations/:invitationId',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Trek een uitnodiging in (beheerder)',
        params: InvitationParamsSchema,
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => revokeInvitation(trx, request.auditContext(), actor, request.params.invitationId));
      return reply.code(204).send();
    },
  );

  app.post(
    '/invitations/lookups',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Wat een uitnodigingslink inhoudt (voor de pagina "uitnodiging accepteren")',
        security: [],
        body: InvitationLookupBodySchema,
        response: { 200: InvitationLookupSchema, ...problems(404) },
      },
    },
    async (request) => lookUpInvitation(app.db, request.body.token),
  );

  app.post(
    '/invitations/acceptances',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Accepteer een uitnodiging en kies een wachtwoord; logt meteen in',
        security: [],
        body: AcceptInvitationBodySchema,
        response: { 201: InvitationAcceptedSchema, ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      const { user, session } = await app.db
        .transaction()
        .execute((trx) => acceptInvitation(trx, request.auditContext(), request.body, { ip: request.ip, userAgent: request.headers['user-agent'] }));
      setSessionCookie(reply, session.token, session.expiresAt, app.config.secureCookies);
      return reply.code(201).send({ userId: user.id });
    },
  );
};
