import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql, type RawBuilder } from 'kysely';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createMunicipality } from '../helpers/factories.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import type { Database } from '../../src/server/db/database.js';
import { describeDatabaseAccess, openServerDatabase } from '../../src/server/db/server-database.js';

/**
 * Issue 12, item 7: immutability and the audit log hold against the application's own database
 * role. The triggers guard final periods on every engine (a submitted entry is never approved into
 * a final period; no position is added to a final settlement). On PostgreSQL the server runs as a
 * role that owns nothing: every way around the triggers and the append-only audit log is tried as
 * that role and must fail, while the app's own work still succeeds (the whole suite on PostgreSQL
 * runs as that role too). See docs/adr/0011-runtime-database-role.md.
 */

/** A pool with one final quarter (2026-K3) holding approved hours, and a submitted entry dated in it. */
async function finalQuarter(t: TestApp) {
  const w = await createHoursWorld(t.handle.db);
  const a = await hoursAgents(t.app, w);
  const caseA = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
  const settled = await logAndApprove(a.mediatorStaphorst, a.coordinator, caseA.id, '2026-07-02', 630);
  const pending = (await a.mediatorStaphorst.post(`/api/v1/cases/${caseA.id}/hours`, hoursBody('2026-08-05', 60))).json().id as string;
  const k3 = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' })).json().id as string;
  const fin = await a.coordinator.post(`/api/v1/settlements/${k3}/finalise`);
  assert.equal(fin.statusCode, 200, fin.body);
  return { w, a, caseA, settled, pending, k3 };
}

/** Runs `statement` in a transaction that is always rolled back: the error it raised, or undefined when it succeeded. */
async function attempt(db: Database, statement: RawBuilder<unknown>): Promise<Error | undefined> {
  const succeeded = new Error('the statement succeeded (rolled back)');
  try {
    await db.transaction().execute(async (trx) => {
      await statement.execute(trx);
      throw succeeded;
    });
  } catch (err) {
    return err === succeeded ? undefined : (err as Error);
  }
  return undefined;
}

const approveIntoK3 = (id: string, by: string) =>
  sql`UPDATE hour_entry SET status = 'approved', decided_by = ${by}, decided_at = now(),
        period_code = '2026-K3', period_start = '2026-07-01', period_end = '2026-09-30' WHERE id = ${id}`;

const positionFor = (settlementId: string, poolId: string, municipalityId: string) =>
  sql`INSERT INTO settlement_position (settlement_id, pool_id, municipality_id, minutes_supplied, minutes_used, net_minutes, own_minutes, received_cents, paid_cents, net_cents)
      VALUES (${settlementId}, ${poolId}, ${municipalityId}, 600, 0, 600, 0, 62500, 0, 62500)`;

