import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  SignInOptionsSchema,
  SignInPolicySchema,
  SignInPolicyUpdateSchema,
  SsoCallbackQuerySchema,
  SsoProviderCreateSchema,
  SsoProviderListSchema,
  SsoProviderParamsSchema,
  SsoProviderSchema,
  SsoProviderUpdateSchema,
} from '../../../contract/single-sign-on.js';
import { requireActor } from '../../plugins/authentication.js';
import { SECOND_FACTOR_STEP } from '../../plugins/second-factor-gate.js';
import { setSessionCookie } from '../../auth/sessions.js';
import { listSsoProviders } from './queries/list-sso-providers.js';
import { getSsoProvider } from './queries/get-sso-provider.js';
import { getSignInPolicy, listSignInOptions } from './queries/sign-in-policy.js';
import { createSsoProvider, deleteSsoProvider, updateSsoProvider } from './commands/save-sso-provider.js';
import { setSignInPolicy } from './commands/set-sign-in-policy.js';
import { startSsoSignIn } from './commands/start-sso-sign-in.js';
import { finishSsoSignIn } from './commands/finish-sso-sign-in.js';
import { presentSsoProvider } from './present-sso-provider.js';
import { setFlowCookie, takeFlowCookie } from './flow-cookie.js';

const Redirect = Type.Unsafe<void>({ description: 'Doorverwijzing (Location)' });
const failurePage = (failure: string) => `/inloggen?sso-fout=${encodeURIComponent(failure)}`;
/** A browser with a password session still waiting for its second step may sign in through a provider instead. */
const ANY_STEP = { [SECOND_FACTOR_STEP]: ['verify', 'enrol'] };

/**
 * Single sign-on with OpenID Connect: the sign-in page's buttons, the way out to the provider and
 * back, and the administrators' configuration of providers and of password sign-in.
 */
export const singleSignOnRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/sign-in-options',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'De inlogdiensten (single sign-on) voor de inlogpagina',
        ...ANY_STEP,
        security: [],
        response: { 200: SignInOptionsSchema, ...problems() },
      },
    },
    async () => listSignInOptions(app.db),
  );

  app.get(
    '/sso-providers/:providerId/sign-in',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Begin met inloggen via een inlogdienst: doorverwijzing naar de dienst',
        ...ANY_STEP,
        security: [],
        params: SsoProviderParamsSchema,
        response: { 303: Redirect, ...problems() },
      },
    },
    async (request, reply) => {
      const started = await startSsoSignIn(app.db, request.params.providerId, { baseUrl: app.config.baseUrl, sessionSecret: app.config.sessionSecret });
      if (!started.ok) {
        request.log.warn({ providerId: request.params.providerId, why: started.why }, 'single sign-on not started');
        return reply.redirect(failurePage(started.failure), 303);
      }
      setFlowCookie(reply, started.flow, app.config.secureCookies);
      return reply.redirect(started.location, 303);
    },
  );

  app.get(
    '/sso/callback',
    {
      schema: {
        tags: ['Sessies'],
        summary: 'Terugkeer van de inlogdienst (redirect URI): controleert het antwoord en logt in',
        ...ANY_STEP,
        security: [],
        querystring: SsoCallbackQuerySchema,
        response: { 303: Redirect, ...problems() },
      },
    },
    async (request, reply) => {
      const result = await finishSsoSignIn(app.db, request.auditContext(), {
        flow: takeFlowCookie(request, reply),
        query: request.query,
        callbackUrl: new URL(request.url, app.config.baseUrl),
        sessionSecret: app.config.sessionSecret,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      if (!result.ok) return reply.redirect(failurePage(result.failure), 303);
      setSessionCookie(reply, result.token, result.expiresAt, app.config.secureCookies);
      return reply.redirect('/', 303);
    },
  );

  app.get(
    '/sso-providers',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'De inlogdiensten van de pool (beheerder)',
        response: { 200: SsoProviderListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listSsoProviders(app.db, requireActor(request), app.config.baseUrl),
  );

  app.post(
    '/sso-providers',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Voeg een inlogdienst (OpenID Connect) toe (beheerder)',
        body: SsoProviderCreateSchema,
        response: { 201: SsoProviderSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => createSsoProvider(trx, request.auditContext(), actor, request.body, app.config.sessionSecret));
      return reply
        .code(201)
        .header('location', `/api/v1/sso-providers/${id}`)
        .send(await getSsoProvider(app.db, actor, id, app.config.baseUrl));
    },
  );

  app.get(
    '/sso-providers/:providerId',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Eén inlogdienst van de pool (beheerder); nooit het clientgeheim',
        params: SsoProviderParamsSchema,
        response: { 200: SsoProviderSchema, ...problems(401, 404) },
      },
    },
    async (request) => getSsoProvider(app.db, requireActor(request), request.params.providerId, app.config.baseUrl),
  );

  app.patch(
    '/sso-providers/:providerId',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Wijzig een inlogdienst (beheerder); een nieuw clientgeheim vervangt het oude',
        params: SsoProviderParamsSchema,
        body: SsoProviderUpdateSchema,
        response: { 200: SsoProviderSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await app.db
        .transaction()
        .execute((trx) => updateSsoProvider(trx, request.auditContext(), actor, request.params.providerId, request.body, app.config.sessionSecret));
      return presentSsoProvider(actor, row, app.config.baseUrl);
    },
  );

  app.delete(
    '/sso-providers/:providerId',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Verwijder een inlogdienst (beheerder); de accounts blijven',
        params: SsoProviderParamsSchema,
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => deleteSsoProvider(trx, request.auditContext(), actor, request.params.providerId));
      return reply.code(204).send();
    },
  );

  app.get(
    '/sign-in-policy',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Of de pool nog met wachtwoorden inlogt (beheerder)',
        response: { 200: SignInPolicySchema, ...problems(401, 403) },
      },
    },
    async (request) => getSignInPolicy(app.db, requireActor(request)),
  );

  app.put(
    '/sign-in-policy',
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Zet inloggen met wachtwoord aan of uit voor de pool (beheerder)',
        body: SignInPolicyUpdateSchema,
        response: { 200: SignInPolicySchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => setSignInPolicy(trx, request.auditContext(), actor, request.body.passwordSignIn));
      return getSignInPolicy(app.db, actor);
    },
  );
};
