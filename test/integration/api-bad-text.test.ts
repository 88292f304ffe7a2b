import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  $ref?: string;
}
interface Operation {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Text that passes the patterns of the contracts (times, periods, phone numbers, codes). */
const PATTERN_SAMPLES = ['14:00', '2026-K3', '2026-06', '0522 123 456', 'GM0119', '2026', 'abc', 'Tekst'];

/** A value that fits the schema: every property filled (optional ones too), the first choice of a union. */
function sample(s: Schema, doc: OpenApi, ids: Record<string, string>, name = ''): unknown {
  if (s.$ref) return sample(doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {}, doc, ids, name);
  const branches = s.anyOf ?? s.oneOf;
  if (branches) return sample(branches.find((b) => b.type !== 'null') ?? branches[0]!, doc, ids, name);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, doc, ids, k)]));
    case 'array': {
      const item = sample(s.items ?? { type: 'string' }, doc, ids, name);
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => item);
    }
    case 'integer':
    case 'number':
      return Math.min(s.maximum ?? Infinity, Math.max(s.minimum ?? 1, name === 'year' ? 2026 : 1));
    case 'boolean':
      return true;
    case 'string':
      switch (s.format) {
        case 'uuid':
          return ids[name] ?? '11111111-1111-4111-8111-111111111111';
        case 'date':
          return '2026-06-01';
        case 'date-time':
          return '2026-06-01T10:00:00.000Z';
        case 'email':
          return 'iemand@example.test';
        case 'uri':
          return 'https://example.test/';
      }
      if (s.pattern) return PATTERN_SAMPLES.find((x) => new RegExp(s.pattern!, 'u').test(x)) ?? 'Tekst';
      return 'Tekst'.padEnd(s.minLength ?? 0, 'x');
  }
  return 'Tekst';
}

/** Where every string sits in a value, as the field names of invalidParams (`parties/0/name`). */
function stringPaths(v: unknown, path: string[] = []): string[][] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...path, String(i)]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...path, k]));
  return [];
}

function withText(v: unknown, path: string[], bad: string): unknown {
  if (path.length === 0) return `${v as string}${bad}`;
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string, unknown>;
  copy[head!] = withText(copy[head!], rest, bad);
  return copy;
}

/** A fingerprint of every table but the sessions (which note when they were last used). */
async function fingerprint(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { name } of await t.handle.db.introspection.getTables()) {
    if (name === 'user_session') continue;
    const r = await sql<{ n: string; h: string | null }>`select count(*)::text as n, md5(string_agg(x::text, '|' order by x::text)) as h from ${sql.table(name)} x`.execute(t.handle.db);
    out[name] = `${r.rows[0]!.n}:${r.rows[0]!.h ?? ''}`;
  }
  return out;
}

const NUL = '\u0000';
const LONE_SURROGATES = ['\uD800', '\uDFFF', 'a\uDC00b'];
const WHO: HoursWho[] = ['coordinator', 'admin', 'finance', 'mediatorStaphorst', 'contactMeppel', 'anonymous'];

/**
 * Text with a NUL byte or a lone UTF-16 surrogate can not be stored (PostgreSQL refuses the first,
 * and silently changes the second into U+FFFD). One rule at the validation level refuses both in
 * every string of every body, query string and path, with a 400 naming the field and before any
 * handler runs, on every operation of the OpenAPI document.
 */
