import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

interface Operation {
  'x-personal-data'?: string;
}

/** The reads issue 12 (item 6) names: each returns personal data and must leave a read audit row. */
const NAMED = [
  'get /cases/{caseId}',
  'get /cases/{caseId}/events',
  'get /cases/{caseId}/documents',
  'get /cases/{caseId}/hours',
  'get /cases/{caseId}/mediation-agreement',
  'get /hours/approval-queue',
  'get /me/tasks',
  'get /me/hours',
  'get /audit-events',
  'get /settlements/{settlementId}/export.csv',
];

/** Required query parameters, with values that find the world's data. */
const QUERY: Record<string, string> = { '/me/hours': '?month=2026-07', '/hours/totals': '?from=2026-07-01&to=2026-09-30', '/reports/case-register': '' };

/** Declared reads this world's case (in progress, past matching) cannot serve; their use cases write their own row. */
const NOT_IN_WORLD = new Set(['get /cases/{caseId}/candidates']);

/** Seeded people whose names or addresses no undeclared route may return. */
const PARTY_MARKERS = ['Medewerker A', 'Leidinggevende B', 'medewerker.a@example.test'];

describe('Every read of personal data is audited (who, what, when, why)', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let ops: { key: string; path: string; op: Operation }[];
  let basePath: string;
  const params: Record<string, string> = {};
  const tryAs: HoursWho[] = ['coordinator', 'contactMeppel', 'mediatorMeppel', 'finance', 'admin'];

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id });
    params.caseId = c.id;
    params.entryId = await logAndApprove(a.mediatorMeppel, a.coordinator, c.id, '2026-07-15', 90);
    const pending = await a.mediatorMeppel.post(`/api/v1/cases/${c.id}/hours`, hoursBody('2026-07-16', 60));
    assert.equal(pending.statusCode, 201, pending.body);
    const settlement = await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
    assert.equal(settlement.statusCode, 201, settlement.body);
    params.settlementId = settlement.json().id;
    params.municipalityId = w.meppel.id;
    params.userId = w.users.contactMeppel.id;
    params.mediatorId = w.profiles.meppel.id;
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    basePath = new URL(doc.servers[0].url).pathname;
    ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method} ${path}`, path, op })),
    );
  });
  after(() => t.close());

  const urlOf = (path: string): string | null => {
    let missing = false;
    const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? ((missing = true), ''));
    return missing ? null : `${basePath}${filled}${QUERY[path] ?? ''}`;
  };

  test('the OpenAPI document declares x-personal-data, with a purpose, on every named read', () => {
    const declared = new Map(ops.filter((o) => o.op['x-personal-data']).map((o) => [o.key, o.op['x-personal-data']]));
    const undeclared = NAMED.filter((k) => !declared.has(k));
    assert.deepEqual(undeclared, [], 'these reads return personal data but do not declare x-personal-data');
  });

  test('every declared read, called with real data by a role that may read it, writes a read audit row with actor, object and purpose', async () => {
    const declared = ops.filter((o) => o.key.startsWith('get ') && o.op['x-personal-data']);
    assert.ok(declared.length >= NAMED.length);
    const problems: string[] = [];
    for (const { key, path } of declared) {
      const url = urlOf(path);
      if (!url) continue; // an object this world has none of; the safety net below still walks it
      let served = false;
      for (const who of tryAs) {
        const res = await a[who].get(url);
        if (res.statusCode !== 200) continue;
        served = true;
        const rows = await t.handle.db
          .selectFrom('audit_event')
          .select(['actor_user_id', 'object_type', 'object_id', 'purpose', 'at'])
          .where('request_id', '=', String(res.headers['x-request-id']))
          .where('purpose', 'is not', null)
          .execute();
        const row = rows[0];
        if (!row) problems.push(`${key} as ${who}: no read audit row`);
        else if (!row.actor_user_id || !row.object_type || !row.object_id || !row.purpose) problems.push(`${key} as ${who}: incomplete row ${JSON.stringify(row)}`);
        else assert.equal(row.actor_user_id, w.users[who as keyof HoursWorld['users']].id, `${key}: the row names who read`);
      }
      if (!served && !NOT_IN_WORLD.has(key)) problems.push(`${key}: no role could read it in this world`);
    }
    assert.deepEqual(problems, []);
  });

  test('safety net: no undeclared route answers with a seeded party’s name or address', async () => {
    const leaks: string[] = [];
    for (const { key, path, op } of ops) {
      if (!key.startsWith('get ') || op['x-personal-data']) continue;
      const url = urlOf(path);
      if (!url) continue;
      for (const who of tryAs) {
        const res = await a[who].get(url);
        if (res.statusCode !== 200 || !/json|text\/(csv|plain)/.test(String(res.headers['content-type']))) continue;
        if (PARTY_MARKERS.some((m) => res.body.includes(m))) leaks.push(`${key} as ${who}`);
      }
    }
    assert.deepEqual(leaks, [], 'these routes return personal data without declaring x-personal-data');
  });
});
