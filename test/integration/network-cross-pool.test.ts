import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool, createUser } from '../helpers/factories.js';
import { addMember, createMediator } from '../helpers/registry-factories.js';
import type { HoursWho, HoursWorld } from '../helpers/hours-factories.js';
import { buildApiWorld, type ApiOperation, type JsonSchema } from '../helpers/api-world.js';

/**
 * Issue 15, "Done when": the cross-pool authorisation test, 0 leaks over every operation.
 *
 * Pool A is the worked example's pool with a case, hours, a settlement, documents, sessions, a
 * proposal, relationships, wake-ups, days off, an invitation and external costs. Pool B has one
 * account per role, and one account belongs to both pools (coordinator and mediator in A, every
 * role in B) with pool B chosen. Every operation of the OpenAPI document is called by each of them,
 * its path parameters filled with pool A's real identifiers and its body built from its schema
 * (identifiers in the body are pool A's too). No answer may be a 2xx on an object of pool A, no
 * body may hold a pool A identifier or name, and afterwards not one row of pool A has changed and
 * no row was added to pool A.
 */

type Operation = ApiOperation['op'];

const UNKNOWN = '11111111-1111-4111-8111-111111111111';
type BWho = 'admin' | 'coordinator' | 'contact' | 'mediator' | 'finance' | 'both';

/** The operations that end the caller's own session (walked last would do; skipped, they touch no pool data). */
const ENDS_OWN_SESSION = new Set(['delete /sessions/current']);

/**
 * Public operations that name pools by design: the directory and each pool's public page and open
 * data (by the pool's id); the front door's advice names the pool serving a municipality.
 */
const PUBLIC_POOL_LISTS = new Set([
  'get /directory',
  'get /directory/pools/{poolId}',
  'get /directory/pools/{poolId}/open-data.json',
  'get /directory/pools/{poolId}/open-data.csv',
  'post /front-door/advice',
]);