describe('the whole API: text with a NUL byte or a lone surrogate is refused', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let doc: OpenApi;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
    Object.assign(ids, { caseId: c.id, mediatorId: w.profiles.staphorst.id, municipalityId: w.meppel.id, userId: w.users.contactMeppel.id, year: '2026', token: 'x'.repeat(43) });
    doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApi;
  });
  after(() => t.close());

  // The document's paths are relative to its server URL, which carries /api/v1.
  const fill = (path: string) => new URL(doc.servers[0]!.url).pathname + path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? '11111111-1111-4111-8111-111111111111');

  /** Sends as the first user the route lets through to validation (401/403 mean: try the next). */
  async function send(method: string, url: string, body?: unknown) {
    let res;
    for (const who of WHO) {
      res = await a[who].request({ method, url, ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
      if (res.statusCode !== 401 && res.statusCode !== 403) break;
    }
    return res!;
  }

  function check(failures: string[], what: string, res: Awaited<ReturnType<typeof send>>, field: string) {
    const params = res.statusCode === 400 ? ((res.json() as { invalidParams?: { name: string; code: string; reason: string }[] }).invalidParams ?? []) : [];
    const named = params.find((p) => p.name === field && p.code === 'invalid-characters');
    if (!named) failures.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    else if (named.reason !== 'Deze tekst bevat een ongeldig teken.') failures.push(`${what}: reason ${named.reason}`);
  }

  test('every string of every request body, with a NUL byte and with a lone surrogate: 400 naming the field, nothing changed', async () => {
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) => {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        return schema ? [{ path, method: method.toUpperCase(), schema }] : [];
      }),
    );
    assert.ok(ops.length >= 50, `found ${ops.length} operations with a body`);
    const before = await fingerprint(t);
    const failures: string[] = [];
    let fields = 0;
    for (const { path, method, schema } of ops) {
      const body = sample(schema, doc, ids);
      for (const [i, field] of stringPaths(body).entries()) {
        fields++;
        for (const bad of [NUL, LONE_SURROGATES[i % LONE_SURROGATES.length]!]) {
          const res = await send(method, fill(path), withText(body, field, bad));
          check(failures, `${method} ${path} ${field.join('/')} with ${JSON.stringify(bad)}`, res, field.join('/'));
        }
      }
    }
    assert.ok(fields >= 150, `${fields} string fields`);
    assert.deepEqual(failures, []);
    assert.deepEqual(await fingerprint(t), before, 'a refused request changed nothing');
  });

  test('every string of a query string and of a path, with a NUL byte: 400 naming the parameter', async () => {
    const failures: string[] = [];
    let params = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const p of op.parameters ?? []) {
          if (p.in !== 'query' && p.in !== 'path') continue;
          const value = String(sample(p.schema ?? { type: 'string' }, doc, ids, p.name));
          if (p.in === 'query' && typeof sample(p.schema ?? {}, doc, ids, p.name) !== 'string') continue;
          params++;
          const bad = encodeURIComponent(`${value}${NUL}`);
          const url = p.in === 'query' ? `${fill(path)}?${p.name}=${bad}` : fill(path.replace(`{${p.name}}`, bad));
          const res = await send(method.toUpperCase(), url, method === 'get' || method === 'delete' ? undefined : {});
          check(failures, `${method.toUpperCase()} ${url}`, res, p.name);
        }
      }
    }
    assert.ok(params >= 100, `${params} parameters`);
    assert.deepEqual(failures, []);
  });

  test('a NUL byte inside an uploaded CSV file: 400 naming the row and column, nothing imported', async () => {
    const csv = 'code,name,province,latitude,longitude,memberSince,memberUntil\r\nGM1896,Zwartewater\u0000land,,,,2013-03-01,\r\n';
    const before = await fingerprint(t);
    const res = await a.admin.post('/api/v1/csv-imports/municipalities', { contentBase64: Buffer.from(csv, 'utf8').toString('base64') });
    const failures: string[] = [];
    check(failures, 'CSV import', res, 'row 2/name');
    assert.deepEqual(failures, []);
    assert.deepEqual(await fingerprint(t), before);
  });

  test('well-formed text outside the BMP (a surrogate pair) is still accepted and kept as it was', async () => {
    const res = await a.admin.post('/api/v1/pool-settings/days-off', { date: '2026-05-15', description: 'Brugdag 🌉' });
    assert.equal(res.statusCode, 201, res.body);
    const list = (await a.admin.get('/api/v1/pool-settings/days-off?year=2026')).json() as { items: { description: string }[] };
    assert.deepEqual(list.items.map((d) => d.description), ['Brugdag 🌉']);
  });
});
