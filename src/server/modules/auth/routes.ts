import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Email, NoContent, Nullable, Obj, problems } from '../../../contract/common.js';
import { logIn } from './commands/log-in.js';
import { requestPasswordReset } from './commands/request-password-reset.js';
import { resetPassword } from './commands/reset-password.js';
import { clearSessionCookie, requireActor } from '../../plugins/authentication.js';
import { setSessionCookie } from '../../auth/sessions.js';
import { findUser } from '../users/queries.js';
import { presentUser, UserSchema } from '../users/present-user.js';
import { writeAudit } from '../../audit/write-audit.js';
import { PASSWORD_MAX_LENGTH } from '../../../domain/password-rules.js';

const PoolBrand = Obj({ id: Type.String(), name: Type.String(), colour: Type.String() });
const CurrentSession = Obj({ user: UserSchema, csrfToken: Nullable(Type.String()), pool: PoolBrand });

/** Logging in and out, the current session, and password reset by e-mailed link. */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const currentSession = async (userId: string, poolId: string, csrfToken: string | null) => {
    const user = await findUser(app.db, poolId, userId);
    const pool = await app.db.selectFrom('pool').select(['id', 'name', 'colour']).where('id', '=', poolId).executeTakeFirstOrThrow();
    return { user: presentUser(user!), csrfToken, pool };
  };

  app.post(
    '/sessions',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        security: [],
        body: Obj({ email: Email, password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }) }),
        response: { 201: CurrentSession, ...problems(401, 429) },
      },
    },
    async (request, reply) => {
      const session = await logIn(app.db, request.auditContext(), {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, session.token, session.expiresAt, app.config.secureCookies);
      const user = await app.db.selectFrom('app_user').select('pool_id').where('id', '=', session.userId).executeTakeFirstOrThrow();
      return reply.code(201).send(await currentSession(session.userId, user.pool_id, session.csrfToken));
    },
  );

  app.get(
    '/sessions/current',
    { schema: { tags: ['Sessies'], summary: 'De ingelogde gebruiker en de CSRF-code', response: { 200: CurrentSession, ...problems(401) } } },
    async (request) => {
      const actor = requireActor(request);
      return currentSession(actor.userId, actor.poolId, actor.csrfToken ?? null);
    },
  );

  app.delete(
    '/sessions/current',
    { schema: { tags: ['Sessies'], summary: 'Uitloggen', response: { 204: NoContent, ...problems(401) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.sessionId) {
        await app.db.transaction().execute(async (trx) => {
          await trx.deleteFrom('user_session').where('id', '=', actor.sessionId!).execute();
          await writeAudit(trx, request.auditContext(), { action: 'logout', objectType: 'session', objectId: actor.userId });
        });
      }
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/password-resets',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Vraag een link aan om een nieuw wachtwoord in te stellen',
        description: 'Antwoordt altijd 202, ook als het adres onbekend is: zo verraadt het niet welke accounts bestaan.',
        security: [],
        body: Obj({ email: Email }),
        response: { 202: NoContent, ...problems() },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) =>
        requestPasswordReset(trx, request.auditContext(), { email: request.body.email, baseUrl: app.config.baseUrl }),
      );
      return reply.code(202).send();
    },
  );

  app.post(
    '/password-resets/confirmations',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Stel een nieuw wachtwoord in met de link uit de e-mail',
        security: [],
        body: Obj({ token: Type.String({ minLength: 10, maxLength: 200 }), password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }) }),
        response: { 204: NoContent, ...problems(404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) => resetPassword(trx, request.auditContext(), request.body));
      return reply.code(204).send();
    },
  );
};
