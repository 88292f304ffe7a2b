import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyCompress from '@fastify/compress';

/**
 * Text the server sends (JSON, the web app's JS and CSS, HTML, CSV, iCalendar) is compressed
 * with brotli or gzip when the client asks (docs/adr/0010). Types that are compressed already
 * (PDF, XLSX, images, fonts, uploaded documents sent as octet-stream) go out as they are:
 * compressing them again costs CPU for nothing. Responses under 1 kB are not worth it.
 */
const COMPRESSIBLE = /^text\/(?!event-stream)|(?:\+|\/)json(?:;|$)|(?:\+|\/)text(?:;|$)|(?:\+|\/)xml(?:;|$)/u;

export const compression = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Anything else is decided by mime-db's "compressible" flag (application/javascript yes, application/pdf no).
    customTypes: COMPRESSIBLE,
    // Requests are not inflated: a small gzip body could otherwise unpack past the body limit's intent.
    globalDecompression: false,
  });
});
