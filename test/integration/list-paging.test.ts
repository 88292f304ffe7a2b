import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery, sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createCaseWorld } from '../helpers/case-factories.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, type HoursWho } from '../helpers/hours-factories.js';
import { LIST_REACH } from '../../src/contract/common.js';
import type { Database } from '../../src/server/db/database.js';
import type { Actor } from '../../src/server/auth/actor.js';
import { caseListQueries } from '../../src/server/modules/cases/repository/case-list.js';
import { cappedCountQuery } from '../../src/server/db/paging.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../../src/server/modules/case-status/index.js';
import type { CaseSort } from '../../src/contract/cases.js';

/**
 * Issue 13, item 2 (docs/adr/0013-lists-that-stay-flat.md): a list counts up to LIST_REACH and says
 * there are more, its pages reach the first LIST_REACH rows and no further, every sort is a total
 * order (the number breaks ties) so pages follow each other without gaps or repeats, the hours
 * approval queue is paged, and on PostgreSQL the case list's statements read an index in its order.
 */

const SORTS: CaseSort[] = ['referredOn', 'number', 'status', 'nextDue'];
const STATUSES = ['registered', 'triage', 'matching', 'in_progress', 'closed', 'withdrawn'];

/**
 * `n` cases of a year in the pool, set-based: referred over the year (several a day, so the
 * referred date has ties), spread over the statuses and both municipalities, some with a running clock.
 */
async function insertCases(db: Database, o: { poolId: string; municipalityIds: string[]; referrerId: string; n: number; year: number }) {
  const munis = sql.join(o.municipalityIds.map((id) => sql`${id}::uuid`));
  const statuses = sql.join(STATUSES.map((s) => sql`${s}`));
  await sql`
    INSERT INTO mediation_case (pool_id, number, requesting_municipality_id, case_type, title, description, status,
      referral_source, referrer_user_id, referred_on, first_contact_due_on, conclusion_due_on)
    SELECT ${o.poolId}::uuid, 'MP-' || ${o.year}::int || '-' || lpad(i::text, 4, '0'),
      (ARRAY[${munis}])[1 + i % ${o.municipalityIds.length}::int],
      (ARRAY['employment', 'neighbours', 'citizen_government'])[1 + i % 3],
      'Zaak ' || i || CASE WHEN i % 97 = 0 THEN ' burenruzie' ELSE '' END, 'Omschrijving', s.status, 'hr', ${o.referrerId}::uuid,
      make_date(${o.year}::int, 1, 1) + (i / 4),
      CASE WHEN i % 5 = 0 THEN make_date(${o.year}::int, 1, 1) + (i / 4) + 10 END,
      CASE WHEN i % 7 = 0 THEN make_date(${o.year}::int, 1, 1) + (i / 4) + 90 END
    FROM generate_series(1, ${o.n}::int) AS i
    CROSS JOIN LATERAL (SELECT (ARRAY[${statuses}])[1 + i % ${STATUSES.length}::int] AS status) s`.execute(db);
}

