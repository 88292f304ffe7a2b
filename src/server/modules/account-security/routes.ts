import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { NoContent, problems } from '../../../contract/common.js';
import { UserParamsSchema } from '../../../contract/users.js';
import {
  EnrolmentResultSchema,
  PasskeyAddedSchema,
  PasskeyParamsSchema,
  PasskeyRegistrationSchema,
  RecoveryCodesSchema,
  SecondStepCodeSchema,
  SecondStepPasskeySchema,
  SecurityOverviewSchema,
  SessionParamsSchema,
  SignedInSessionListSchema,
  TotpConfirmationSchema,
  TotpEnrolmentSchema,
  UserSecuritySchema,
  WebAuthnOptionsSchema,
} from '../../../contract/account-security.js';
import { clearSessionCookie, requireActor } from '../../plugins/authentication.js';
import { SECOND_FACTOR_STEP } from '../../plugins/second-factor-gate.js';
import { REMEMBERED_DEVICE_COOKIE } from '../../auth/second-factor.js';
import { beginTotpEnrolment } from './commands/begin-totp-enrolment.js';
import { confirmTotpEnrolment } from './commands/confirm-totp-enrolment.js';
import { removeTotp } from './commands/remove-totp.js';
import { regenerateRecoveryCodes } from './commands/regenerate-recovery-codes.js';
import { beginPasskeyRegistration } from './commands/begin-passkey-registration.js';
import { addPasskey } from './commands/add-passkey.js';
import { removePasskey } from './commands/remove-passkey.js';
import { verifySecondStepCode } from './commands/verify-second-step-code.js';
import { beginPasskeySignIn } from './commands/begin-passkey-sign-in.js';
import { verifyPasskeySignIn } from './commands/verify-passkey-sign-in.js';
import { endOwnSession } from './commands/end-own-session.js';
import { resetSecondFactor } from './commands/reset-second-factor.js';
import { endAllSessions } from './commands/end-all-sessions.js';
import type { RememberedDevice } from './commands/pass-second-step.js';
import { getSecurityOverview } from './queries/get-security-overview.js';
import { listOwnSessions } from './queries/list-own-sessions.js';
import { getUserSecurity } from './queries/get-user-security.js';
import { relyingParty } from './webauthn.js';

/** Routes a session that must enrol may use (ADR 0015), and those of the second step. */
const ENROL = { [SECOND_FACTOR_STEP]: ['enrol'] };
const VERIFY = { [SECOND_FACTOR_STEP]: ['verify'] };
const TAGS = ['Beveiliging'];