for (const engine of testEngines()) {
  describe(`the database guards final periods itself (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let pending = '';
    let k3 = '';
    before(async () => {
      t = await createTestApp(engine);
      ({ w, a, pending, k3 } = await finalQuarter(t));
    });
    after(() => t.close());

    test('a submitted entry cannot be approved into a final period, nor inserted approved there', async () => {
      const update = await attempt(t.handle.db, approveIntoK3(pending, w.users.coordinator.id));
      assert.match(String(update), /final settlement/);
      const insert = await attempt(
        t.handle.db,
        sql`INSERT INTO hour_entry (pool_id, case_id, mediator_id, supplier_municipality_id, user_municipality_id, work_date, minutes, activity,
                                    status, decided_by, decided_at, period_code, period_start, period_end, created_by)
            SELECT pool_id, case_id, mediator_id, supplier_municipality_id, user_municipality_id, work_date, 45, activity,
                   'approved', ${w.users.coordinator.id}, now(), '2026-K3', '2026-07-01', '2026-09-30', created_by
            FROM hour_entry WHERE id = ${pending}`,
      );
      assert.match(String(insert), /final settlement/);
      const row = await t.handle.db.selectFrom('hour_entry').select(['status', 'period_code']).where('id', '=', pending).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'submitted', period_code: null });
    });

    test('the app approves it into the next open period, as before', async () => {
      const res = await a.coordinator.post(`/api/v1/hours/${pending}/approve`);
      assert.equal(res.statusCode, 200, res.body);
      const row = await t.handle.db.selectFrom('hour_entry').select(['status', 'period_code']).where('id', '=', pending).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'approved', period_code: '2026-K4' });
    });

    test('no position can be added to a final settlement; finalising a draft still writes its positions', async () => {
      const outsider = await createMunicipality(t.handle.db, null, { name: 'Buitengemeente' });
      const err = await attempt(t.handle.db, positionFor(k3, w.pool.id, outsider.id));
      assert.match(String(err), /final/);
      // An ended quarter (a period that has not ended cannot be finalised).
      const k4 = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K2' })).json().id as string;
      const fin = await a.coordinator.post(`/api/v1/settlements/${k4}/finalise`);
      assert.equal(fin.statusCode, 200, fin.body);
      const positions = await t.handle.db.selectFrom('settlement_position').select('municipality_id').where('settlement_id', '=', k4).execute();
      assert.ok(positions.length > 0);
      assert.match(String(await attempt(t.handle.db, positionFor(k4, w.pool.id, outsider.id))), /final/);
    });
  });
}

const skipPostgres = process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (CI sets it): database roles need a PostgreSQL server';

describe('the server runs as a PostgreSQL role that owns nothing (one DATABASE_URL that may create roles)', { skip: skipPostgres }, () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let caseA = { id: '', number: '' };
  let pending = '';
  let k3 = '';
  before(async () => {
    t = await createTestApp('postgres');
    ({ w, a, caseA, pending, k3 } = await finalQuarter(t));
  });
  after(() => t.close());

  test('the role is no superuser, cannot create roles, owns no table and is not a member of the owner', async () => {
    const { rows } = await sql<{ role: string; session: string; rolsuper: boolean; rolcreaterole: boolean; rolbypassrls: boolean; owned: number; member_of_owner: boolean }>`
      SELECT current_user AS role, session_user AS session, r.rolsuper, r.rolcreaterole, r.rolbypassrls,
             (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owned,
             pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'public.audit_event'::regclass), 'USAGE') AS member_of_owner
      FROM pg_roles r WHERE r.rolname = current_user`.execute(t.handle.db);
    const me = rows[0]!;
    assert.notEqual(me.role, me.session, 'the server works as another role than the one it logs in with');
    assert.deepEqual({ ...me, role: undefined, session: undefined }, { role: undefined, session: undefined, rolsuper: false, rolcreaterole: false, rolbypassrls: false, owned: 0, member_of_owner: false });
  });

  test('every way around the audit log and a final settlement fails for that role', async () => {
    const outsider = await createMunicipality(t.handle.db, null, { name: 'Buitengemeente Twee' });
    const bypasses: [string, RawBuilder<unknown>][] = [
      ['disable the audit trigger', sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`],
      ['disable every audit trigger', sql`ALTER TABLE audit_event DISABLE TRIGGER ALL`],
      ['disable the settlement trigger', sql`ALTER TABLE settlement DISABLE TRIGGER settlement_immutable`],
      ['disable the position trigger', sql`ALTER TABLE settlement_position DISABLE TRIGGER ALL`],
      ['disable the hour lock', sql`ALTER TABLE hour_entry DISABLE TRIGGER hour_entry_settled_lock`],
      ['drop the audit trigger', sql`DROP TRIGGER audit_event_no_update_delete ON audit_event`],
      ['replace the audit trigger function', sql.raw(`CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$`)],
      ['add a trigger of its own', sql`CREATE TRIGGER sneaky BEFORE INSERT ON settlement_position FOR EACH ROW EXECUTE FUNCTION settlement_position_is_immutable()`],
      ['take over the audit table', sql`ALTER TABLE audit_event OWNER TO CURRENT_USER`],
      ['replica mode skips triggers', sql`SET LOCAL session_replication_role = replica`],
      ['update an audit row', sql`UPDATE audit_event SET action = 'x'`],
      ['delete an audit row', sql`DELETE FROM audit_event`],
      ['truncate the audit log', sql`TRUNCATE audit_event`],
      ['drop the audit log', sql`DROP TABLE audit_event`],
      ['update a final settlement', sql`UPDATE settlement SET content_hash = repeat('0', 64) WHERE id = ${k3}`],
      ['delete a final settlement', sql`DELETE FROM settlement WHERE id = ${k3}`],
      ['update its positions', sql`UPDATE settlement_position SET net_cents = 0 WHERE settlement_id = ${k3}`],
      ['delete its positions', sql`DELETE FROM settlement_position WHERE settlement_id = ${k3}`],
      ['truncate the positions', sql`TRUNCATE settlement_position`],
      ['drop the settlements', sql`DROP TABLE settlement CASCADE`],
      ['add a position to it', positionFor(k3, w.pool.id, outsider.id)],
      ['approve a submitted entry into its period', approveIntoK3(pending, w.users.coordinator.id)],
      ['rewrite the migration history', sql`DELETE FROM kysely_migration`],
      ['create a role', sql`CREATE ROLE sneaky_role`],
    ];
    const succeeded: string[] = [];
    for (const [label, statement] of bypasses) {
      if ((await attempt(t.handle.db, statement)) === undefined) succeeded.push(label);
    }
    assert.deepEqual(succeeded, []);
    const audit = await t.handle.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(audit.n) > 0, 'the audit rows are all still there');
  });

  test('the app does its ordinary work as that role', async () => {
    const id = await logAndApprove(a.mediatorStaphorst, a.coordinator, caseA.id, '2026-10-02', 90);
    assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/reopen`)).statusCode, 200);
    assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/approve`)).statusCode, 200);
    const draft = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K4' })).json().id as string;
    assert.equal((await a.coordinator.delete(`/api/v1/settlements/${draft}`)).statusCode, 204);
    // Finalised: an ended quarter (2026-K4 has not ended until 31 December).
    const k4 = (await a.coordinator.post('/api/v1/settlements', { period: '2026-K2' })).json().id as string;
    assert.equal((await a.coordinator.post(`/api/v1/settlements/${k4}/finalise`)).statusCode, 200);
    assert.equal((await a.finance.get(`/api/v1/settlements/${k4}/export.csv`)).statusCode, 200);
    assert.equal((await a.admin.get('/api/v1/audit-events?pageSize=5')).statusCode, 200);
    assert.equal((await a.admin.patch('/api/v1/me', { name: 'Beheerder Twee' })).statusCode, 200);
    const actions = await t.handle.db.selectFrom('audit_event').select('action').where('action', 'in', ['hours.reopen', 'settlement.delete', 'settlement.finalise']).execute();
    assert.equal(actions.length, 4);
  });
});

