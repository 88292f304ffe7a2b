import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/** Sessions, hours and settlement have their own walk through every input (hours-bad-input). */
const WALKED_ELSEWHERE = /\/(sessions|hours|settlements|calendar-feeds?|mediation-agreement|external-costs)(\/|$)/;

/** Bodies of every wrong kind, and well-formed ones with the fields of many operations, wrong. */
const BODIES: unknown[] = [
  {},
  [],
  'x',
  null,
  { status: 'nope', reason: '', note: 'x'.repeat(5000), date: '2026-02-30', name: '   ', email: 'geen-adres', roles: ['king'] },
  { title: '\u0000', description: 5, caseType: 'employment', referralSource: 'hr', referredOn: '9999-12-31', parties: [{}], municipalityId: '11111111-1111-4111-8111-111111111111' },
  { to: 'closed', route: 'everything', contraIndications: ['x'], weights: { fairness: -1 }, reset: 'yes', mediatorId: 'x', coMediatorId: null },
  { decision: 'maybe', partyId: 'x', method: 'pigeon', givenOn: '0000-01-01', declaration: { noInterestInOutcome: 'yes' }, disclosure: 'x'.repeat(5000) },
  { code: 'GM9999', memberSince: '2026-13-01', startsOn: '2026-12-31', endsOn: '2026-01-01', kind: 'x', year: 1e9, cents: -1, csv: '\u0000;;', contentBase64: '%%%' },
  { token: 'x', password: 'a', currentPassword: 1, newPassword: 'x'.repeat(300), locale: 'tlh', label: '', expiresInDays: -5 },
];
const QUERIES = ['', '?page=-1&pageSize=100000', '?status=nope&q=%00%27&municipalityId=x', '?from=x&to=y&year=0', '?page=999999&sort=;DROP'];

/**
 * No input gives a 500, on every operation of the OpenAPI document outside sessions, hours and
 * settlement: real, unknown and garbage ids, malformed bodies and query strings, from a
 * coordinator, an administrator, a mediator and someone not signed in.
 */
describe('the whole API: no 500 on any input', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
    Object.assign(ids, { caseId: c.id, mediatorId: w.profiles.staphorst.id, municipalityId: w.meppel.id, userId: w.users.contactMeppel.id, year: '2026', token: 'x'.repeat(43) });
  });
  after(() => t.close());

  test('every operation, every malformed input: 2xx or 4xx, never 5xx', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { servers: { url: string }[]; paths: Record<string, Record<string, unknown>> };
    // The paths are relative to the server URL, which carries /api/v1.
    const base = new URL(doc.servers[0]!.url).pathname;
    const ops = Object.entries(doc.paths)
      .filter(([path]) => !WALKED_ELSEWHERE.test(path))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ path, method: method.toUpperCase() })));
    assert.ok(ops.length >= 90, `found ${ops.length} operations`);
    const fill = (path: string, how: 'real' | 'random' | 'garbage') =>
      base +
      path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        how === 'real' ? (ids[name] ?? '11111111-1111-4111-8111-111111111111') : how === 'random' ? (name === 'year' ? '2099' : '11111111-1111-4111-8111-111111111111') : encodeURIComponent("'; DROP TABLE x;--%00"),
      );
    const failures: string[] = [];
    let calls = 0;
    for (const { path, method } of ops) {
      for (const who of ['coordinator', 'admin', 'mediatorStaphorst', 'anonymous'] as const) {
        for (const how of ['real', 'random', 'garbage'] as const) {
          // Query strings matter for reads; bodies for writes.
          for (const query of method === 'GET' ? QUERIES : ['']) {
            const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : BODIES;
            for (const body of who === 'anonymous' ? bodies.slice(0, 1) : bodies) {
              const url = `${fill(path, how)}${query}`;
              const res = await a[who].request({ method, url, ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
              calls++;
              if (res.statusCode >= 500) failures.push(`${method} ${url} as ${who} with ${JSON.stringify(body)?.slice(0, 100)}: ${res.statusCode} ${res.body.slice(0, 200)}`);
            }
          }
        }
      }
    }
    assert.ok(calls > 3000, `${calls} calls`);
    assert.deepEqual(failures, []);
  });
});