/** Two-factor sign-in, passkeys, recovery codes and one's sessions; an administrator's reset and "end all sessions". */
export const accountSecurityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rp = () => relyingParty(app.config.baseUrl);
  const rememberDevice = (reply: FastifyReply, device: RememberedDevice | null) => {
    if (!device) return;
    reply.setCookie(REMEMBERED_DEVICE_COOKIE, device.token, {
      path: '/api/v1/sessions',
      httpOnly: true,
      sameSite: 'strict',
      secure: app.config.secureCookies,
      signed: true,
      expires: device.expiresAt,
    });
  };

  app.get(
    '/me/security',
    { schema: { tags: TAGS, summary: 'Uw tweede factor: app, passkeys en herstelcodes', ...ENROL, response: { 200: SecurityOverviewSchema, ...problems(401) } } },
    async (request) => getSecurityOverview(app.db, requireActor(request)),
  );

  app.post(
    '/me/security/totp',
    {
      schema: {
        tags: TAGS,
        summary: 'Begin met een authenticator-app: QR-code en sleutel, alleen nu getoond',
        ...ENROL,
        response: { 201: TotpEnrolmentSchema, ...problems(401, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const enrolment = await app.db.transaction().execute((trx) => beginTotpEnrolment(trx, request.auditContext(), actor, app.config.sessionSecret));
      return reply.code(201).send(enrolment);
    },
  );

  app.post(
    '/me/security/totp/confirmation',
    {
      schema: {
        tags: TAGS,
        summary: 'Bevestig de authenticator-app met een eerste code',
        ...ENROL,
        body: TotpConfirmationSchema,
        response: { 200: EnrolmentResultSchema, ...problems(401, 409, 429) },
      },
    },
    // Its own transactions: a wrong code is counted and recorded although the request fails.
    async (request) =>
      confirmTotpEnrolment(app.db, request.auditContext(), requireActor(request), { code: request.body.code, ip: request.ip, serverSecret: app.config.sessionSecret }),
  );

  app.delete(
    '/me/security/totp',
    { schema: { tags: TAGS, summary: 'Verwijder uw authenticator-app', response: { 204: NoContent, ...problems(401, 404, 409) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeTotp(trx, request.auditContext(), actor));
      return reply.code(204).send();
    },
  );

  app.post(
    '/me/security/recovery-codes',
    { schema: { tags: TAGS, summary: 'Maak nieuwe herstelcodes; de oude vervallen', response: { 201: RecoveryCodesSchema, ...problems(401, 409) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.code(201).send(await app.db.transaction().execute((trx) => regenerateRecoveryCodes(trx, request.auditContext(), actor)));
    },
  );

  app.post(
    '/me/security/passkey-options',
    { schema: { tags: TAGS, summary: 'Opties om een passkey te maken (WebAuthn)', ...ENROL, response: { 200: WebAuthnOptionsSchema, ...problems(401, 409) } } },
    async (request) => beginPasskeyRegistration(app.db, requireActor(request), rp()),
  );

  app.post(
    '/me/security/passkeys',
    {
      schema: {
        tags: TAGS,
        summary: 'Voeg een passkey toe met het antwoord van de browser',
        ...ENROL,
        body: PasskeyRegistrationSchema,
        response: { 201: PasskeyAddedSchema, ...problems(401, 409) },
      },
    },
    async (request, reply) => {
      const added = await addPasskey(app.db, request.auditContext(), requireActor(request), rp(), request.body);
      reply.header('Location', `/api/v1/me/security/passkeys/${added.passkey.id}`);
      return reply.code(201).send(added);
    },
  );

  app.delete(
    '/me/security/passkeys/:passkeyId',
    { schema: { tags: TAGS, summary: 'Verwijder een passkey', params: PasskeyParamsSchema, response: { 204: NoContent, ...problems(401, 404, 409) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removePasskey(trx, request.auditContext(), actor, request.params.passkeyId));
      return reply.code(204).send();
    },
  );

  app.post(
    '/sessions/current/second-factor',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Tweede stap van het inloggen: een code uit uw app of een herstelcode',
        ...VERIFY,
        body: SecondStepCodeSchema,
        response: { 204: NoContent, ...problems(401, 409, 429) },
      },
    },
    async (request, reply) => {
      const device = await verifySecondStepCode(app.db, request.auditContext(), requireActor(request), {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        serverSecret: app.config.sessionSecret,
      });
      rememberDevice(reply, device);
      return reply.code(204).send();
    },
  );

  app.post(
    '/sessions/current/passkey-options',
    { schema: { tags: ['Sessies'], summary: 'Opties om in te loggen met een passkey (WebAuthn)', ...VERIFY, response: { 200: WebAuthnOptionsSchema, ...problems(401, 409) } } },
    async (request) => beginPasskeySignIn(app.db, requireActor(request), rp()),
  );

  app.post(
    '/sessions/current/passkey',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Tweede stap van het inloggen met een passkey',
        ...VERIFY,
        body: SecondStepPasskeySchema,
        response: { 204: NoContent, ...problems(401, 409, 429) },
      },
    },
    async (request, reply) => {
      const device = await verifyPasskeySignIn(app.db, request.auditContext(), requireActor(request), rp(), {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      rememberDevice(reply, device);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me/sessions',
    { schema: { tags: TAGS, summary: 'Uw ingelogde apparaten en sessies', response: { 200: SignedInSessionListSchema, ...problems(401) } } },
    async (request) => listOwnSessions(app.db, requireActor(request)),
  );

  app.delete(
    '/me/sessions/:sessionId',
    { schema: { tags: TAGS, summary: 'Meld een van uw sessies af', params: SessionParamsSchema, response: { 204: NoContent, ...problems(401, 404) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const ended = await app.db.transaction().execute((trx) => endOwnSession(trx, request.auditContext(), actor, request.params.sessionId));
      if (ended.current) clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/users/:userId/security',
    {
      schema: {
        tags: TAGS,
        summary: 'Tweede factor en sessies van een gebruiker (beheerder; aantallen, nooit geheimen)',
        params: UserParamsSchema,
        response: { 200: UserSecuritySchema, ...problems(401, 404) },
      },
    },
    async (request) => getUserSecurity(app.db, requireActor(request), request.params.userId),
  );

  app.delete(
    '/users/:userId/second-factor',
    {
      schema: {
        tags: TAGS,
        summary: 'Herstel de tweede factor van een gebruiker: app, passkeys, herstelcodes en sessies vervallen',
        params: UserParamsSchema,
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => resetSecondFactor(trx, request.auditContext(), actor, request.params.userId));
      return reply.code(204).send();
    },
  );

  app.delete(
    '/users/:userId/sessions',
    {
      schema: { tags: TAGS, summary: 'Beëindig alle sessies van een gebruiker', params: UserParamsSchema, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const ended = await app.db.transaction().execute((trx) => endAllSessions(trx, request.auditContext(), actor, request.params.userId));
      if (ended.current) clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );
};
