import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ProblemSchema } from '../../contract/common.js';
import { API_VERSION } from './security-headers.js';

/** Every route of the API is under this path, which carries the major version. */
const API_BASE_PATH = '/api/v1';

const API_VERSION_HEADER = {
  description: 'De volledige versie van de API (semver), op elk antwoord.',
  required: true,
  schema: { type: 'string', example: API_VERSION },
} as const;

type Operation = { responses?: Record<string, { headers?: Record<string, unknown> }> };

/**
 * NL API Design Rules /core/version-header: every success (and redirect) response declares the
 * API-Version header that security-headers.ts sends on every answer. Done here, once for the
 * whole document, so that no route can leave it out.
 */
function withVersionHeader<T extends object>(doc: T): T {
  const paths = (doc as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const methods of Object.values(paths)) {
    for (const op of Object.values(methods)) {
      for (const [code, response] of Object.entries(op.responses ?? {})) {
        if (!/^[23]/.test(code)) continue;
        op.responses![code] = { ...response, headers: { ...response.headers, 'API-Version': { $ref: '#/components/headers/API-Version' } } };
      }
    }
  }
  return doc;
}

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
      // NL API Design Rules /core/uri-version: the major version is in the server URL; the plugin
      // strips this base path from the routes, so the paths in the document are relative to it.
      servers: [{ url: `${opts.baseUrl}${API_BASE_PATH}` }],
      components: {
        headers: { 'API-Version': API_VERSION_HEADER },
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'Persoonlijk API-token (Profiel → API-tokens)' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'mp_session' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    transformObject: (documentObject) =>
      withVersionHeader('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject),
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  // The document and its browsable page are public (`security: []`, see authentication.ts).
  app.get('/api/v1/openapi.json', { schema: { hide: true, security: [] } }, async () => app.swagger());
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, security: [] };
    });
    await docs.register(swaggerUi, {
      routePrefix: '/api/v1/docs',
      staticCSP: true,
      uiConfig: { url: '/api/v1/openapi.json' } as Record<string, unknown>,
    });
  });
});
