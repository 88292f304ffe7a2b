import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import { createTestApp, Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { pdfText } from '../helpers/hours-factories.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { addDays, addYears, isoDateInZone } from '../../src/domain/calendar/iso-date.js';
import { periodCode, periodContaining } from '../../src/domain/settlement/index.js';
import { runRetention } from '../../src/server/jobs/retention.js';
import type { Database } from '../../src/server/db/database.js';

/** Every row of every table of the schema as text (PGlite has no pg_dump): bytes as UTF-8 and as hex. */
async function dumpTables(db: Database): Promise<string> {
  const { rows: tables } = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(db);
  const out: string[] = [];
  for (const t of tables) {
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(t.name)}`.execute(db);
    for (const r of rows) {
      out.push(`${t.name}\t${JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? `${Buffer.from(v).toString('utf8')} ${Buffer.from(v).toString('hex')}` : v))}`);
    }
  }
  return out.join('\n');
}

/** pg_dump of the test database (as the server's user of TEST_DATABASE_URL): the whole database as SQL text. */
async function pgDump(db: Database): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(db);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.name}`;
  return execFileSync('pg_dump', ['--no-owner', '--no-privileges', url.toString()], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');

/**
 * Issue 17, item 3: the demo year's cases, ended and past their term, go on the monthly list; a
 * coordinator approves it; afterwards no party name is anywhere in the database (a full dump:
 * pg_dump on PostgreSQL, every table's rows on PGlite) while every report figure and settlement
 * statement is the same as before.
 */
for (const engine of testEngines()) {
  describe(`retention: destruction of the demo year (${engine})`, () => {
    let t: TestApp;
    let poolId: string;
    const today = isoDateInZone(new Date());
    const from = addDays(today, -364);
    const Q = `from=${from}&to=${today}`;
    const years = [Number(from.slice(0, 4)), Number(today.slice(0, 4))];
    const login = () => new Agent(t.app).login('coordinator@mediatorpool.example', DEMO_PASSWORD);
    const finance = () => new Agent(t.app).login('financien@mediatorpool.example', DEMO_PASSWORD);

    before(async () => {
      t = await createTestApp(engine);
      poolId = (await seedDemo(t.handle.db)).poolId;
    });
    after(() => t.close());

    /** Every report figure and every statement of the settlements, as the API gives them. */
    async function snapshot() {
      const c = await login();
      const f = await finance();
      const ok = async (url: string, agent = c) => {
        const res = await agent.get(url);
        assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
        return res;
      };
      const report = (await ok(`/api/v1/reports?${Q}`)).json();
      const members = (await t.handle.db.selectFrom('pool_member').select('municipality_id').where('pool_id', '=', poolId).orderBy('municipality_id').execute()).map((m) => m.municipality_id);
      const benchmarks = [];
      for (const year of years) for (const m of members) benchmarks.push((await ok(`/api/v1/reports/benchmark?year=${year}&municipalityId=${m}`)).json());
      // The register shuffles its rows on every download (so the order tells nothing): compared as a set of rows without the running number.
      const register = (await ok(`/api/v1/reports/case-register?${Q}`)).body.split('\r\n').map((l) => l.replace(/^[^;]*;/, '')).sort();
      const settlements = [];
      for (const s of (await f.get('/api/v1/settlements')).json().items as { id: string }[]) {
        const detail = (await ok(`/api/v1/settlements/${s.id}`, f)).json();
        const statements = (await ok(`/api/v1/settlements/${s.id}/statements`, f)).json();
        const pdfs = [];
        for (const st of statements.items as { municipality: { id: string } }[]) {
          const res = await f.get(`/api/v1/settlements/${s.id}/statements/${st.municipality.id}/pdf`);
          assert.equal(res.statusCode, 200, res.body);
          pdfs.push(pdfText(res.rawPayload).replace(/Opgesteld op .*\n/g, ''));
        }
        settlements.push({ detail, statements, pdfs, csv: (await ok(`/api/v1/settlements/${s.id}/export.csv`, f)).body });
      }
      // Every amount and minute stays; the declarations' free-text notes go with the case file.
      const external = JSON.parse((await ok('/api/v1/external-costs', f)).body, (k, v: unknown) => (k === 'note' ? null : v));
      return { report, benchmarks, register, settlements, external };
    }

    test('after the approved list no party name is left in the database, and every report and statement is unchanged', async () => {
      const db = t.handle.db;
      // Two settlements of the demo year: the last ended quarter, final (its hours are locked), and the one before, a draft.
      const lastEnded = periodContaining('quarter', addDays(periodContaining('quarter', today).start, -1));
      const before = periodContaining('quarter', addDays(lastEnded.start, -1));
      const c0 = await login();
      const final = await c0.post('/api/v1/settlements', { period: periodCode(lastEnded) });
      assert.equal(final.statusCode, 201, final.body);
      assert.equal((await c0.post(`/api/v1/settlements/${final.json().id}/finalise`)).statusCode, 200);
      assert.equal((await c0.post('/api/v1/settlements', { period: periodCode(before) })).statusCode, 201);

      // Years pass: every case of the demo ends (the figures are taken after this, so only destruction is compared).
      await sql`UPDATE mediation_case SET status = 'closed', closed_on = coalesce(closed_on, ${today}::date) WHERE pool_id = ${poolId} AND status NOT IN ('closed', 'withdrawn', 'referred')`.execute(db);
      // Notes and free texts that destruction must take away, on a settled hour too.
      await sql`UPDATE hour_entry SET note = 'Gesprek met ' || (SELECT name FROM case_party p WHERE p.case_id = hour_entry.case_id ORDER BY position LIMIT 1)
                WHERE pool_id = ${poolId} AND status = 'approved' AND NOT EXISTS (SELECT 1 FROM settlement s WHERE s.status = 'final' AND hour_entry.period_start BETWEEN s.period_start AND s.period_end)`.execute(db);
      const parties = await sql<{ name: string; email: string | null }>`SELECT DISTINCT name, email FROM case_party WHERE pool_id = ${poolId}`.execute(db);
      const users = new Set((await db.selectFrom('app_user').select('name').execute()).map((u) => u.name));
      // A mediator's registered relationship (the registry, not a case file) names a person; it stays with the mediator's declaration.
      const declared = new Set((await db.selectFrom('mediator_relationship').select('person_name').execute()).map((r) => r.person_name));
      const names = [...new Set(parties.rows.map((p) => p.name))].filter((n) => !users.has(n));
      const emails = parties.rows.map((p) => p.email).filter((e): e is string => !!e);
      assert.ok(names.length >= 40, `${names.length} party names`);

      const beforeFigures = await snapshot();
      const dumpBefore = engine === 'postgres' ? await pgDump(db) : await dumpTables(db);
      assert.ok(names.some((n) => dumpBefore.includes(n)), 'the dump finds a party name while it is there');

      // Six years on, the monthly job proposes the list; nothing is destroyed until it is approved.
      const later = new Date(`${addYears(today, 6)}T10:00:00Z`);
      const run = await runRetention(db, { now: later });
      assert.equal(run.proposed.length, 1);
      assert.equal((await runRetention(db, { now: later })).proposed.length, 0, 'one list a month, however often the job runs');
      const c = await login();
      const list = (await c.get(`/api/v1/destruction-lists/${run.proposed[0]}`)).json();
      const caseItems = list.items.filter((i: { kind: string }) => i.kind === 'case_file');
      const caseCount = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM mediation_case WHERE pool_id = ${poolId}`.execute(db)).rows[0]!.n);
      assert.equal(caseItems.length, caseCount, 'every case file is on the list');
      assert.ok(list.effects.some((e: { kind: string; keeps: string[] }) => e.kind === 'case_file' && e.keeps.length > 0));
      for (const i of list.items) for (const n of names) assert.ok(!i.label.includes(n), 'the list names no party');
      assert.equal(Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM destroyed_case`.execute(db)).rows[0]!.n), 0);

      const approved = await c.post(`/api/v1/destruction-lists/${list.id}/approval`, { version: list.version });
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(approved.json().status, 'destroyed');
      assert.equal(approved.json().approvedBy, 'Hans Koster');
      assert.ok(approved.json().items.every((i: { destroyedAt: string | null }) => i.destroyedAt !== null));

      const afterFigures = await snapshot();
      assert.deepEqual(afterFigures.report, beforeFigures.report, 'the pool report');
      assert.deepEqual(afterFigures.benchmarks, beforeFigures.benchmarks, 'the benchmarks');
      assert.deepEqual(afterFigures.register, beforeFigures.register, 'the anonymised case register');
      assert.deepEqual(afterFigures.settlements, beforeFigures.settlements, 'every settlement, statement (PDF) and export');
      assert.deepEqual(afterFigures.external, beforeFigures.external, 'external costs');
      assert.ok(beforeFigures.settlements.length === 2 && beforeFigures.settlements.every((s) => s.pdfs.length > 0));

      const dump = engine === 'postgres' ? await pgDump(db) : await dumpTables(db);
      const left = names.filter((n) => dump.includes(n) || dump.includes(hex(n)));
      const outsideDeclarations = left.filter((n) => !declared.has(n));
      assert.deepEqual(outsideDeclarations, [], 'party names left in the dump');
      for (const n of left) {
        // A declared relationship's name: only in mediator_relationship, nowhere else.
        const lines = dump.split('\n').filter((l) => l.includes(n));
        assert.ok(lines.every((l) => l.startsWith('mediator_relationship') || /^[0-9a-f-]{36}\t/.test(l)), `${n} only in the registry: ${lines.join(' | ').slice(0, 300)}`);
      }
      for (const e of emails) assert.ok(!dump.includes(e), `no party address left (${e})`);
      // The record of the destruction stays.
      const record = await sql<{ n: number }>`SELECT count(*)::int AS n FROM destruction_list WHERE status = 'destroyed' AND approved_label = 'Hans Koster' AND approved_at IS NOT NULL`.execute(db);
      assert.equal(Number(record.rows[0]!.n), 1);
    });

    test('an approved list is a record: approved twice, or changed afterwards, answers 409 and nothing changes', async () => {
      const c = await login();
      const lists = (await c.get('/api/v1/destruction-lists')).json().items as { id: string; version: number; status: string }[];
      const done = lists.find((l) => l.status === 'destroyed')!;
      const detail = (await c.get(`/api/v1/destruction-lists/${done.id}`)).json();
      const again = await c.post(`/api/v1/destruction-lists/${done.id}/approval`, { version: done.version });
      assert.equal(again.statusCode, 409);
      assert.match(again.json().type, /destruction-list-approved/);
      const item = detail.items[0];
      const change = await c.put(`/api/v1/destruction-lists/${done.id}/items/${item.id}`, { excluded: true, reason: 'toch bewaren', version: done.version });
      assert.equal(change.statusCode, 409);
      assert.deepEqual((await c.get(`/api/v1/destruction-lists/${done.id}`)).json(), detail, 'nothing changed');
      // Not even the database owner's way round: the items of an approved list do not change.
      await assert.rejects(sql`UPDATE destruction_list_item SET excluded = true, exclude_reason = 'x' WHERE id = ${item.id}`.execute(t.handle.db));
    });
  });
}
