import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The operations anyone may call without signing in; every other operation is authenticated by
 * default (the route declares `config: { public: true }` to be one of these).
 */
const PUBLIC_OPERATIONS = new Set([
  'POST /sessions',
  'POST /password-resets',
  'POST /password-resets/confirmations',
  'POST /invitations/lookups',
  'POST /invitations/acceptances',
  'GET /consents/{token}',
  'POST /consents/{token}',
  'GET /satisfaction/{token}',
  'POST /satisfaction/{token}',
  // A party's date poll for the first session, through their personal link (ADR 0020).
  'GET /poll-links/{token}',
  'PUT /poll-links/{token}/answers',
  'GET /calendar-feeds/{token}/sessions.ics',
  'GET /branding',
  // Single sign-on: the sign-in page's buttons, the way out to the provider and back (ADR 0016).
  'GET /sign-in-options',
  'GET /sso-providers/{providerId}/sign-in',
  'GET /sso/callback',
  // The public directory of pools and initiatives, and its open data (issue 15, item 3).
  'GET /directory',
  'GET /directory/municipalities',
  'GET /directory/search',
  'GET /directory/pools/{poolId}',
  'GET /directory/pools/{poolId}/open-data.json',
  'GET /directory/pools/{poolId}/open-data.csv',
  // The public front door (issue 15, item 4): municipalities, advice, self-referral, status link.
  'GET /front-door/municipalities',
  'POST /front-door/advice',
  'POST /front-door/self-referrals',
  'GET /front-door/status/{token}',
]);

/** Malformed in every way the validator would otherwise complain about first. */
const GARBAGE_QUERY = '?page=-1&pageSize=nope&status=%00&from=x&to=y&year=0&month=13&q=%27&unknown=1';
const GARBAGE_BODY = { '\u0000': 1, nope: 'x'.repeat(5000), year: 'x', cents: -1, date: '2026-02-30', roles: ['king'] };

/**
 * Someone not signed in gets 401 on every operation that is not public, before anything about the
 * request is checked: garbage ids, query strings and bodies do not turn it into a 400.
 */
describe('anonymous calls: 401 before validation, on every operation but the public ones', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
  });
  after(() => t.close());

  test('every non-public operation of the OpenAPI document answers 401 with a problem', async () => {
    const anonymous = new Agent(t.app);
    const doc = (await anonymous.get('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    // Paths relative to /api/v1 (the server URL carries the version), whether or not the document lists them so.
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1(?=\/)/, '')}`));
    assert.ok(ops.length >= 100, `found ${ops.length} operations`);
    for (const op of PUBLIC_OPERATIONS) assert.ok(ops.includes(op), `the public operation ${op} is in the document`);
    // What the document declares public (`security: []`) is exactly the list above: a new public route is a decision.
    const declaredPublic = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods as Record<string, { security?: unknown[] }>)
        .filter(([, op]) => Array.isArray(op.security) && op.security.length === 0)
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1(?=\/)/, '')}`),
    );
    assert.deepEqual(new Set(declaredPublic), PUBLIC_OPERATIONS);

    const failures: string[] = [];
    for (const op of ops.filter((o) => !PUBLIC_OPERATIONS.has(o))) {
      const [method, path] = op.split(' ') as [string, string];
      const url = '/api/v1' + path.replace(/\{\w+\}/g, encodeURIComponent("'; DROP TABLE x;--")) + GARBAGE_QUERY;
      const withBody = method !== 'GET' && method !== 'DELETE';
      const res = await anonymous.request({ method, url, ...(withBody ? { payload: JSON.stringify(GARBAGE_BODY), headers: { 'content-type': 'application/json' } } : {}) });
      if (res.statusCode !== 401 || !String(res.headers['content-type']).startsWith('application/problem+json')) {
        failures.push(`${op}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('the public operations, the documentation and the health checks stay open', async () => {
    const anonymous = new Agent(t.app);
    assert.equal((await anonymous.get('/api/v1/openapi.json')).statusCode, 200);
    assert.notEqual((await anonymous.get('/api/v1/docs/')).statusCode, 401);
    assert.equal((await anonymous.get('/healthz')).statusCode, 200);
    assert.equal((await anonymous.get('/api/v1/branding')).statusCode, 200);
    // A public operation still validates its input (400, not 401).
    assert.equal((await anonymous.post('/api/v1/sessions', { email: 5 })).statusCode, 400);
    assert.equal((await anonymous.post('/api/v1/password-resets', {})).statusCode, 400);
    // An unknown API path is 404 for anyone.
    assert.equal((await anonymous.get('/api/v1/does-not-exist')).statusCode, 404);
  });
});
