import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const MINE = /\/(sessions|hours|settlements|calendar-feeds?|mediation-agreement|external-costs)(\/|$)/;

const BODIES: unknown[] = [
  {},
  [],
  'x',
  42,
  null,
  { date: '0000-01-01', start: '00:00', end: '23:59', minutes: 1440, activity: 'session', partyIds: [], period: '0000' },
  { date: '9999-12-31', start: '23:00', end: '23:59', minutes: -1440, note: 'x'.repeat(5000), partyIds: ['00000000-0000-4000-8000-000000000000'] },
  { date: '2026-10-25', start: '02:30', end: '02:45', location: '\u0000;\\,\n', onlineUrl: 'https://x.test/' + 'a'.repeat(600), partyIds: [] },
  { period: '2026-K3', exemptRoutes: ['informal'], reason: '', sequence: -1, signedOn: '2026-13-01', documentId: 'nope' },
  { externalName: '   ', hourlyRateCents: 1e12, minutes: 1e9, declaredOn: '2026-01-01' },
  { externalAssignmentId: '00000000-0000-4000-8000-000000000000', minutes: 60, declaredOn: '2026-01-01' },
];

/**
 * No input gives a 500: every operation of sessions, hours and settlements in the OpenAPI document
 * gets malformed ids, bodies and query strings from a coordinator and from a mediator.
 */
describe('sessions, hours and settlement: no 500 on any input', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
    ids.caseId = c.id;
    ids.entryId = await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-07-02', 60);
    ids.sessionId = (await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/sessions`, { date: '2026-10-24', start: '14:00', end: '15:00', location: 'Meppel', partyIds: [] })).json().id;
    ids.settlementId = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' })).json().id;
    ids.municipalityId = w.meppel.id;
    ids.id = ids.entryId;
    ids.year = '2026';
    ids.token = 'x'.repeat(43);
  });
  after(() => t.close());

  test('every operation, every malformed input: 2xx or 4xx, never 5xx', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { servers: { url: string }[]; paths: Record<string, Record<string, unknown>> };
    // The paths are relative to the server URL, which carries /api/v1.
    const base = new URL(doc.servers[0]!.url).pathname;
    const ops = Object.entries(doc.paths)
      .filter(([path]) => MINE.test(path))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ path, method: method.toUpperCase() })));
    assert.ok(ops.length >= 30, `found ${ops.length} operations`);
    const fill = (path: string, how: 'real' | 'random' | 'garbage') =>
      base +
      path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        how === 'real' ? (ids[name] ?? 'x') : how === 'random' ? (name === 'year' ? '2099' : '11111111-1111-4111-8111-111111111111') : encodeURIComponent("'; DROP TABLE x;--%00"),
      );
    const queries = ['', '?month=0000-01', '?from=0001-01-01&to=9999-12-31', '?month=2026-02&extra=1', '?from=x&to=y'];
    let calls = 0;
    for (const { path, method } of ops) {
      for (const who of ['coordinator', 'mediatorStaphorst', 'anonymous'] as const) {
        for (const how of ['real', 'random', 'garbage'] as const) {
          // Query strings matter for reads; bodies for writes.
          for (const query of method === 'GET' ? queries : ['']) {
            const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : BODIES;
            for (const body of who === 'anonymous' ? bodies.slice(0, 1) : bodies) {
              const res = await a[who].request({
                method,
                url: `${fill(path, how)}${query}`,
                ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
              });
              calls++;
              assert.ok(res.statusCode < 500, `${method} ${fill(path, how)}${query} as ${who} with ${JSON.stringify(body)?.slice(0, 120)}: ${res.statusCode} ${res.body.slice(0, 300)}`);
            }
          }
        }
      }
    }
    assert.ok(calls > 500, `${calls} calls`);
  });
});
