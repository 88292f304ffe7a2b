import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { formatTraceparent, parseTraceparent } from '../../domain/processing/trace-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** W3C trace id: the client's `traceparent` trace id, or a new one. Recorded in every audit row. */
    traceId: string;
    /** This request's span within the trace. */
    spanId: string;
  }
}

/**
 * W3C Trace Context for the processing log (Logboek Dataverwerkingen): a municipality's system
 * that sends `traceparent` finds its trace id in our audit rows; every answer names the trace and
 * this request's span in `traceresponse` (Trace Context Level 2), so a caller without a trace of
 * its own can still quote one. The id is only a correlation key: the request id (X-Request-Id)
 * stays our own.
 */
export const traceContext = fp(async (app: FastifyInstance) => {
  app.decorateRequest('traceId', '');
  app.decorateRequest('spanId', '');
  app.addHook('onRequest', async (request) => {
    const parent = parseTraceparent(request.headers.traceparent as string | undefined);
    request.traceId = parent?.traceId ?? randomBytes(16).toString('hex');
    request.spanId = randomBytes(8).toString('hex');
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.traceId) reply.header('traceresponse', formatTraceparent(request.traceId, request.spanId));
  });
});
