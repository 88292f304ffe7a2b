import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { CurrentSessionSchema, LoginBodySchema, PasswordResetConfirmationSchema, PasswordResetRequestSchema } from '../../../contract/auth.js';
import { logIn } from './commands/log-in.js';
import { logOut } from './commands/log-out.js';
import { requestPasswordReset } from './commands/request-password-reset.js';
import { resetPassword } from './commands/reset-password.js';
import { currentSession, sessionAfterLogIn } from './queries/current-session.js';
import { clearSessionCookie, requireActor } from '../../plugins/authentication.js';
import { setSessionCookie } from '../../auth/sessions.js';
import { REMEMBERED_DEVICE_COOKIE } from '../../auth/second-factor.js';
import { unsignedCookie } from '../../http/cookies.js';
import { SECOND_FACTOR_STEP } from '../../plugins/second-factor-gate.js';

/** Logging in and out, the current session, and password reset by e-mailed link. */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/sessions',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        security: [],
        body: LoginBodySchema,
        response: { 201: CurrentSessionSchema, ...problems(401, 403, 429) },
      },
    },
    async (request, reply) => {
      const session = await logIn(app.db, request.auditContext(), {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        rememberedDevice: unsignedCookie(request, REMEMBERED_DEVICE_COOKIE),
      });
      setSessionCookie(reply, session.token, session.expiresAt, app.config.secureCookies);
      return reply.code(201).send(await sessionAfterLogIn(app.db, session));
    },
  );

  app.get(
    '/sessions/current',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'De ingelogde gebruiker, de CSRF-code en wat de gebruiker mag openen',
        // Also while the second step or enrolment is pending (ADR 0015): the web learns which.
        [SECOND_FACTOR_STEP]: ['verify', 'enrol'],
        response: { 200: CurrentSessionSchema, ...problems(401) },
      },
    },
    async (request) => currentSession(app.db, requireActor(request)),
  );

  app.delete(
    '/sessions/current',
    { schema: { tags: ['Sessies'], summary: 'Uitloggen', [SECOND_FACTOR_STEP]: ['verify', 'enrol'], response: { 204: NoContent, ...problems(401) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => logOut(trx, request.auditContext(), actor));
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
        body: PasswordResetRequestSchema,
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
        body: PasswordResetConfirmationSchema,
        response: { 204: NoContent, ...problems(404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) => resetPassword(trx, request.auditContext(), request.body));
      return reply.code(204).send();
    },
  );
};
