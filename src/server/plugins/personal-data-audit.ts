import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { writeRouteReadAudit } from '../audit/read-audit.js';

declare module 'fastify' {
  interface FastifySchema {
    /**
     * This operation returns personal data; the value is why it is read (Dutch, e.g.
     * 'zaakbehandeling'). It shows in the OpenAPI document, and the hook below makes sure every
     * successful call leaves a read audit row.
     */
    'x-personal-data'?: string;
  }
}

/**
 * Every successful answer of a route whose schema declares `x-personal-data` has a read audit row
 * for its request: the use case writes a precise one through `ensureCanRead` (or `writeAudit` with
 * a purpose, which marks the request's context); where it wrote none, this hook writes one itself (actor, the route's object, the
 * declared purpose) before the answer leaves. A route cannot forget, and a test walks the OpenAPI
 * document to see that every operation that returns personal data declares it.
 */
export const personalDataAudit = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    const purpose = request.routeOptions.schema?.['x-personal-data'];
    if (!purpose || reply.statusCode < 200 || reply.statusCode >= 300) return payload;
    if (request.readAudit?.written || request.readAudit?.own) return payload;
    await writeRouteReadAudit(app.db, request.auditContext(), {
      route: request.routeOptions.url ?? request.url,
      params: (request.params ?? {}) as Record<string, unknown>,
      purpose,
    });
    return payload;
  });
});
