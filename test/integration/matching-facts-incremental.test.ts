import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { Agent, buildTestApp, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createEmptyPostgresDatabase, testEngines } from '../helpers/test-database.js';
import { createDemoMatchingPool, createMatchingCase, type MatchingWorld } from '../helpers/matching-factories.js';
import { logAndApprove } from '../helpers/hours-factories.js';
import type { Database, DatabaseHandle } from '../../src/server/db/database.js';
import { openServerDatabase } from '../../src/server/db/server-database.js';
import { currentPoolMediators } from '../../src/server/modules/matching/mediator-facts-cache.js';
import { loadPoolMediators, matchingPeriod } from '../../src/server/modules/matching/load-matching-inputs.js';
import { prepareServerPool } from '../../src/server/modules/matching/eligibility.js';
import { approvedMinutes } from '../../src/server/db/approved-minutes.js';
import { addDays, todayInAmsterdam } from '../../src/domain/calendar/iso-date.js';

/**
 * Issue 13, items 3 and 4: the mediator facts kept in memory follow an hour entry or an
 * assignment by reading only what changed (matching_facts_change, migration 0017), and the
 * approved minutes per month (approved_minutes_month) stay equal to the hour entries.
 */

interface Ranked {
  mediator: { id: string; name: string };
  parts: { key: string; raw: number }[];
}

const fairnessOf = (body: { eligible: Ranked[] }, mediatorId: string) => body.eligible.find((r) => r.mediator.id === mediatorId)?.parts.find((p) => p.key === 'fairness')?.raw;

/** The kept facts are exactly what a full read of the pool gives now. */
async function assertCacheIsFresh(db: Database, poolId: string, label: string) {
  const when = matchingPeriod(todayInAmsterdam());
  const kept = await currentPoolMediators(db, poolId, when);
  const fresh = await loadPoolMediators(db, poolId, when);
  assert.deepEqual(kept.mediators, fresh, `${label}: mediators`);
  assert.deepEqual(kept.pool, prepareServerPool(fresh), `${label}: prepared pool`);
}

/** What the triggers recorded after `since` for the pool. */
const changesSince = async (db: Database, poolId: string, since: number) =>
  (
    await sql<{ kind: string; subject_id: string }>`SELECT DISTINCT kind, subject_id FROM matching_facts_change WHERE pool_id = ${poolId} AND version > ${since} ORDER BY 1, 2`.execute(db)
  ).rows.map((r) => `${r.kind}:${r.subject_id}`);
const versionOf = async (db: Database, poolId: string) =>
  Number((await db.selectFrom('matching_facts_version').select('version').where('pool_id', '=', poolId).executeTakeFirst())?.version ?? 0);

/** Rows where the monthly totals and a sum over hour_entry differ (both directions); none expected. */
const totalsDifferingFromEntries = async (db: Database) =>
  (
    await sql<{ n: number }>`
      WITH kept AS (SELECT pool_id, dimension, month, subject_id, minutes FROM approved_minutes_month WHERE minutes <> 0),
      counted AS (
        SELECT h.pool_id, x.dimension, date_trunc('month', h.work_date)::date AS month, x.subject_id, sum(h.minutes) AS minutes
        FROM hour_entry h
        CROSS JOIN LATERAL (VALUES ('supplier', h.supplier_municipality_id), ('user', h.user_municipality_id), ('mediator', h.mediator_id)) x (dimension, subject_id)
        WHERE h.status = 'approved' GROUP BY 1, 2, 3, 4 HAVING sum(h.minutes) <> 0
      )
      SELECT count(*)::int AS n FROM ((SELECT * FROM kept EXCEPT SELECT * FROM counted) UNION ALL (SELECT * FROM counted EXCEPT SELECT * FROM kept)) d`.execute(db)
  ).rows[0]!.n;

