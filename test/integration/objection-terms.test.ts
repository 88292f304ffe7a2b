import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createEmptyPostgresDatabase, createTestDatabase, testEngines } from '../helpers/test-database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { createCaseWorld, referralBody } from '../helpers/case-factories.js';
import * as m0014 from '../../src/server/db/migrations/0014-objection-adjournment-and-pool-holidays.js';

/**
 * Issue 12, item 17: the adjournment (Awb 7:10(3)) runs from the end of the Atw-extended decision
 * term, its announcement date is stored and checked against the term, the case shows the last
 * day to object beside the decision deadline, and a pool chooses whether Good Friday and 5 May
 * are days off for its own norms while the statutory count stays as the Atw says.
 *
 * Decision sent Monday 12 January 2026: the objection period runs 13 January – 23 February, the
 * decision term 24 February – Easter Monday 6 April, which the Atw extends to Tuesday 7 April.
 * Six weeks of adjournment then run 8 April – Tuesday 19 May (not 18 May).
 */
const easter = { decisionSentOn: '2026-01-12', advisoryCommittee: false, postponementDays: null, postponementConsentOn: null };

for (const engine of testEngines()) {
  describe(`objection terms and the pool's holidays (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    const agents: Record<string, Agent> = {};
    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
      for (const [k, u] of Object.entries(w.users)) agents[k] = await new Agent(t.app).login(u.email, u.password);
    });
    after(() => t.close());

    const newCase = async () => {
      const res = await agents.coordinator!.post('/api/v1/cases', referralBody(w.meppel.id, { caseType: 'citizen_government' }));
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const putObjection = (id: string, payload: Record<string, unknown>) => agents.coordinator!.request({ method: 'PUT', url: `/api/v1/cases/${id}/objection`, payload });
    const stored = (id: string) =>
      t.handle.db
        .selectFrom('mediation_case')
        .select(['objection_decision_sent_on', 'objection_adjournment_weeks', 'objection_adjournment_announced_on', 'statutory_due_on', 'updated_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const eventCount = async (id: string) => (await t.handle.db.selectFrom('case_event').select('id').where('case_id', '=', id).execute()).length;

    test('the adjournment runs from the Atw-extended end; its announcement date is stored and shown with the last day to object', async () => {
      const id = await newCase();
      const plain = await putObjection(id, { ...easter, adjournmentWeeks: null });
      assert.equal(plain.statusCode, 200, plain.body);
      assert.equal(plain.json().confidential.objection.decisionDueOn, '2026-04-07');
      assert.equal(plain.json().confidential.objection.objectionDueOn, '2026-02-23');
      assert.equal(plain.json().confidential.objection.adjournmentAnnouncedOn, null);

      // Announced on the last day of the extended term: in time.
      const res = await putObjection(id, { ...easter, adjournmentWeeks: 6, adjournmentAnnouncedOn: '2026-04-07' });
      assert.equal(res.statusCode, 200, res.body);
      const objection = res.json().confidential.objection;
      assert.equal(objection.decisionDueOn, '2026-05-19');
      assert.equal(objection.adjournmentAnnouncedOn, '2026-04-07');
      assert.equal(objection.objectionDueOn, '2026-02-23');
      const clock = res.json().clocks.find((c: { key: string }) => c.key === 'statutory');
      assert.equal(clock.dueOn, '2026-05-19');

      const row = await stored(id);
      assert.equal(row.objection_adjournment_announced_on, '2026-04-07');
      assert.equal(row.statutory_due_on, '2026-05-19');
      const detail = (await agents.coordinator!.get(`/api/v1/cases/${id}`)).json();
      assert.equal(detail.confidential.objection.adjournmentAnnouncedOn, '2026-04-07');
      assert.equal(detail.confidential.objection.objectionDueOn, '2026-02-23');
    });

    test('an adjournment announced after the term, before the decision, or without a date is a 400 naming the field; nothing changes', async () => {
      const id = await newCase();
      assert.equal((await putObjection(id, { ...easter, adjournmentWeeks: 6, adjournmentAnnouncedOn: '2026-03-02' })).statusCode, 200);
      const before = await stored(id);
      const events = await eventCount(id);

      const cases: Array<[Record<string, unknown>, string]> = [
        [{ adjournmentWeeks: 6, adjournmentAnnouncedOn: '2026-04-08' }, 'adjournment_too_late'],
        [{ adjournmentWeeks: 6, adjournmentAnnouncedOn: '2026-01-11' }, 'adjournment_too_early'],
        [{ adjournmentWeeks: 6, adjournmentAnnouncedOn: null }, 'announcement_required'],
        [{ adjournmentWeeks: 6 }, 'announcement_required'],
        [{ adjournmentWeeks: null, adjournmentAnnouncedOn: '2026-03-02' }, 'announcement_without_adjournment'],
      ];
      for (const [change, code] of cases) {
        const res = await putObjection(id, { ...easter, ...change });
        assert.equal(res.statusCode, 400, `${JSON.stringify(change)}: ${res.body}`);
        const param = res.json().invalidParams[0];
        assert.equal(param.name, 'adjournmentAnnouncedOn', JSON.stringify(change));
        assert.equal(param.code, code, JSON.stringify(change));
        assert.ok(param.reason.length > 10, 'a Dutch sentence');
      }
      const tooLate = await putObjection(id, { ...easter, adjournmentWeeks: 6, adjournmentAnnouncedOn: '2026-04-08' });
      assert.match(tooLate.json().invalidParams[0].reason, /7 april 2026/);
      assert.deepEqual(await stored(id), before);
      assert.equal(await eventCount(id), events);
    });

    test('the last day to object follows the Atw and not the pool: Good Friday and Easter Monday 2026 move it to Tuesday 7 April', async () => {
      // Sent Friday 20 February 2026: the objection period nominally ends on Good Friday 3 April.
      const id = await newCase();
      const res = await putObjection(id, { decisionSentOn: '2026-02-20', advisoryCommittee: false, adjournmentWeeks: null, postponementDays: null, postponementConsentOn: null });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().confidential.objection.objectionDueOn, '2026-04-07');
      // A contact of the requesting municipality sees no objection details (they are confidential).
      assert.equal((await agents.contactMeppel!.get(`/api/v1/cases/${id}`)).json().confidential, null);
    });

    test('a pool that works on Good Friday and 5 May counts them for its norms; the statutory deadlines do not move', async () => {
      const admin = agents.admin!;
      const defaults = (await admin.get('/api/v1/pool-settings')).json();
      assert.equal(defaults.goodFridayIsDayOff, true);
      assert.equal(defaults.liberationDayIsDayOff, true);

      const id = await newCase();
      // Referred on Monday 30 March 2026, so Good Friday (3 April) and 5 May (a Tuesday) lie behind it.
      await t.handle.db.updateTable('mediation_case').set({ referred_on: '2026-03-30' }).where('id', '=', id).execute();
      assert.equal((await putObjection(id, { decisionSentOn: '2026-02-20', advisoryCommittee: false, adjournmentWeeks: null, postponementDays: null, postponementConsentOn: null })).statusCode, 200);
      const before = (await agents.coordinator!.get(`/api/v1/cases/${id}`)).json();

      const bad = await admin.patch('/api/v1/pool-settings', { goodFridayIsDayOff: 'nee' });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().invalidParams[0].name, 'goodFridayIsDayOff');
      assert.equal((await agents.coordinator!.patch('/api/v1/pool-settings', { goodFridayIsDayOff: false })).statusCode, 403);

      const saved = await admin.patch('/api/v1/pool-settings', { goodFridayIsDayOff: false, liberationDayIsDayOff: false });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().goodFridayIsDayOff, false);
      assert.equal(saved.json().liberationDayIsDayOff, false);
      const audit = await t.handle.db.selectFrom('audit_event').select('detail').where('action', '=', 'pool-settings.update').execute();
      assert.ok(audit.some((a) => JSON.stringify(a.detail).includes('good_friday_day_off')), 'the change is audited');

      const afterChange = (await agents.coordinator!.get(`/api/v1/cases/${id}`)).json();
      assert.equal(afterChange.workingDaysSinceReferral - before.workingDaysSinceReferral, 2, 'Good Friday and 5 May now count as working days');
      // Recomputing the statutory term after the change gives the same Atw dates.
      const again = await putObjection(id, { decisionSentOn: '2026-02-20', advisoryCommittee: false, adjournmentWeeks: null, postponementDays: null, postponementConsentOn: null });
      assert.equal(again.json().confidential.objection.objectionDueOn, '2026-04-07');
      assert.equal(again.json().confidential.objection.decisionDueOn, before.confidential.objection.decisionDueOn);

      const back = await admin.patch('/api/v1/pool-settings', { goodFridayIsDayOff: true });
      assert.equal(back.json().goodFridayIsDayOff, true);
      assert.equal(back.json().liberationDayIsDayOff, false);
      const oneBack = (await agents.coordinator!.get(`/api/v1/cases/${id}`)).json();
      assert.equal(oneBack.workingDaysSinceReferral - before.workingDaysSinceReferral, 1);
    });
  });
}

for (const engine of testEngines()) {
  // As the owner (the app itself runs as a restricted role on PostgreSQL): the migration on an older install.
  describe(`migration 0014 on existing data (${engine})`, () => {
    let handle: DatabaseHandle;
    before(async () => {
      handle = engine === 'pglite' ? await createTestDatabase('pglite') : (await createEmptyPostgresDatabase()).handle;
      await migrateToLatest(handle.db);
    });
    after(() => handle.close());

    test('the stored deadline of an adjourned case moves to the new rule; other cases and the pools keep theirs', async () => {
      const db = handle.db;
      const w = await createCaseWorld(db);
      const insertCase = (number: string, values: Record<string, unknown>) =>
        db
          .insertInto('mediation_case')
          .values({
            pool_id: w.pool.id,
            number,
            requesting_municipality_id: w.meppel.id,
            case_type: 'citizen_government',
            title: 'Bezwaar',
            description: '',
            referral_source: 'objections_officer',
            referrer_user_id: w.users.coordinator.id,
            referred_on: '2026-01-20',
            objection_decision_sent_on: '2026-01-12',
            objection_advisory_committee: false,
            ...values,
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow();
      // As an older version stored them: adjourned by six weeks from the nominal end (Easter Monday 6 April 2026).
      const adjourned = await insertCase('MP-2026-0001', { objection_adjournment_weeks: 6, statutory_due_on: '2026-05-18' });
      const plain = await insertCase('MP-2026-0002', { statutory_due_on: '2026-04-07' });
      await db.updateTable('pool_settings').set({ good_friday_day_off: false }).where('pool_id', '=', w.pool.id).execute();

      await m0014.down(db as never);
      await m0014.up(db as never);

      const due = async (id: string) =>
        db.selectFrom('mediation_case').select(['statutory_due_on', 'objection_adjournment_announced_on']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(await due(adjourned.id), { statutory_due_on: '2026-05-19', objection_adjournment_announced_on: null });
      assert.deepEqual(await due(plain.id), { statutory_due_on: '2026-04-07', objection_adjournment_announced_on: null });
      const settings = await db.selectFrom('pool_settings').select(['good_friday_day_off', 'liberation_day_day_off']).where('pool_id', '=', w.pool.id).executeTakeFirstOrThrow();
      assert.deepEqual(settings, { good_friday_day_off: true, liberation_day_day_off: true });
    });
  });
}
