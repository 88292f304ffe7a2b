import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser } from '../helpers/factories.js';
import { apiOperations, buildApiWorld, createPlatformAdmin, isPublicOperation, sampleBody, worldUrl, type ApiOperation, type ApiWorld } from '../helpers/api-world.js';
import { MATRIX_COLUMNS, ROLE_MATRIX, type MatrixColumn } from './role-matrix.expected.js';

/**
 * The authorisation matrix: every operation of the OpenAPI document, called by every role of the
 * pool, by an account of another pool, by a platform administrator and anonymously, with the
 * world's real identifiers and a body its schema accepts. What each gets is written down in
 * role-matrix.expected.ts, one line per operation; a new operation without a line, or an answer
 * that differs from its line, fails the test. After a deliberate change of who may do what:
 * `ROLE_MATRIX_WRITE=1 node --import tsx --test test/integration/role-matrix.test.ts` rewrites
 * the file; read its diff before committing it.
 *
 * Reads are walked first, then writes, then deletions, each call by the least privileged first, so
 * a refusal is always tried on the object before someone allowed changes or removes it.
 */

/** One letter per answer. */
const CLASS: [test: (status: number) => boolean, letter: string][] = [
  [(s) => s >= 200 && s < 400, 'O'], // done (a redirect for the way out to a sign-in service)
  [(s) => s === 400, 'B'], // the body or query was refused before any rule was asked
  [(s) => s === 401, 'U'], // not signed in
  [(s) => s === 403, 'D'], // signed in, not allowed
  [(s) => s === 404, 'H'], // not theirs to know of
  [(s) => s >= 405 && s < 500, 'R'], // allowed, refused by a rule of the domain (409, 422, …)
];
const letterOf = (status: number) => CLASS.find(([t]) => t(status))?.[1] ?? '!';

