import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createMunicipality } from '../helpers/factories.js';
import { referralBody } from '../helpers/case-factories.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { todayInAmsterdam } from '../../src/server/modules/case-status/index.js';
import type { MyWork, WorkSection, WorkSectionKey } from '../../src/contract/workspace.js';

/**
 * "Mijn werk" (GET /api/v1/me/work): each role's sections with the counts of a world built here,
 * and nothing of another pool or another municipality.
 */
for (const engine of testEngines()) {
  describe(`my work per role (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let agents: Record<HoursWho, Agent>;
    const today = todayInAmsterdam();
    const ids: Record<string, string> = {};
    const otherPoolIds: string[] = [];

    before(async () => {
      t = await createTestApp(engine);
      const { app } = t;
      const db = t.handle.db;
      w = await createHoursWorld(db, { period: 'quarter' });
      agents = await hoursAgents(app, w);
      const coordinator = agents.coordinator;
      const poolId = w.pool.id;

      // Meppel: one case in triage, one running with the Staphorst mediator.
      ids.triage = (await caseWithMediator(app, db, coordinator, { poolId, municipalityId: w.meppel.id, status: 'triage', referredOn: today })).id;
      ids.running = (
        await caseWithMediator(app, db, coordinator, { poolId, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, referredOn: '2026-06-01' })
      ).id;
      // Staphorst: one waiting for candidates, one concluded with aftercare due.
      ids.matching = (await caseWithMediator(app, db, coordinator, { poolId, municipalityId: w.staphorst.id, status: 'matching', referredOn: today })).id;
      ids.concluded = (
        await caseWithMediator(app, db, coordinator, { poolId, municipalityId: w.staphorst.id, mediatorProfileId: w.profiles.staphorst.id, status: 'concluded', referredOn: '2026-05-01' })
      ).id;
      await db
        .insertInto('case_outcome')
        .values({ case_id: ids.concluded, pool_id: poolId, outcome: 'full_agreement', written_agreement: true, recorded_by: w.users.coordinator.id, aftercare_due_on: addDays(today, -1) })
        .execute();
      // Zwartewaterland: a proposal waiting for the Meppel mediator's answer.
      ids.proposed = (await caseWithMediator(app, db, coordinator, { poolId, municipalityId: w.zwartewaterland.id, status: 'proposed', referredOn: today })).id;
      const proposal = await db
        .insertInto('case_proposal')
        .values({ pool_id: poolId, case_id: ids.proposed, proposed_by: w.users.coordinator.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.proposal = proposal.id;
      await db.insertInto('proposal_mediator').values({ pool_id: poolId, proposal_id: proposal.id, case_id: ids.proposed, mediator_id: w.profiles.meppel.id, role: 'lead' }).execute();

      // Clocks: only the triage case is due this week (in two days); the others far ahead.
      await db
        .updateTable('mediation_case')
        .set({ first_contact_due_on: '2099-01-01', assignment_due_on: '2099-01-01', conclusion_due_on: '2099-01-01', statutory_due_on: null })
        .where('pool_id', '=', poolId)
        .execute();
      await db.updateTable('mediation_case').set({ first_contact_due_on: addDays(today, 2) }).where('id', '=', ids.triage).execute();

      // Hours on the running case: one approved in an ended quarter (a period to settle), one waiting, one rejected.
      await logAndApprove(agents.mediatorStaphorst, coordinator, ids.running, '2026-07-15', 60);
      const waiting = await agents.mediatorStaphorst.post(`/api/v1/cases/${ids.running}/hours`, hoursBody(addDays(today, -1), 45));
      assert.equal(waiting.statusCode, 201, waiting.body);
      ids.waitingHours = waiting.json().id;
      const rejected = await agents.mediatorStaphorst.post(`/api/v1/cases/${ids.running}/hours`, hoursBody(addDays(today, -2), 30));
      assert.equal(rejected.statusCode, 201, rejected.body);
      ids.rejectedHours = rejected.json().id;
      assert.equal((await coordinator.post(`/api/v1/hours/${ids.rejectedHours}/reject`, { reason: 'Verkeerde datum' })).statusCode, 200);

      // A session on the running case tomorrow; a draft settlement; a failed mail.
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
      ids.session = (
        await db
          .insertInto('mediation_session')
          .values({ pool_id: poolId, case_id: ids.running, starts_at: tomorrow, ends_at: new Date(tomorrow.getTime() + 3600 * 1000), location: 'Gemeentehuis', planned_by: w.users.mediatorStaphorst.id })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      // Two sessions that took place: three days ago (no hours that day: to log) and yesterday (the waiting hours are of that day).
      for (const [key, day] of [['pastWithoutHours', addDays(today, -3)], ['pastWithHours', addDays(today, -1)]] as const) {
        ids[key] = (
          await db
            .insertInto('mediation_session')
            .values({ pool_id: poolId, case_id: ids.running, starts_at: new Date(`${day}T09:00:00Z`), ends_at: new Date(`${day}T10:00:00Z`), location: 'Gemeentehuis', planned_by: w.users.mediatorStaphorst.id })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      }
      ids.draft = (
        await db
          .insertInto('settlement')
          .values({ pool_id: poolId, period_kind: 'quarter', period_code: '2026-K2', period_start: '2026-04-01', period_end: '2026-06-30', created_by: w.users.finance.id })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      ids.mail = (
        await db
          .insertInto('mail_outbox')
          .values({ pool_id: poolId, kind: 'test', to_address: 'iemand@example.test', subject: 'Mislukt bericht', body_text: 'x', attachments: '[]', status: 'failed', next_attempt_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      // Pool health: the Zwartewaterland mediator dormant (so Zwartewaterland has no active mediator); the Meppel registration expires soon.
      await db.updateTable('mediator_profile').set({ status: 'dormant' }).where('id', '=', w.profiles.idle.id).execute();
      await db.updateTable('mediator_profile').set({ registration_expires_on: addDays(today, 30) }).where('id', '=', w.profiles.meppel.id).execute();

      // The other pool: work of every kind its all-roles user would see, none of which may show here.
      const otherPool = w.stranger.pool_id;
      const elsewhere = await createMunicipality(db, otherPool);
      await db.updateTable('app_user').set({ municipality_id: elsewhere.id }).where('id', '=', w.stranger.id).execute();
      const stranger = agents.otherPool;
      const ref = await stranger.post('/api/v1/cases', referralBody(elsewhere.id, { referredOn: today }));
      assert.equal(ref.statusCode, 201, ref.body);
      otherPoolIds.push(ref.json().id);
      await db.updateTable('mediation_case').set({ status: 'triage', first_contact_due_on: addDays(today, 1) }).where('id', '=', ref.json().id).execute();
      otherPoolIds.push(
        (
          await db
            .insertInto('mail_outbox')
            .values({ pool_id: otherPool, kind: 'test', to_address: 'ander@example.test', subject: 'Ander', body_text: 'x', attachments: '[]', status: 'failed', next_attempt_at: new Date() })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    });
    after(async () => t?.close());

    const work = async (who: HoursWho): Promise<MyWork> => {
      const res = await agents[who].get('/api/v1/me/work');
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as MyWork;
    };
    const byKey = (w: MyWork) => new Map<WorkSectionKey, WorkSection>(w.sections.map((s) => [s.key, s]));
    const itemIds = (w: MyWork) => w.sections.flatMap((s) => s.items.flatMap((i) => [i.id, i.caseId]));
    const counts = (w: MyWork) => Object.fromEntries(w.sections.map((s) => [s.key, s.total]));

    test('anonymous: 401', async () => {
      assert.equal((await new Agent(t.app).get('/api/v1/me/work')).statusCode, 401);
    });

    test('coordinator: referrals to triage, matching, proposals, deadlines, hours, aftercare', async () => {
      const mine = await work('coordinator');
      assert.deepEqual(counts(mine), { triage: 1, matching: 1, proposals: 1, loanRequests: 0, deadlines: 1, approveHours: 1, aftercare: 1, openPolls: 0, upcomingEvents: 0 });
      const s = byKey(mine);
      assert.equal(s.get('triage')!.items[0]!.caseId, ids.triage);
      assert.equal(s.get('matching')!.items[0]!.caseId, ids.matching);
      assert.deepEqual(s.get('proposals')!.items.map((i) => [i.caseId, i.state]), [[ids.proposed, 'mediator']]);
      assert.deepEqual(s.get('deadlines')!.items.map((i) => [i.caseId, i.at]), [[ids.triage, addDays(today, 2)]]);
      assert.equal(s.get('approveHours')!.items[0]!.id, ids.waitingHours);
      assert.equal(s.get('aftercare')!.items[0]!.caseId, ids.concluded);
      assert.ok(mine.sections.every((x) => x.role === 'coordinator' && !x.totalCapped));
    });

    test('a proposal the mediator has answered waits for the parties', async () => {
      await t.handle.db.updateTable('proposal_mediator').set({ answer: 'accepted', answered_at: new Date() }).where('proposal_id', '=', ids.proposal!).execute();
      try {
        const s = byKey(await work('coordinator'));
        assert.equal(s.get('proposals')!.items[0]!.state, 'parties');
        assert.equal(byKey(await work('mediatorMeppel')).get('answerProposals')!.total, 0);
      } finally {
        await t.handle.db.updateTable('proposal_mediator').set({ answer: null, answered_at: null }).where('proposal_id', '=', ids.proposal!).execute();
      }
    });

    test('mediator: own proposals, sessions this week, sessions without hours, rejected hours, own aftercare', async () => {
      const staphorst = await work('mediatorStaphorst');
      assert.deepEqual(counts(staphorst), { answerProposals: 0, sessionsThisWeek: 1, logHours: 1, correctHours: 1, myAftercare: 1, openPolls: 0, upcomingEvents: 0 });
      // The session without hours, leading to the hours form with its case chosen; the one with hours that day is not asked for.
      assert.deepEqual(byKey(staphorst).get('logHours')!.items.map((i) => [i.id, i.caseId]), [[ids.pastWithoutHours, ids.running]]);
      const s = byKey(staphorst);
      assert.equal(s.get('sessionsThisWeek')!.items[0]!.id, ids.session);
      assert.equal(s.get('correctHours')!.items[0]!.id, ids.rejectedHours);
      assert.equal(s.get('correctHours')!.items[0]!.detail, 'Verkeerde datum');

      const meppel = await work('mediatorMeppel');
      assert.deepEqual(counts(meppel), { answerProposals: 1, sessionsThisWeek: 0, logHours: 0, correctHours: 0, myAftercare: 0, openPolls: 0, upcomingEvents: 0 });
      assert.equal(byKey(meppel).get('answerProposals')!.items[0]!.id, ids.proposal);
      // A mediator on no case has nothing, and sees nothing of the others.
      const idle = await work('mediatorIdle');
      assert.deepEqual(counts(idle), { answerProposals: 0, sessionsThisWeek: 0, logHours: 0, correctHours: 0, myAftercare: 0, openPolls: 0, upcomingEvents: 0 });
    });

    test('contact: only their own municipality’s open cases', async () => {
      const meppel = await work('contactMeppel');
      assert.deepEqual(counts(meppel), { municipalityCases: 2 });
      assert.deepEqual(new Set(meppel.sections[0]!.items.map((i) => i.caseId)), new Set([ids.triage, ids.running]));
      const staphorst = await work('contactStaphorst');
      assert.deepEqual(new Set(staphorst.sections[0]!.items.map((i) => i.caseId)), new Set([ids.matching, ids.concluded]));
      for (const id of [ids.triage, ids.running, ids.proposed]) assert.ok(!itemIds(staphorst).includes(id!));
    });

    test('finance: drafts to review and periods that can be settled', async () => {
      const mine = await work('finance');
      assert.deepEqual(counts(mine), { draftSettlements: 1, settleablePeriods: 1 });
      const s = byKey(mine);
      assert.equal(s.get('draftSettlements')!.items[0]!.id, ids.draft);
      assert.equal(s.get('settleablePeriods')!.items[0]!.title, '2026-K3');
    });

    test('administrator: pool health and mail failures', async () => {
      const mine = await work('admin');
      assert.deepEqual(counts(mine), { withoutActiveMediator: 1, dormantMediators: 1, upkeepAtRisk: 1, mailFailures: 1 });
      const s = byKey(mine);
      assert.equal(s.get('withoutActiveMediator')!.items[0]!.id, w.zwartewaterland.id);
      assert.equal(s.get('dormantMediators')!.items[0]!.id, w.profiles.idle.id);
      assert.equal(s.get('upkeepAtRisk')!.items[0]!.id, w.profiles.meppel.id);
      assert.equal(s.get('mailFailures')!.items[0]!.id, ids.mail);
      // The recipient's address is not on the start page.
      assert.ok(!JSON.stringify(mine).includes('iemand@example.test'));
    });

    test('a person with every role sees each role’s part, and only their own pool’s work', async () => {
      const all = await work('otherPool');
      assert.deepEqual([...new Set(all.sections.map((s) => s.role))], ['coordinator', 'mediator', 'contact', 'finance', 'admin']);
      const seen = itemIds(all);
      for (const id of Object.values(ids)) assert.ok(!seen.includes(id), `another pool's ${id} shown`);
      const s = byKey(all);
      assert.equal(s.get('triage')!.total, 1);
      assert.equal(s.get('deadlines')!.total, 1);
      assert.equal(s.get('mailFailures')!.total, 1);
      assert.ok(otherPoolIds.every((id) => seen.includes(id)));
      // And our pool never sees theirs.
      for (const who of ['coordinator', 'admin', 'contactMeppel', 'mediatorStaphorst', 'finance'] as const) {
        const ours = itemIds(await work(who));
        for (const id of otherPoolIds) assert.ok(!ours.includes(id));
      }
    });
  });
}