// ---- DATABASE_OWNER_URL + DATABASE_URL: the real server process ------------------------------

const BIN = path.resolve(import.meta.dirname, '../../bin/mediatorpool.mjs');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, LOG_LEVEL: 'warn', MEDIATORPOOL_DEMO: 'false', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const p: Proc = { child, output: () => out, exited };
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return p;
}

/** Resolves once the process printed `text`, rejects when it exits first; the time limit only ends a hung test. */
function waitForText(p: Proc, text: string, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      p.child.stdout!.off('data', check);
      p.child.stderr!.off('data', check);
      p.child.off('exit', exited);
      fn();
    };
    const check = () => {
      if (p.output().includes(text)) done(resolve);
    };
    const exited = () => done(() => reject(new Error(`process exited early:\n${p.output()}`)));
    const timer = setTimeout(() => done(() => reject(new Error(`"${text}" did not appear:\n${p.output()}`))), timeoutMs);
    p.child.stdout!.on('data', check);
    p.child.stderr!.on('data', check);
    p.child.on('exit', exited);
    if (p.child.exitCode !== null) exited();
    else check();
  });
}

describe('DATABASE_OWNER_URL migrates as the owner; the server process works as the DATABASE_URL role', { skip: skipPostgres }, () => {
  const name = `mp_owner_${randomBytes(5).toString('hex')}`;
  const runtimeRole = `${name}_rt`;
  const ownerUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://localhost/postgres');
  ownerUrl.pathname = `/${name}`;
  const runtimeUrl = new URL(ownerUrl);
  runtimeUrl.username = runtimeRole;
  runtimeUrl.password = '';
  const running: Proc[] = [];
  let dataDir = '';
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${database}`;
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'mediatorpool-roles-'));
    await admin(async (c) => {
      await c.query(`CREATE DATABASE ${name}`);
      // What an operator prepares: a login role with nothing but the right to connect.
      await c.query(`CREATE ROLE ${runtimeRole} LOGIN`);
    });
  });
  after(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await Promise.all(running.map((p) => p.exited));
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${runtimeRole}`);
    });
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a DATABASE_URL that is the owner itself is refused, with the reason', async () => {
    const p = start({ DATABASE_OWNER_URL: ownerUrl.toString(), DATABASE_URL: ownerUrl.toString(), DATA_DIR: dataDir, PORT: String(await freePort()) });
    running.push(p);
    assert.equal(await p.exited, 1);
    assert.match(p.output(), /DATABASE_URL/);
    assert.match(p.output(), /owns|superuser/);
  });

  test('the server migrates as the owner, then every connection it keeps is the restricted login role', async () => {
    const port = await freePort();
    const p = start({ DATABASE_OWNER_URL: ownerUrl.toString(), DATABASE_URL: runtimeUrl.toString(), DATA_DIR: dataDir, PORT: String(port) });
    running.push(p);
    await waitForText(p, 'Mediatorpool is running');
    assert.match(p.output(), new RegExp(`role "?${runtimeRole}`));
    assert.match(p.output(), /No administrator yet/, 'the first start prepared the invitation as that role');
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"x@example.org","password":"wrong-password"}' });
    assert.equal(health.status, 401);
    const users = await admin(async (c) => (await c.query<{ usename: string }>('SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])).rows.map((r) => r.usename), name);
    assert.deepEqual(users, [runtimeRole]);
    const owned = await admin(
      async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`, [runtimeRole])).rows[0]!.n,
      name,
    );
    assert.equal(owned, 0);
    const runtime = new pg.Client({ connectionString: runtimeUrl.toString() });
    await runtime.connect();
    try {
      await assert.rejects(runtime.query('ALTER TABLE audit_event DISABLE TRIGGER ALL'), /must be owner/);
      await assert.rejects(runtime.query(`UPDATE audit_event SET action = 'x'`), /permission denied/);
      await assert.rejects(runtime.query('TRUNCATE settlement_position'), /permission denied/);
    } finally {
      await runtime.end();
    }
    p.child.kill('SIGTERM');
    assert.equal(await p.exited, 0);
  });

  test('one DATABASE_URL: the restricted role alone is used as it is; an owner that may not create roles works with a warning', async () => {
    const alone = await openServerDatabase({ databaseUrl: runtimeUrl.toString(), poolSize: 1 });
    try {
      assert.deepEqual(alone.access, { kind: 'login', role: runtimeRole });
    } finally {
      await alone.handle.close();
    }
    const plainOwner = `${name}_plain`;
    const plainDb = `${name}_plain`;
    await admin(async (c) => {
      await c.query(`CREATE ROLE ${plainOwner} LOGIN`);
      await c.query(`CREATE DATABASE ${plainDb} OWNER ${plainOwner}`);
    });
    try {
      const url = new URL(ownerUrl);
      url.pathname = `/${plainDb}`;
      url.username = plainOwner;
      const opened = await openServerDatabase({ databaseUrl: url.toString(), poolSize: 1 });
      await opened.handle.close();
      assert.deepEqual(opened.access, { kind: 'unrestricted', role: plainOwner });
      assert.match(describeDatabaseAccess(opened.access), /^Warning: .*owns the tables and may not create roles/);
    } finally {
      await admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${plainDb} WITH (FORCE)`);
        await c.query(`DROP ROLE IF EXISTS ${plainOwner}`);
      });
    }
  });
});
