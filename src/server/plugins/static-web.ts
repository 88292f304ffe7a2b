import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { notFound } from '../http/problem.js';
import { sendProblem } from './problem-handler.js';
import { PACKAGE_ROOT } from '../package-root.js';

export const WEB_DIST = path.join(PACKAGE_ROOT, 'dist', 'web');

/** Vite's output under assets/: `name-<8 character hash>.ext` (and its source map). */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+(?:\.map)?$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * A file whose name carries its content hash never changes under that name, so browsers keep it
 * a year without asking again; everything else (index.html above all) is checked on every use.
 */
export function cacheControlFor(dir: string, filePath: string): string {
  const relative = path.relative(dir, filePath).split(path.sep);
  const hashed = relative.length === 2 && relative[0] === 'assets' && HASHED_ASSET.test(relative[1]!);
  return hashed ? IMMUTABLE : 'no-cache';
}

/**
 * Serves the built React app. Unknown paths outside /api get index.html, so deep links work and the
 * app shows its own 404 page; unknown /api paths get a problem+json 404.
 */
export const staticWeb = fp(async (app: FastifyInstance, opts: { dir?: string }) => {
  const dir = opts.dir ?? WEB_DIST;
  const hasWeb = existsSync(path.join(dir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: dir,
      wildcard: false,
      index: false,
      setHeaders: (reply, filePath) => {
        reply.header('Cache-Control', cacheControlFor(dir, filePath));
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url.startsWith('/api/');
    if (!isApi && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      // Not compressed: a not-found handler is no route to @fastify/compress, and index.html is under its 1 kB threshold.
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
