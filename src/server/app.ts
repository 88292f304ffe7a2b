import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from './db/database.js';
import type { Config } from './config.js';
import { securityHeaders } from './plugins/security-headers.js';
import { problemHandler } from './plugins/problem-handler.js';
import { openapi } from './plugins/openapi.js';
import { authentication } from './plugins/authentication.js';
import { secondFactorGate } from './plugins/second-factor-gate.js';
import { traceContext } from './plugins/trace-context.js';
import { personalDataAudit } from './plugins/personal-data-audit.js';
import { staticWeb } from './plugins/static-web.js';
import { compression } from './plugins/compression.js';
import { registerModules } from './modules/index.js';
import { validatorCompiler } from './http/validator.js';
import { redactUrl } from './http/redact-url.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: AppConfig;
  }
}

/** The parts of the configuration the HTTP app needs; tests pass a small literal. */
export type AppConfig = Pick<Config, 'baseUrl' | 'secureCookies' | 'sessionSecret' | 'mailFrom'>;

export interface BuildAppOptions {
  db: Database;
  config: AppConfig;
  logger?: FastifyServerOptions['logger'];
  /** Directory of the built web app; defaults to dist/web. */
  webDir?: string;
  trustProxy?: boolean;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Request logs keep the method and path, but never the secret in a party's or invitee's link. */
function withRedactedUrls(logger: NonNullable<FastifyServerOptions['logger']>): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  const options = logger === true ? {} : logger;
  return {
    ...options,
    serializers: {
      ...options.serializers,
      req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip }),
    },
  };
}

/** Builds the whole Mediatorpool HTTP app; main.ts listens on it, tests inject into it. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withRedactedUrls(opts.logger ?? false),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: opts.trustProxy ?? false,
    // Never trust a client-chosen request id: it ends up in logs and the audit trail.
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.decorate('db', opts.db);
  app.decorate('config', opts.config);

  // Before every route and @fastify/static, so its onSend hook sees their answers.
  await app.register(compression);
  await app.register(cookie, { secret: opts.config.sessionSecret });
  await app.register(securityHeaders, { https: opts.config.secureCookies });
  await app.register(problemHandler);
  await app.register(openapi, { baseUrl: opts.config.baseUrl });
  await app.register(traceContext);
  await app.register(authentication);
  await app.register(secondFactorGate);
  await app.register(personalDataAudit);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await app.db.selectFrom('pool').select('id').limit(1).execute();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });

  await app.register(registerModules, { prefix: '/api/v1' });
  await app.register(staticWeb, { ...(opts.webDir ? { dir: opts.webDir } : {}) });
  return app;
}