for (const engine of testEngines()) {
  describe(`lists that stay flat (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    let coordinator: Agent;
    const N = LIST_REACH + 10;

    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
      await insertCases(t.handle.db, { poolId: w.pool.id, municipalityIds: [w.meppel.id, w.staphorst.id], referrerId: w.users.contactMeppel.id, n: N, year: 2025 });
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    const list = async (query: string) => {
      const res = await coordinator.get(`/api/v1/cases?${query}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { items: { id: string; number: string; status: string; referredOn: string; nextDueOn: string | null }[]; total: number; totalCapped: boolean; page: number };
    };

    test(`the total counts up to ${LIST_REACH} and then says there are more; a filtered list under the cap is counted exactly`, async () => {
      const all = await list('');
      assert.deepEqual([all.total, all.totalCapped, all.items.length], [LIST_REACH, true, 25]);
      const staphorst = await list(`municipalityId=${w.staphorst.id}`);
      assert.deepEqual([staphorst.total, staphorst.totalCapped], [N / 2, false]);
      const searched = await list('q=burenruzie');
      assert.deepEqual([searched.total, searched.totalCapped], [Math.floor(N / 97), false]);
      assert.ok(searched.items.every((c) => c.number.startsWith('MP-2025-')));
    });

    test(`pages reach the first ${LIST_REACH} rows of an order; a page beyond them is a 400 on page that names the way on`, async () => {
      const last = await list(`page=${LIST_REACH / 25}&pageSize=25`);
      assert.equal(last.items.length, 25);
      for (const query of [`page=${LIST_REACH / 25 + 1}&pageSize=25`, `page=${LIST_REACH / 200 + 1}&pageSize=200`, 'page=100000']) {
        const res = await coordinator.get(`/api/v1/cases?${query}`);
        assert.equal(res.statusCode, 400, query);
        assert.deepEqual(
          res.json().invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]),
          [['page', 'page-beyond-reach']],
          query,
        );
        assert.match(res.json().invalidParams[0].reason, /Verfijn de filters/);
      }
      // Turning the order around reaches the other end.
      const oldestFirst = await list('sort=referredOn&direction=asc');
      assert.equal(oldestFirst.items[0]!.number, 'MP-2025-0001');
    });

    test('every sort, both directions: pages follow each other without a gap or a repeat, in the order asked', async () => {
      for (const sort of SORTS) {
        for (const direction of ['asc', 'desc'] as const) {
          const q = `sort=${sort}&direction=${direction}`;
          const [p1, p2, both] = await Promise.all([list(`${q}&pageSize=30&page=1`), list(`${q}&pageSize=30&page=2`), list(`${q}&pageSize=60&page=1`)]);
          const ids = [...p1.items, ...p2.items].map((c) => c.id);
          assert.deepEqual(ids, both.items.map((c) => c.id), q);
          assert.equal(new Set(ids).size, 60, q);
          const key = (c: (typeof both.items)[number]) => ({ referredOn: c.referredOn, number: c.number, status: c.status, nextDue: c.nextDueOn })[sort];
          const keys = both.items.map(key);
          for (let i = 1; i < keys.length; i++) {
            const prev = keys[i - 1] ?? null;
            const next = keys[i] ?? null;
            // Cases without a running clock come last in both directions.
            if (next === null) continue;
            assert.ok(prev !== null, `${q}: a case without a clock before one with (${i})`);
            assert.ok(direction === 'asc' ? prev <= next : prev >= next, `${q}: ${prev} then ${next}`);
          }
        }
      }
    });

    test('the invitations are paged, newest first, with their count', async () => {
      const admin = await new Agent(t.app).login(w.users.admin.email, w.users.admin.password);
      for (const name of ['Eerste', 'Tweede', 'Derde']) {
        const res = await admin.post('/api/v1/invitations', { email: `${name.toLowerCase()}@example.test`, name, roles: ['contact'], municipalityId: w.meppel.id });
        assert.equal(res.statusCode, 201, res.body);
      }
      const page = async (n: number) => (await admin.get(`/api/v1/invitations?page=${n}&pageSize=2`)).json();
      const [p1, p2] = [await page(1), await page(2)];
      assert.deepEqual([...p1.items, ...p2.items].map((i: { name: string }) => i.name), ['Derde', 'Tweede', 'Eerste']);
      assert.deepEqual([p1.total, p1.totalCapped, p2.page], [3, false, 2]);
    });

    test('a case referred between two page loads shifts the newest-first list by one: nothing is skipped', async () => {
      const before1 = await list('pageSize=10&page=1');
      await insertCases(t.handle.db, { poolId: w.pool.id, municipalityIds: [w.meppel.id], referrerId: w.users.contactMeppel.id, n: 1, year: 2026 });
      const after2 = await list('pageSize=10&page=2');
      assert.equal(after2.items[0]!.id, before1.items[9]!.id, 'the last case of page 1 opens page 2');
    });
  });

  describe(`the hours approval queue is paged (${engine})`, () => {
    let t: TestApp;
    let a: Record<HoursWho, Agent>;
    let entryIds: string[];

    before(async () => {
      t = await createTestApp(engine);
      const w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, referredOn: '2026-06-01' });
      entryIds = [];
      for (let i = 0; i < 30; i++) {
        const res = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/hours`, hoursBody(`2026-07-${String(1 + (i % 28)).padStart(2, '0')}`, 15));
        assert.equal(res.statusCode, 201, res.body);
        entryIds.push(res.json().id);
      }
    });
    after(() => t.close());

    test('oldest first, 25 a page, with the count; approving on page 2 leaves one fewer; a page beyond the reach is a 400', async () => {
      const page = async (n: number) => {
        const res = await a.coordinator.get(`/api/v1/hours/approval-queue?page=${n}`);
        assert.equal(res.statusCode, 200, res.body);
        return res.json() as { items: { id: string; allowedActions: string[] }[]; total: number; totalCapped: boolean; page: number; pageSize: number; allowedActions: string[] };
      };
      const [p1, p2] = [await page(1), await page(2)];
      assert.deepEqual([p1.items.length, p2.items.length, p1.total, p1.totalCapped, p1.pageSize], [25, 5, 30, false, 25]);
      assert.deepEqual([...p1.items, ...p2.items].map((e) => e.id), entryIds, 'in the order they were submitted');
      assert.ok(p1.allowedActions.includes('review'));
      assert.ok(p2.items.every((e) => e.allowedActions.includes('approve')));

      assert.equal((await a.coordinator.post(`/api/v1/hours/${p2.items[0]!.id}/approve`)).statusCode, 200);
      const again = await page(2);
      assert.deepEqual([again.total, again.items.length], [29, 4]);

      const beyond = await a.coordinator.get(`/api/v1/hours/approval-queue?page=${LIST_REACH / 25 + 1}`);
      assert.equal(beyond.statusCode, 400);
      assert.equal(beyond.json().invalidParams[0].name, 'page');
    });
  });
}

/**
 * The plans, on PostgreSQL only (PGlite's planner is the same code, but its statistics are not
 * worth asserting on): with 20,000 cases analysed, every order of the case list reads an index in
 * that order (no Sort over the pool's cases), and neither the page nor the capped count of any
 * list filter reads the whole table.
 */
if (testEngines().includes('postgres')) {
  describe('the case list reads an index in its order (postgres)', () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    let actor: Actor;

    before(async () => {
      t = await createTestApp('postgres');
      w = await createCaseWorld(t.handle.db);
      for (const year of [2021, 2022, 2023, 2024, 2025]) {
        await insertCases(t.handle.db, { poolId: w.pool.id, municipalityIds: [w.meppel.id, w.staphorst.id], referrerId: w.users.contactMeppel.id, n: 4000, year });
      }
      // VACUUM as well as ANALYZE: the visibility map then is the same in every run (all visible), whether or not
      // autovacuum happened to pass after the inserts; its state changes the planner's costs and so its choice of plan.
      await sql`VACUUM ANALYZE mediation_case`.execute(t.handle.db);
      const u = w.users.coordinator;
      actor = { userId: u.id, poolId: w.pool.id, municipalityId: w.meppel.id, roles: ['coordinator'], name: 'C', email: u.email, locale: 'nl', via: 'session' };
    });
    after(() => t.close());

    interface PlanNode {
      'Node Type': string;
      'Relation Name'?: string;
      'Index Name'?: string;
      Plans?: PlanNode[];
    }
    /** Each node of the plan with whether a Limit lies above it (a scan under a Limit stops early). */
    const nodes = (n: PlanNode, limited = false): (PlanNode & { limited: boolean })[] => [
      { ...n, limited },
      ...(n.Plans ?? []).flatMap((c) => nodes(c, limited || n['Node Type'] === 'Limit')),
    ];
    const explain = async (compiled: { sql: string; parameters: readonly unknown[] }) => {
      const res = await t.handle.db.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]));
      return nodes(res.rows[0]!['QUERY PLAN'][0].Plan);
    };
    const describePlan = (plan: PlanNode[]) => plan.map((n) => `${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}`).join(' / ');
    const seqScanOfCases = (plan: PlanNode[]) => plan.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'mediation_case');
    /** A sequential scan of the cases that no Limit stops: it reads the whole table. */
    const unboundedSeqScan = (plan: (PlanNode & { limited: boolean })[]) =>
      plan.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'mediation_case' && !n.limited) ||
      plan.some((n) => n['Node Type'] === 'Sort' && plan.some((m) => m['Node Type'] === 'Seq Scan' && m['Relation Name'] === 'mediation_case'));
    const queries = async (filters: Record<string, unknown>) => {
      const { calendar } = await loadPoolClockSettings(t.handle.db, w.pool.id);
      const q = caseListQueries(t.handle.db, actor, { page: 1, pageSize: 25, ...filters }, todayInAmsterdam(), calendar);
      return { page: q.page.compile(), count: cappedCountQuery(q.filtered).compile(t.handle.db) };
    };

    test('every sort, both directions: an index scan in the order, no sort, no sequential scan', async () => {
      for (const sort of SORTS) {
        for (const direction of ['asc', 'desc'] as const) {
          const { page, count } = await queries({ sort, direction });
          const plan = await explain(page);
          assert.ok(!plan.some((n) => n['Node Type'].includes('Sort')), `${sort} ${direction}: ${describePlan(plan)}`);
          assert.ok(!seqScanOfCases(plan), `${sort} ${direction}: ${describePlan(plan)}`);
          assert.ok(plan.some((n) => n['Relation Name'] === 'mediation_case' && /Index/.test(n['Node Type'])), `${sort} ${direction}: ${describePlan(plan)}`);
          const countPlan = await explain(count);
          assert.ok(!unboundedSeqScan(countPlan), `count ${sort} ${direction}: ${describePlan(countPlan)}`);
        }
      }
    });

    test('every filter: neither the page nor the count reads the whole table', async () => {
      // Search needs the trigram indexes, which migration 0016 makes only where pg_trgm is available.
      const trigram = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_trgm'`.execute(t.handle.db)).rows[0]!.n > 0;
      const searches = trigram ? [{ q: 'burenruzie' }, { q: 'MP-2023-01' }] : [];
      for (const filters of [{ status: ['triage'] }, { municipalityId: w.staphorst.id }, { caseType: 'neighbours' }, { clockState: 'overdue' }, ...searches]) {
        const { page, count } = await queries(filters);
        for (const [what, compiled] of [['page', page], ['count', count]] as const) {
          const plan = await explain(compiled);
          assert.ok(!unboundedSeqScan(plan), `${JSON.stringify(filters)} ${what}: ${describePlan(plan)}`);
        }
      }
    });
  });
}
