import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { notFound } from '../http/problem.js';
import { sendProblem } from './problem-handler.js';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../../dist/web');

/**
 * Serves the built React app. Unknown paths outside /api get index.html, so deep links work and the
 * app shows its own 404 page; unknown /api paths get a problem+json 404.
 */
export const staticWeb = fp(async (app: FastifyInstance, opts: { dir?: string }) => {
  const dir = opts.dir ?? WEB_DIST;
  const hasWeb = existsSync(path.join(dir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: dir, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url.startsWith('/api/');
    if (!isApi && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', dir, { maxAge: 0 });
    }
    if (!isApi && !hasWeb) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('De webapp is nog niet gebouwd. Voer "npm run build" uit (npm start doet dat vanzelf).');
    }
    return sendProblem(request, reply, notFound('Deze pagina of dit API-pad bestaat niet.'));
  });
});
