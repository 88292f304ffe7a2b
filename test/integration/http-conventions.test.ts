import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles } from '../helpers/factories.js';

interface Operation {
  requestBody?: { content: Record<string, unknown> };
  parameters?: unknown[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, { $ref?: string; schema?: unknown }> }>;
}

describe('HTTP and API conventions', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
  before(async () => {
    t = await createTestApp('pglite');
    world = await createPoolWithRoles(t.handle.db);
  });
  after(() => t.close());

  test('the OpenAPI document has contact, a semver version, and every operation declares its responses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.match(doc.openapi, /^3\./);
    assert.match(doc.info.version, /^\d+\.\d+\.\d+$/);
    assert.ok(doc.info.contact.name && doc.info.contact.email && doc.info.contact.url);
    const ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    assert.ok(ops.length >= 20, `expected the whole API, got ${ops.length} operations`);
    // NL API Design Rules /core/uri-version: the major version is in the server URL, the paths are relative to it.
    assert.equal(doc.servers.length, 1);
    assert.match(doc.servers[0].url, /\/api\/v1$/);
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(path.startsWith('/') && !path.startsWith('/api/'), `${where} is relative to the server URL`);
      const codes = Object.keys(op.responses);
      // A browser's way out to a sign-in service and back answers with a redirect (303) only.
      assert.ok(codes.some((c) => c.startsWith('2') || c === '303'), `${where} declares a success response`);
      const errors = codes.filter((c) => /^[45]/.test(c));
      assert.ok(errors.length > 0, `${where} declares error responses`);
      for (const c of errors) {
        assert.deepEqual(Object.keys(op.responses[c]!.content ?? {}), ['application/problem+json'], `${where} ${c} is problem+json`);
      }
      // /core/version-header: every success response declares the API-Version header it carries.
      for (const c of codes.filter((code) => /^[23]/.test(code))) {
        const header = op.responses[c]!.headers?.['API-Version'];
        const declared = header?.$ref ? doc.components.headers?.[header.$ref.replace('#/components/headers/', '')] : header;
        assert.ok(declared?.schema, `${where} ${c} declares the API-Version header`);
      }
      if (['post', 'put', 'patch'].includes(method) && op.requestBody) {
        assert.ok(op.requestBody.content['application/json'], `${where} has a JSON request schema`);
      }
    }
  });

  test('the browsable API docs page is served', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/html/);
  });

  test('security headers, API-Version, request id and no-store on API responses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/branding' });
    assert.equal(res.headers['api-version'], '1.0.0');
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.match(res.headers['content-security-policy'] as string, /frame-ancestors 'none'/);
    assert.ok(res.headers['x-request-id']);
    assert.equal(res.headers['strict-transport-security'], undefined, 'no HSTS over plain http');
  });

  test('problems carry type, title, status, detail, instance and the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/does-not-exist?x=1' });
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
    const p = res.json();
    assert.equal(p.type, 'urn:mediatorpool:problem:not-found');
    assert.equal(p.status, 404);
    assert.equal(p.instance, '/api/v1/does-not-exist');
    assert.equal(p.requestId, res.headers['x-request-id']);
    assert.ok(p.title && p.detail);
  });

  test('malformed JSON, wrong types, wrong content type and oversized bodies are 4xx and change nothing', async () => {
    const login = (payload: string, type = 'application/json') =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload, headers: { 'content-type': type } });
    assert.equal((await login('{"email": ')).statusCode, 400);
    const wrongTypes = await login(JSON.stringify({ email: 42, password: ['x'] }));
    assert.equal(wrongTypes.statusCode, 400);
    assert.deepEqual(wrongTypes.json().invalidParams.map((p: { name: string }) => p.name).sort(), ['email', 'password']);
    assert.equal((await login('email=a', 'application/x-www-form-urlencoded')).statusCode, 415);
    const huge = await login(JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(2 * 1024 * 1024) }));
    assert.equal(huge.statusCode, 413);
    const attempts = await t.handle.db.selectFrom('login_attempt').select('id').execute();
    assert.equal(attempts.length, 0);
  });

  test('SQL and HTML meta-characters are stored and returned verbatim, never interpreted', async () => {
    const admin = await new Agent(t.app).login(world.users.admin.email, world.users.admin.password);
    const nasty = `Robert'); DROP TABLE app_user;-- <script>alert(1)</script> "\\ %_`;
    const res = await admin.patch('/api/v1/me', { name: nasty });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().name, nasty);
    const q = await admin.get(`/api/v1/users?q=${encodeURIComponent("'; DROP TABLE app_user;--")}`);
    assert.equal(q.statusCode, 200);
    assert.equal(q.json().total, 0);
    const users = await t.handle.db.selectFrom('app_user').select('id').execute();
    assert.equal(users.length, 5);
  });

  test('health and readiness', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'GET', url: '/readyz' })).json().status, 'ok');
  });
});