describe('authorisation matrix: every operation for every role, another pool and anonymous', () => {
  let t: TestApp;
  let world: ApiWorld;
  let basePath: string;
  let ops: ApiOperation[];
  const agents = {} as Record<MatrixColumn, Agent>;
  const logins = {} as Partial<Record<MatrixColumn, { email: string; password: string }>>;
  const actual: Record<string, string> = {};
  const statuses: Record<string, number[]> = {};

  before(async () => {
    t = await createTestApp('pglite');
    world = await buildApiWorld(t);
    const { w, a } = world;
    // The account the walk's user operations act on, so no caller of the walk loses its own roles.
    world.params.userId = (await createUser(t.handle.db, w.pool.id, { roles: ['contact'], municipalityId: w.meppel.id, name: 'Wim Walk' })).id;
    const platform = await createPlatformAdmin(t, w.pool.id);
    const users = {
      finance: w.users.finance,
      contactStaphorst: w.users.contactStaphorst,
      contactMeppel: w.users.contactMeppel,
      mediatorIdle: w.users.mediatorIdle,
      mediatorMeppel: w.users.mediatorMeppel,
      admin: w.users.admin,
      coordinator: w.users.coordinator,
      otherPool: w.stranger,
      platform,
    } satisfies Record<Exclude<MatrixColumn, 'anonymous'>, { email: string; password: string }>;
    Object.assign(logins, users);
    for (const col of MATRIX_COLUMNS) agents[col] = col === 'anonymous' ? a.anonymous : await new Agent(t.app).login(logins[col]!.email, logins[col]!.password);
    ({ basePath, ops } = await apiOperations(t));
  });
  after(() => t.close());

  /** The pool's second-factor setting may be switched on by a write of the walk: off again, so later calls are not about it. */
  const noSecondFactor = () => sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);

  const call = async (col: MatrixColumn, o: ApiOperation): Promise<number> => {
    const body = sampleBody(world.params, o);
    const send = () =>
      agents[col].request({
        method: o.method.toUpperCase(),
        url: worldUrl(world, basePath, o.path, o),
        // Each caller from an address of its own: the public routes' limits per address count each caller apart.
        remoteAddress: `10.0.0.${MATRIX_COLUMNS.indexOf(col) + 1}`,
        ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
      });
    let res = await send();
    if (res.statusCode === 401 && col !== 'anonymous' && !isPublicOperation(o)) {
      // An earlier operation ended this caller's session (signing out, a password change): sign in again.
      agents[col] = await new Agent(t.app).login(logins[col]!.email, logins[col]!.password);
      res = await send();
    }
    if (o.method !== 'get') await noSecondFactor();
    if (process.env.ROLE_MATRIX_DEBUG && res.statusCode === 400) console.log(`${o.key} as ${col}: ${res.body.slice(0, 300)}`);
    return res.statusCode;
  };

  test('the walk', async () => {
    const phase = (o: ApiOperation) => (o.method === 'get' ? 0 : o.method === 'delete' ? 2 : 1);
    const ordered = [...ops].sort((x, y) => phase(x) - phase(y));
    for (const o of ordered) {
      const codes: number[] = [];
      for (const col of MATRIX_COLUMNS) codes.push(await call(col, o));
      statuses[o.key] = codes;
      actual[o.key] = codes.map(letterOf).join(' ');
    }
    assert.ok(ops.length > 200, `the walk covers the whole API (${ops.length} operations)`);
    if (process.env.ROLE_MATRIX_WRITE) writeExpected(ops.map((o) => [o.key, actual[o.key]!]));
  });

  test('no operation answers any caller with a server error', () => {
    const errors = Object.entries(statuses).flatMap(([key, codes]) => codes.flatMap((s, i) => (s >= 500 ? [`${key} as ${MATRIX_COLUMNS[i]}: ${s}`] : [])));
    assert.deepEqual(errors, []);
  });

  test('every secured operation answers 401 to someone not signed in', () => {
    const anon = MATRIX_COLUMNS.indexOf('anonymous');
    const open = ops.filter((o) => !isPublicOperation(o) && statuses[o.key]![anon] !== 401).map((o) => `${o.key}: ${statuses[o.key]![anon]}`);
    assert.deepEqual(open, []);
  });

  test('each operation is in the matrix, and each answer is the one written there', () => {
    const missing = ops.filter((o) => !(o.key in ROLE_MATRIX)).map((o) => `'${o.key}': '${actual[o.key]}',`);
    assert.deepEqual(missing, [], 'operations without a line in role-matrix.expected.ts (check each, then add it)');
    const gone = Object.keys(ROLE_MATRIX).filter((k) => !(k in actual));
    assert.deepEqual(gone, [], 'lines for operations the API no longer has');
    const differ = ops
      .filter((o) => ROLE_MATRIX[o.key] !== actual[o.key])
      .map((o) => `${o.key}\n    expected ${ROLE_MATRIX[o.key]}\n    actual   ${actual[o.key]}   (${statuses[o.key]!.join(' ')})`);
    assert.deepEqual(differ, [], `columns: ${MATRIX_COLUMNS.join(' ')}`);
  });

  test('the matrix itself: nobody outside the pool, nor the platform administrator, reaches a pool object', () => {
    // Independent of the written lines: an account of another pool or the platform administrator
    // (no role in this pool) never gets an operation done on a path that names one of this pool's objects.
    const cols = (['otherPool', 'platform'] as const).map((c) => MATRIX_COLUMNS.indexOf(c));
    const reached = ops
      // Initiatives of the public directory are the installation's (the platform administrator's), not a pool's.
      .filter((o) => !isPublicOperation(o) && /\{(?!token\}|year\}|kind\}|code\}|version\}|initiativeId\})\w+\}/.test(o.path))
      .filter((o) => cols.some((i) => statuses[o.key]![i]! >= 200 && statuses[o.key]![i]! < 300))
      .map((o) => o.key);
    assert.deepEqual(reached, []);
  });
});

/** Rewrites role-matrix.expected.ts from a walk, keeping its header (everything up to the first line of the matrix). */
function writeExpected(lines: [key: string, row: string][]): void {
  const file = fileURLToPath(new URL('./role-matrix.expected.ts', import.meta.url));
  const head = readFileSync(file, 'utf8').split('export const ROLE_MATRIX')[0];
  const body = lines.map(([key, row]) => `  '${key}': '${row}',`).join('\n');
  writeFileSync(file, `${head}export const ROLE_MATRIX: Record<string, string> = {\n${body}\n};\n`);
}
