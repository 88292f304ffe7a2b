import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, Email, NoContent, Nullable, Obj, Role, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { canUser } from '../users/policy.js';
import { createInvitation } from './commands/create-invitation.js';
import { acceptInvitation } from './commands/accept-invitation.js';
import { revokeInvitation } from './commands/revoke-invitation.js';
import { findOpenInvitation } from './find-open-invitation.js';
import { createSession, setSessionCookie } from '../../auth/sessions.js';
import { PASSWORD_MAX_LENGTH } from '../../../domain/password-rules.js';
import type { Role as RoleName } from '../../../domain/roles.js';

const InvitationSchema = Obj({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Role),
  municipalityId: Nullable(Uuid),
  status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('revoked'), Type.Literal('expired')]),
  createdAt: DateTime,
  expiresAt: DateTime,
});

const Token = Type.String({ minLength: 10, maxLength: 200 });

/** Invitations: administrators invite, the invitee accepts through a single-use link. */
export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/invitations',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Uitnodigingen van de pool (beheerder)',
        response: { 200: Obj({ items: Type.Array(InvitationSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canUser(actor, 'invite'), 'collection');
      const rows = await app.db.selectFrom('invitation').selectAll().where('pool_id', '=', actor.poolId).orderBy('created_at', 'desc').limit(200).execute();
      const now = Date.now();
      return {
        items: rows.map((r) => ({
          id: r.id,
          email: r.email,
          name: r.name,
          roles: r.roles as RoleName[],
          municipalityId: r.municipality_id,
          status: r.accepted_at ? ('accepted' as const) : r.revoked_at ? ('revoked' as const) : r.expires_at.getTime() < now ? ('expired' as const) : ('open' as const),
          createdAt: r.created_at.toISOString(),
          expiresAt: r.expires_at.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Nodig iemand uit (beheerder)',
        body: Obj({
          email: Email,
          name: Type.String({ minLength: 1, maxLength: 200 }),
          roles: Type.Array(Role, { minItems: 1, maxItems: 5, uniqueItems: true }),
          municipalityId: Nullable(Uuid),
        }),
        response: { 201: Obj({ id: Uuid, acceptUrl: Type.String(), expiresAt: DateTime }), ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canUser(actor, 'invite'), 'collection');
      const { invitation, link } = await app.db.transaction().execute((trx) =>
        createInvitation(trx, request.auditContext(), {
          poolId: actor.poolId,
          email: request.body.email,
          name: request.body.name,
          roles: request.body.roles as RoleName[],
          municipalityId: request.body.municipalityId,
          invitedBy: { userId: actor.userId, name: actor.name },
          baseUrl: app.config.baseUrl,
        }),
      );
      reply.header('Location', `/api/v1/invitations/${invitation.id}`);
      return reply.code(201).send({ id: invitation.id, acceptUrl: link, expiresAt: invitation.expires_at.toISOString() });
    },
  );

  app.delete(
    '/invitations/:invitationId',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Trek een uitnodiging in (beheerder)',
        params: Obj({ invitationId: Uuid }),
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canUser(actor, 'invite', { poolId: actor.poolId }), 'object');
      await app.db.transaction().execute((trx) => revokeInvitation(trx, request.auditContext(), actor.poolId, request.params.invitationId));
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
        body: Obj({ token: Token }),
        response: {
          200: Obj({ email: Type.String(), name: Type.String(), poolName: Type.String(), expiresAt: DateTime, emailEditable: Type.Boolean() }),
          ...problems(404),
        },
      },
    },
    async (request) => {
      const inv = await findOpenInvitation(app.db, request.body.token);
      return { email: inv.email, name: inv.name, poolName: inv.pool_name, expiresAt: inv.expires_at.toISOString(), emailEditable: inv.created_by === null };
    },
  );

  app.post(
    '/invitations/acceptances',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'Accepteer een uitnodiging en kies een wachtwoord; logt meteen in',
        security: [],
        body: Obj({
          token: Token,
          password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          email: Type.Optional(Email),
        }),
        response: { 201: Obj({ userId: Uuid }), ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      const result = await app.db.transaction().execute(async (trx) => {
        const user = await acceptInvitation(trx, request.auditContext(), request.body);
        const session = await createSession(trx, user.id, { ip: request.ip, userAgent: request.headers['user-agent'] });
        return { user, session };
      });
      setSessionCookie(reply, result.session.token, result.session.expiresAt, app.config.secureCookies);
      return reply.code(201).send({ userId: result.user.id });
    },
  );
};