describe('cross-pool authorisation: nothing of pool A is visible or changeable from pool B', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  const b = {} as Record<BWho, Agent>;
  const bLogin = {} as Record<BWho, { email: string; password: string }>;
  const params: Record<string, string> = {};
  const pathParams: Record<string, Record<string, string>> = {};
  /** Pool A's identifiers and names: none may appear in an answer to pool B. */
  const markers: string[] = [];
  let poolA: string;
  let poolB: string;
  let basePath: string;
  let ops: { method: string; path: string; op: Operation }[];

  const noSecondFactor = () => sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);

  before(async () => {
    t = await createTestApp('pglite');
    // Pool A: the shared world of the API walks (test/helpers/api-world.ts), every object made through the API.
    const world = await buildApiWorld(t);
    ({ w, a } = world);
    poolA = w.pool.id;
    Object.assign(params, world.params);
    // A link is a key held by its addressee, not an object of a pool: pool B holds none of pool A's.
    for (const [path, values] of Object.entries(world.pathParams)) if (!('token' in values)) pathParams[path] = values;
    // A processing activity's code is the register's standard name, the same in every pool.
    delete pathParams['/processing-activities/{code}'];
    params.token = 'onbekende-link-0000000000000000000000000';
    // The directory's initiatives are the installation's and public, not pool A's.
    delete params.initiativeId;
    const cases = await t.handle.db.selectFrom('mediation_case').select('number').where('id', 'in', [world.caseId, world.openCaseId]).execute();
    const parties = await t.handle.db.selectFrom('case_party').select('name').where('case_id', '=', world.caseId).execute();

    // Pool B: one account per role, a mediator, and an account in both pools with pool B chosen.
    const pb = await createPool(t.handle.db, { name: 'Regionaal Mediatorsnetwerk (test)' });
    poolB = pb.id;
    const utrecht = await addMember(t.handle.db, poolB, 'GM0344');
    await addMember(t.handle.db, poolB, 'GM0355');
    await noSecondFactor();
    for (const role of ['admin', 'coordinator', 'contact', 'finance'] as const) {
      const u = await createUser(t.handle.db, poolB, { roles: [role], municipalityId: utrecht.id, name: `B ${role}` });
      bLogin[role] = u;
    }
    bLogin.mediator = (await createMediator(t.handle.db, poolB, { municipalityId: utrecht.id, name: 'B mediator' })).user;
    const both = await createUser(t.handle.db, poolB, { roles: ['admin', 'coordinator', 'contact', 'mediator', 'finance'], municipalityId: utrecht.id, name: 'Dubbel Lid' });
    bLogin.both = both;
    await t.handle.db.insertInto('pool_membership').values({ user_id: both.id, pool_id: poolA, roles: ['coordinator', 'mediator'], municipality_id: w.meppel.id }).execute();
    await t.handle.db.insertInto('mediator_profile').values({ pool_id: poolA, user_id: both.id, status: 'active', specialisms: ['employment'] }).execute();
    await t.handle.db.insertInto('mediator_profile').values({ pool_id: poolB, user_id: both.id, status: 'active', specialisms: ['employment'] }).execute();
    for (const who of Object.keys(bLogin) as BWho[]) b[who] = await new Agent(t.app).login(bLogin[who].email, bLogin[who].password);
    const mine = (await b.both.get('/api/v1/me/pools')).json() as { items: { id: string; current: boolean }[] };
    assert.equal(mine.items.length, 2, 'the account is in both pools');
    assert.equal(mine.items.find((p) => p.current)?.id, poolB, 'with pool B chosen');

    // Markers: every identifier and name of pool A this world knows (not the shared account's own).
    markers.push(poolA, w.pool.name, ...cases.map((r) => r.number), ...parties.map((p) => p.name));
    for (const [k, v] of Object.entries(params)) if (!['year', 'token'].includes(k)) markers.push(v);
    for (const u of Object.values(w.users)) markers.push(u.id, u.name, u.email);
    for (const p of Object.values(w.profiles)) markers.push(p.id);
    for (const m of [w.meppel, w.staphorst, w.zwartewaterland]) markers.push(m.id);
    markers.push('Rita Relatie', 'mr. E. Extern', 'Pieter Uitgenodigd', 'sanne@example.org', 'Stadhuis Meppel');

    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    basePath = new URL(doc.servers[0].url).pathname;
    ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method, path, op })),
    );
  });
  after(() => t.close());

  /** A value the schema accepts; identifiers named like a path parameter are pool A's. */
  const sample = (s: JsonSchema | undefined, name = ''): unknown => {
    if (!s) return undefined;
    if (s.const !== undefined) return s.const;
    if (s.enum) return s.enum[0];
    const alt = s.anyOf ?? s.oneOf;
    if (alt) return sample(alt.find((x) => x.type !== 'null') ?? alt[0], name);
    const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v, k);
        return out;
      }
      case 'array': {
        const one = sample(s.items, name.replace(/s$/, ''));
        return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => one);
      }
      case 'integer':
      case 'number':
        return Math.max(s.minimum ?? 1, Math.min(s.maximum ?? 60, 60));
      case 'boolean':
        return true;
      case 'string': {
        if (s.format === 'uuid') return params[name] ?? params[`${name}Id`] ?? UNKNOWN;
        if (s.format === 'date') return s.formatMinimum && s.formatMinimum > '2026-07-20' ? s.formatMinimum : '2026-07-20';
        if (s.format === 'date-time') return '2026-07-20T10:00:00.000Z';
        if (s.format === 'email') return 'iemand@gemeente.test';
        if (s.pattern === '^GM[0-9]{4}$') return 'GM0119';
        if (s.pattern) return undefined;
        const text = 'Tekst van pool B';
        return text.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? text.length);
      }
      default:
        return undefined;
    }
  };

  const urlOf = (path: string) => `${basePath}${path.replace(/\{(\w+)\}/g, (_m, name: string) => pathParams[path]?.[name] ?? params[name] ?? UNKNOWN)}`;

  /** Every row of pool A, per table with a pool_id, as one digest each. */
  const poolADigest = async (): Promise<Record<string, string>> => {
    const tables = await sql<{ table_name: string }>`
      SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables tb USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND c.column_name = 'pool_id' AND tb.table_type = 'BASE TABLE' ORDER BY 1`.execute(t.handle.db);
    const out: Record<string, string> = {};
    for (const { table_name } of tables.rows) {
      const r = await sql<{ n: number; d: string | null }>`
        SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS d FROM ${sql.table(table_name)} x WHERE x.pool_id = ${poolA}`.execute(t.handle.db);
      out[table_name] = `${r.rows[0]!.n}:${r.rows[0]!.d ?? ''}`;
    }
    return out;
  };

  test('every operation, as every role of pool B and as the member of both pools with pool B chosen: 0 leaks', async () => {
    assert.ok(ops.length > 100, `the walk covers the whole API (${ops.length} operations)`);
    const before = await poolADigest();
    const leaks: string[] = [];
    let calls = 0;
    let withPoolAIds = 0;
    for (const { method, path, op } of ops) {
      const key = `${method} ${path}`;
      if (ENDS_OWN_SESSION.has(key)) continue;
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const aIds = names.filter((n) => n !== 'year' && n !== 'token' && (pathParams[path]?.[n] ?? params[n]) !== undefined);
      if (aIds.length > 0) withPoolAIds++;
      const schema = op.requestBody?.content?.['application/json']?.schema;
      const body = method === 'get' || method === 'delete' ? undefined : (sample(schema) ?? {});
      for (const who of Object.keys(b) as BWho[]) {
        // The member of both pools may of course choose pool A: that is walked on its own below.
        if (key === 'put /me/pool' && who === 'both') continue;
        const send = () => b[who].request({ method: method.toUpperCase(), url: urlOf(path), ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
        let res = await send();
        calls++;
        if (res.statusCode === 401 && !isPublic) {
          // An operation that ended this caller's session (a password change, a session list): sign in again.
          b[who] = await new Agent(t.app).login(bLogin[who].email, bLogin[who].password);
          res = await send();
        }
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        if (res.statusCode >= 500) leaks.push(`${key} as ${who}: ${res.statusCode} ${res.body.slice(0, 160)}`);
        const publicPoolFacts = isPublic && PUBLIC_POOL_LISTS.has(key);
        if (ok && aIds.length > 0 && !publicPoolFacts) leaks.push(`${key} as ${who}: ${res.statusCode} on pool A's ${aIds.join(', ')}`);
        // A problem names the address the caller asked for (`instance`): the caller's own words, not pool A's data.
        const text = (res.rawPayload.toString('latin1') + res.body).replace(/"instance":"[^"]*"/g, '');
        // The member of both pools sees which pools their own account is in (the switcher): pool A's id and name, nothing else.
        // The public directory lists every pool of the installation by id and name (issue 15, item 3): public facts, nothing else of pool A.
        // Before signing in, the sign-in page offers every pool's sign-in services by their id (public by design).
        const own =
          (key === 'get /me/pools' && who === 'both') || publicPoolFacts ? [poolA, w.pool.name] : key === 'get /sign-in-options' ? [params.providerId!] : [];
        const seen = markers.filter((m) => !own.includes(m) && text.includes(m));
        if (seen.length > 0) leaks.push(`${key} as ${who} (${res.statusCode}) shows ${seen.map((s) => `"${s.slice(0, 40)}"`).join(', ')}`);
      }
    }
    const afterDigest = await poolADigest();
    // The front door's anonymous route counts grow with every public advice, whoever asks (also about pool A's municipalities): by design, not a change by pool B.
    const changed = Object.keys(before).filter((k) => k !== 'front_door_route_count' && before[k] !== afterDigest[k]);
    if (process.env.NETWORK_WALK_DEBUG) console.log(leaks.join('\n'));
    assert.deepEqual(leaks, []);
    assert.deepEqual(changed, [], 'no row of pool A changed, none was added');
    assert.ok(calls > ops.length * 5, `${calls} calls`);
    assert.ok(withPoolAIds > 60, `${withPoolAIds} operations were called on pool A's real objects`);
  });

  test('the walk can fail: pool A itself sees its own objects, and the member of both pools sees them after choosing pool A', async () => {
    // The walk's pool-settings writes (as pool B's administrator) may have switched the second factor on in pool B.
    await noSecondFactor();
    const own = await a.coordinator.get(urlOf('/cases/{caseId}'));
    assert.equal(own.statusCode, 200, own.body);
    assert.ok(own.body.includes(params.caseId!));
    const both = await new Agent(t.app).login(bLogin.both.email, bLogin.both.password);
    assert.equal((await both.get(urlOf('/cases/{caseId}'))).statusCode, 404, 'in pool B: not found');
    assert.equal((await both.put('/api/v1/me/pool', { poolId: poolA })).statusCode, 200);
    const inA = await both.get(urlOf('/cases/{caseId}'));
    assert.equal(inA.statusCode, 200, 'as coordinator of pool A it is theirs to see');
    assert.equal((await both.put('/api/v1/me/pool', { poolId: poolB })).statusCode, 200);
    assert.equal((await both.get(urlOf('/cases/{caseId}'))).statusCode, 404, 'back in pool B: out of sight again');
  });
});