for (const engine of testEngines()) {
  describe(`matching facts and hour totals follow each change (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let coordinator: Agent;
    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    test('an approved hour entry and an assignment show in the candidates at once; only that balance or that mediator is read again', async () => {
      const db = t.handle.db;
      const meppelCase = await createMatchingCase(db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
      const westerveldCase = await createMatchingCase(db, w.pool.id, { municipalityId: w.municipalities.westerveld.id, referrerUserId: w.users.contact.id, status: 'in_progress' });
      const bram = w.mediators.steenwijkerland;
      const carla = w.mediators.westerveld;
      const candidates = async () => (await coordinator.get(`/api/v1/cases/${meppelCase.id}/candidates`)).json() as { eligible: Ranked[]; excluded: { mediator: { id: string }; exclusions: { code: string }[] }[] };
      assert.equal(fairnessOf(await candidates(), bram.profile.id), 0);
      await assertCacheIsFresh(db, w.pool.id, 'warm');

      // Hours awaiting approval are no matching fact: the counter does not move.
      const workDate = addDays(todayInAmsterdam(), -20);
      const entry = (status: 'submitted' | 'approved', minutes: number) => ({
        pool_id: w.pool.id,
        case_id: westerveldCase.id,
        mediator_id: bram.profile.id,
        supplier_municipality_id: w.municipalities.steenwijkerland.id,
        user_municipality_id: w.municipalities.westerveld.id,
        work_date: workDate,
        minutes,
        activity: 'session' as const,
        status,
        created_by: bram.user.id,
        ...(status === 'approved' ? { period_code: workDate.slice(0, 7), period_start: `${workDate.slice(0, 7)}-01`, period_end: workDate } : {}),
      });
      let v = await versionOf(db, w.pool.id);
      await db.insertInto('hour_entry').values(entry('submitted', 300)).execute();
      assert.equal(await versionOf(db, w.pool.id), v, 'a submitted entry changes no matching fact');

      await db.insertInto('hour_entry').values(entry('approved', 600)).execute();
      assert.deepEqual(await changesSince(db, w.pool.id, v), ['balance:00000000-0000-0000-0000-000000000000'], 'approved hours move the balances only');
      const afterHours = await candidates();
      assert.ok(fairnessOf(afterHours, bram.profile.id)! > 0, 'Steenwijkerland supplied 10 hours');
      assert.ok(fairnessOf(afterHours, carla.profile.id)! < 0, 'Westerveld used 10 hours');
      await assertCacheIsFresh(db, w.pool.id, 'after approved hours');

      // An assignment: Bram's last free place taken, then given back.
      await db.updateTable('mediator_profile').set({ max_concurrent_cases: 1 }).where('id', '=', bram.profile.id).execute();
      assert.ok((await candidates()).eligible.some((r) => r.mediator.id === bram.profile.id));
      v = await versionOf(db, w.pool.id);
      await db.insertInto('case_mediator').values({ case_id: westerveldCase.id, mediator_id: bram.profile.id, pool_id: w.pool.id, role: 'lead' }).execute();
      assert.deepEqual(await changesSince(db, w.pool.id, v), [`mediator:${bram.profile.id}`], 'an assignment names its mediator only');
      const full = await candidates();
      assert.ok(!full.eligible.some((r) => r.mediator.id === bram.profile.id), 'at capacity now');
      assert.ok(full.excluded.find((x) => x.mediator.id === bram.profile.id)!.exclusions.some((e) => e.code === 'at_capacity'));
      await assertCacheIsFresh(db, w.pool.id, 'after an assignment');

      // The case concluded: no longer load, now experience (the case's mediators are named).
      v = await versionOf(db, w.pool.id);
      await db.updateTable('mediation_case').set({ status: 'concluded', concluded_on: todayInAmsterdam() }).where('id', '=', westerveldCase.id).execute();
      assert.deepEqual(await changesSince(db, w.pool.id, v), [`mediator:${bram.profile.id}`]);
      assert.ok((await candidates()).eligible.some((r) => r.mediator.id === bram.profile.id), 'a free place again');
      await assertCacheIsFresh(db, w.pool.id, 'after the case concluded');

      // A correction and a deletion of approved minutes; a mediator who leaves; a renamed municipality (everything).
      await db.insertInto('hour_entry').values({ ...entry('approved', -120), corrects_id: (await db.selectFrom('hour_entry').select('id').where('minutes', '=', 600).executeTakeFirstOrThrow()).id }).execute();
      await assertCacheIsFresh(db, w.pool.id, 'after a correction');
      await db.updateTable('mediator_profile').set({ status: 'left' }).where('id', '=', carla.profile.id).execute();
      await assertCacheIsFresh(db, w.pool.id, 'after a mediator left');
      await db.updateTable('mediator_profile').set({ status: 'active' }).where('id', '=', carla.profile.id).execute();
      await db.updateTable('municipality').set({ name: 'Westerveld (Drenthe)' }).where('id', '=', w.municipalities.westerveld.id).execute();
      await assertCacheIsFresh(db, w.pool.id, 'after a municipality changed');
      await db.updateTable('municipality').set({ name: 'Westerveld' }).where('id', '=', w.municipalities.westerveld.id).execute();
      await db.deleteFrom('hour_entry').where('case_id', '=', westerveldCase.id).where('corrects_id', 'is not', null).execute();
      await assertCacheIsFresh(db, w.pool.id, 'after a correction was deleted');
      assert.equal(await totalsDifferingFromEntries(db), 0);
    });

    test('the approved minutes per month stay equal to the hour entries through logging, approval, rejection, change and deletion, for any period', async () => {
      const db = t.handle.db;
      const c = await createMatchingCase(db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id, status: 'in_progress' });
      const base = {
        pool_id: w.pool.id,
        case_id: c.id,
        mediator_id: w.mediators.westerveld.profile.id,
        supplier_municipality_id: w.municipalities.westerveld.id,
        user_municipality_id: w.municipalities.meppel.id,
        activity: 'session' as const,
        created_by: w.mediators.westerveld.user.id,
      };
      const dates = ['2025-01-31', '2025-02-01', '2025-02-14', '2025-02-28', '2025-03-01', '2025-12-31', '2026-01-01'];
      // Many rows in one statement, some approved.
      const ids = (
        await db
          .insertInto('hour_entry')
          .values(
            dates.flatMap((d, i) => [
              { ...base, work_date: d, minutes: 30 + i, status: 'submitted' },
              { ...base, work_date: d, minutes: 60 + i, status: 'approved', period_code: d.slice(0, 7), period_start: `${d.slice(0, 7)}-01`, period_end: d },
            ]),
          )
          .returning(['id', 'status', 'work_date'])
          .execute()
      ).map((r) => r);
      assert.equal(await totalsDifferingFromEntries(db), 0, 'after inserting');
      const submitted = ids.filter((r) => r.status === 'submitted');
      // Approve two, reject one, move one approved entry to another month, change minutes, delete one.
      for (const r of submitted.slice(0, 2)) {
        await db.updateTable('hour_entry').set({ status: 'approved', period_code: r.work_date.slice(0, 7), period_start: `${r.work_date.slice(0, 7)}-01`, period_end: r.work_date }).where('id', '=', r.id).execute();
      }
      await db.updateTable('hour_entry').set({ status: 'rejected', reject_reason: 'Dubbel' }).where('id', '=', submitted[2]!.id).execute();
      const approved = ids.filter((r) => r.status === 'approved');
      await db.updateTable('hour_entry').set({ work_date: '2025-04-02', minutes: 99 }).where('id', '=', approved[0]!.id).execute();
      await db.updateTable('hour_entry').set({ note: 'Alleen een notitie' }).where('id', '=', approved[1]!.id).execute();
      await db.deleteFrom('hour_entry').where('id', '=', approved[2]!.id).execute();
      assert.equal(await totalsDifferingFromEntries(db), 0, 'after approving, rejecting, changing and deleting');

      // Any period, whole months or not, sums exactly the approved entries worked in it.
      for (const [from, to] of [
        ['2025-01-01', '2025-12-31'],
        ['2025-01-31', '2025-03-01'],
        ['2025-02-02', '2025-02-27'],
        ['2025-02-01', '2025-02-28'],
        ['2024-12-15', '2026-01-01'],
      ] as const) {
        const viaTotals = (await approvedMinutes(w.pool.id, from, to, ['supplier', 'user', 'mediator']).execute(db)).rows
          .map((r) => `${r.dimension}:${r.subject_id}:${Number(r.minutes)}`)
          .sort();
        const direct = (
          await sql<{ d: string }>`
            SELECT x.dimension || ':' || x.subject_id || ':' || sum(h.minutes) AS d FROM hour_entry h
            CROSS JOIN LATERAL (VALUES ('supplier', h.supplier_municipality_id), ('user', h.user_municipality_id), ('mediator', h.mediator_id)) x (dimension, subject_id)
            WHERE h.pool_id = ${w.pool.id} AND h.status = 'approved' AND h.work_date BETWEEN ${from}::date AND ${to}::date GROUP BY x.dimension, x.subject_id`.execute(db)
        ).rows
          .map((r) => r.d)
          .sort();
        assert.deepEqual(viaTotals, direct, `${from} – ${to}`);
      }
    });
  });
}

const skip = process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (CI sets it): two instances need a PostgreSQL server';

describe('two app instances: the candidates on one follow hours and assignments written on the other', { skip }, () => {
  let main: { handle: DatabaseHandle; name: string };
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let w: MatchingWorld;

  before(async () => {
    // Each instance opens the database as the server does: migrate, then work as the runtime role.
    main = await createEmptyPostgresDatabase();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${main.name}`;
    first = (await openServerDatabase({ databaseUrl: url.toString(), poolSize: 5 })).handle;
    second = (await openServerDatabase({ databaseUrl: url.toString(), poolSize: 5 })).handle;
    appA = await buildTestApp(first.db);
    appB = await buildTestApp(second.db);
    w = await createDemoMatchingPool(main.handle.db);
  });
  after(async () => {
    await appA?.close();
    await appB?.close();
    await first?.close();
    await second?.close();
    await main?.handle.close();
  });

  test('hours logged and approved on B and an assignment made on B show in the next candidate list on A', async () => {
    const onA = await new Agent(appA).login(w.users.coordinator.email, w.users.coordinator.password);
    const coordinatorB = await new Agent(appB).login(w.users.coordinator.email, w.users.coordinator.password);
    const bram = w.mediators.steenwijkerland;
    const bramB = await new Agent(appB).login(bram.user.email, bram.user.password);
    const meppelCase = await createMatchingCase(main.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
    const candidatesOnA = async () => (await onA.get(`/api/v1/cases/${meppelCase.id}/candidates`)).json() as { eligible: Ranked[] };
    // A keeps the facts in memory from here on.
    assert.equal(fairnessOf(await candidatesOnA(), bram.profile.id), 0);
    assert.equal(fairnessOf(await candidatesOnA(), bram.profile.id), 0);

    const work = await createMatchingCase(second.db, w.pool.id, { municipalityId: w.municipalities.westerveld.id, referrerUserId: w.users.contact.id, status: 'in_progress' });
    await second.db.insertInto('case_mediator').values({ case_id: work.id, mediator_id: bram.profile.id, pool_id: w.pool.id, role: 'lead', assigned_at: new Date('2026-01-06T12:00:00Z') }).execute();
    await logAndApprove(bramB, coordinatorB, work.id, addDays(todayInAmsterdam(), -10), 480);
    const afterHours = await candidatesOnA();
    assert.ok(fairnessOf(afterHours, bram.profile.id)! > 0, 'A sees the hours B approved');
    await assertCacheIsFresh(first.db, w.pool.id, 'instance A after hours on B');

    // Bram has 3 places and 1 case now; two more assignments on B fill them.
    for (let i = 0; i < 2; i++) {
      const more = await createMatchingCase(second.db, w.pool.id, { municipalityId: w.municipalities.westerveld.id, referrerUserId: w.users.contact.id, status: 'in_progress' });
      await second.db.insertInto('case_mediator').values({ case_id: more.id, mediator_id: bram.profile.id, pool_id: w.pool.id, role: 'lead' }).execute();
    }
    assert.ok(!(await candidatesOnA()).eligible.some((r) => r.mediator.id === bram.profile.id), 'A sees that B filled his places');
    await assertCacheIsFresh(first.db, w.pool.id, 'instance A after assignments on B');
  });
});
