import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import type { HoursWho, HoursWorld } from '../helpers/hours-factories.js';
import { buildApiWorld, STAFF_EXTERNAL, STAFF_INVITEE, STAFF_RELATION, WORLD_QUERY } from '../helpers/api-world.js';

interface Operation {
  'x-personal-data'?: string;
  security?: unknown[];
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
const QUERY: Record<string, string> = { ...WORLD_QUERY, '/pool-benchmark': '?year=2026' };

/** Declared reads this world's case (in progress, past matching) cannot serve; their use cases write their own row. */
const NOT_IN_WORLD = new Set(['get /cases/{caseId}/candidates']);

/**
 * GET operations this world cannot make answer 200, and why (the walk still calls them).
 */
const UNREACHED = new Map([
  ['get /satisfaction/{token}', 'needs a concluded case with a sent survey; shows only the pool name and whether it was answered'],
  ['get /sso-providers/{providerId}/sign-in', 'the way out to a sign-in service: answers a redirect (303) only, never a body'],
  ['get /sso/callback', 'the way back from a sign-in service: answers a redirect (303) only, never a body'],
]);

/**
 * Secret-link routes whose reader is the link's holder, whoever calls: the calendar feed is the
 * mediator's own agenda (read by their calendar app), so it shows them their own name only.
 */
const OWN_DATA_OF: Record<string, HoursWho> = { '/calendar-feeds/{token}/sessions.ics': 'mediatorMeppel' };

/**
 * Reads of one's own data that leave no row (not a read of someone else's): the mediator of
 * `mediatorId` (Mark Meppel) reading their own register entry, absence, relationships and upkeep.
 */
const OWN_READS: [string, HoursWho][] = [['/mediators/{mediatorId}', 'mediatorMeppel']];

/** Seeded people whose names or addresses no undeclared route may return. */
const PARTY_MARKERS = ['Medewerker A', 'Leidinggevende B', 'medewerker.a@example.test', 'sanne@example.org'];

/**
 * Seeded staff (mediators, users, an invitee, an external mediator, a mediator's relation) whose
 * names or addresses no undeclared route may return to anyone but the person themself: a read of
 * one's own data (the signed-in session, one's own profile) is not a read of someone else's.
 */

describe('Every read of personal data is audited (who, what, when, why)', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let ops: { key: string; path: string; op: Operation }[];
  let basePath: string;
  const params: Record<string, string> = {};
  const tryAs: HoursWho[] = ['coordinator', 'contactMeppel', 'mediatorMeppel', 'finance', 'admin'];
  /** Path parameters whose name means another object on some paths. */
  const pathParams: Record<string, Record<string, string>> = {};
  /** Each staff marker, with the agent it belongs to (that agent may see it: it is their own). */
  const staff: { marker: string; owner: HoursWho | null }[] = [];

  before(async () => {
    t = await createTestApp('pglite');
    const world = await buildApiWorld(t);
    ({ w, a } = world);
    Object.assign(params, world.params);
    Object.assign(pathParams, world.pathParams);
    // The world's administrator also administers the installation (ADR 0022): the platform's pools are walked.
    await t.handle.db.updateTable('app_user').set({ platform_admin: true }).where('id', '=', w.users.admin.id).execute();

    const people: [HoursWho | null, { name: string; email: string }][] = [
      ['coordinator', w.users.coordinator],
      ['contactMeppel', w.users.contactMeppel],
      ['mediatorMeppel', w.users.mediatorMeppel],
      ['mediatorStaphorst', w.users.mediatorStaphorst],
      ['mediatorIdle', w.users.mediatorIdle],
      ['finance', w.users.finance],
      [null, STAFF_INVITEE],
    ];
    for (const [owner, p] of people) staff.push({ marker: p.name, owner }, { marker: p.email, owner });
    staff.push({ marker: STAFF_RELATION, owner: null }, { marker: STAFF_EXTERNAL, owner: null });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    basePath = new URL(doc.servers[0].url).pathname;
    ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method} ${path}`, path, op })),
    );
  });
  after(() => t.close());

  const urlOf = (path: string): string | null => {
    let missing = false;
    const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => pathParams[path]?.[name] ?? params[name] ?? ((missing = true), ''));
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
    for (const { key, path, op } of declared) {
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      const url = urlOf(path);
      if (!url) continue; // an object this world has none of; the safety net below still walks it
      let served = false;
      for (const who of tryAs) {
        const res = await a[who].get(url);
        if (res.statusCode !== 200) continue;
        served = true;
        const rows = await t.handle.db
          .selectFrom('audit_event')
          .select(['actor_user_id', 'actor_label', 'object_type', 'object_id', 'purpose', 'at'])
          .where('request_id', '=', String(res.headers['x-request-id']))
          .where('purpose', 'is not', null)
          .execute();
        const row = rows[0];
        if (!row && OWN_READS.some(([prefix, owner]) => path.startsWith(prefix) && owner === who)) continue;
        if (!row) problems.push(`${key} as ${who}: no read audit row`);
        else if (!(row.actor_user_id || (isPublic && row.actor_label)) || !row.object_type || !row.object_id || !row.purpose) problems.push(`${key} as ${who}: incomplete row ${JSON.stringify(row)}`);
        // A public link's reader is its addressee (a party), not whoever happens to be signed in.
        else if (isPublic) assert.equal(row.actor_user_id, null, `${key}: a link's read names the link's addressee`);
        else assert.equal(row.actor_user_id, w.users[who as keyof HoursWorld['users']].id, `${key}: the row names who read`);
      }
      if (!served && !NOT_IN_WORLD.has(key)) problems.push(`${key}: no role could read it in this world`);
    }
    assert.deepEqual(problems, []);
  });

  test('the walk reaches every GET operation with real identifiers of its world: each answers 200 to some role', async () => {
    const unreached: string[] = [];
    for (const { key, path } of ops) {
      if (!key.startsWith('get ')) continue;
      const url = urlOf(path);
      if (!url) {
        unreached.push(`${key}: no identifier for its path`);
        continue;
      }
      let served = false;
      for (const who of tryAs) if ((await a[who].get(url)).statusCode === 200) served = true;
      if (!served && !NOT_IN_WORLD.has(key) && !UNREACHED.has(key)) unreached.push(`${key}: no role got 200`);
    }
    assert.deepEqual(unreached, []);
  });

  test('safety net: no undeclared GET answers with a seeded party’s or staff member’s name or address', async () => {
    const leaks: string[] = [];
    for (const { key, path, op } of ops) {
      if (!key.startsWith('get ') || op['x-personal-data']) continue;
      const url = urlOf(path);
      if (!url) continue;
      for (const who of tryAs) {
        const res = await a[who].get(url);
        if (res.statusCode !== 200) continue;
        const reader = OWN_DATA_OF[path] ?? who;
        const seen = [...PARTY_MARKERS, ...staff.filter((m) => m.owner !== reader).map((m) => m.marker)].filter((m) => res.body.includes(m));
        if (seen.length > 0) leaks.push(`${key} as ${who}: ${seen.join(', ')}`);
      }
    }
    assert.deepEqual(leaks, [], 'these routes return personal data without declaring x-personal-data');
  });
});
