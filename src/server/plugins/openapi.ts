import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ProblemSchema } from '../../contract/common.js';
import { API_VERSION } from './security-headers.js';

/** OpenAPI 3 document at /api/v1/openapi.json and a browsable page at /api/v1/docs. */
export const openapi = fp(async (app: FastifyInstance, opts: { baseUrl: string }) => {
  app.addSchema(ProblemSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Mediatorpool API',
        description:
          'API van Mediatorpool: gemeenten delen een pool van mediators. Fouten volgen RFC 9457 (application/problem+json).',
        version: API_VERSION,
        contact: { name: 'Mediatorpool beheer', email: 'beheer@mediatorpool.nl', url: `${opts.baseUrl}/api/v1/docs` },
      },
      servers: [{ url: opts.baseUrl }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'Persoonlijk API-token (Profiel → API-tokens)' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'mp_session' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, {
    routePrefix: '/api/v1/docs',
    staticCSP: true,
    uiConfig: { url: '/api/v1/openapi.json' } as Record<string, unknown>,
  });
});
