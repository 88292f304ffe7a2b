import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { createTestDatabase, type Engine } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  engine: Engine;
  close(): Promise<void>;
}

export const TEST_BASE_URL = 'http://mediatorpool.test';

/** The real app with the tests' configuration on an open database (the same secret for every instance). */
export async function buildTestApp(db: DatabaseHandle['db']): Promise<FastifyInstance> {
  const app = await buildApp({
    db,
    config: {
      baseUrl: TEST_BASE_URL,
      secureCookies: false,
      sessionSecret: 'test-secret-test-secret-test-secret-123',
      mailFrom: 'Mediatorpool test <test@mediatorpool.test>',
    },
  });
  await app.ready();
  return app;
}

/** The real app on a fresh database; close it in `after`. */
export async function createTestApp(engine: Engine = 'pglite'): Promise<TestApp> {
  const handle = await createTestDatabase(engine);
  const app = await buildTestApp(handle.db);
  return {
    app,
    handle,
    engine,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** A signed-in browser-like client: keeps the session cookie and sends the CSRF code on writes. */
export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async login(email: string, password: string): Promise<this> {
    const res = await this.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
    if (res.statusCode !== 201) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
    this.takeCookie(res);
    this.csrf = res.json().csrfToken;
    return this;
  }

  takeCookie(res: LightMyRequestResponse): void {
    const set = res.cookies.find((c) => c.name === 'mp_session');
    if (set) this.cookie = set.value ? `mp_session=${set.value}` : undefined;
  }

  async request(opts: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && opts.method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    return this.app.inject({ ...opts, headers });
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  patch = (url: string, payload: unknown) => this.request({ method: 'PATCH', url, payload: payload as object });
  put = (url: string, payload: unknown) => this.request({ method: 'PUT', url, payload: payload as object });
  delete = (url: string) => this.request({ method: 'DELETE', url });
}
