import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp, type AppConfig } from '../../src/server/app.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { WEB_DIST } from '../../src/server/plugins/static-web.js';
import { createTestDatabase } from './test-database.js';

export { DEMO_PASSWORD };

export interface E2eServer {
  /** e.g. http://127.0.0.1:43121, without a trailing slash. */
  baseUrl: string;
  app: FastifyInstance;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * The real app, in this process, on a fresh in-memory PGlite database with the demo pool,
 * listening on a free port of 127.0.0.1. The web app must be built first (npm run build).
 * `fullDemo` seeds what `npm start` seeds: the registry and a year of cases as well.
 */
export async function startE2eServer(opts: { fullDemo?: boolean } = {}): Promise<E2eServer> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIST} has no index.html). Run "npm run build" first.`);
  }
  const handle = await createTestDatabase('pglite');
  // Usually without the demo mediators: browser tests enter the registry themselves, as a coordinator would.
  await seedDemo(handle.db, { withRegistry: opts.fullDemo ?? false });
  // Links in mails use baseUrl; the port is only known after listening, so it is filled in then.
  const config: AppConfig = {
    baseUrl: 'http://127.0.0.1',
    secureCookies: false,
    sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-123',
    mailFrom: 'Mediatorpool e2e <e2e@mediatorpool.test>',
  };
  // E2E_WEB_DIR: a web build of one's own (`npx vite build --outDir …`), so that several people
  // building at once on one machine do not pull dist/web away from under each other's browser.
  const webDir = process.env.E2E_WEB_DIR;
  const app = await buildApp({ db: handle.db, config, ...(webDir ? { webDir } : {}) });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = address.replace(/\/+$/, '');
  config.baseUrl = baseUrl;
  return {
    baseUrl,
    app,
    handle,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
