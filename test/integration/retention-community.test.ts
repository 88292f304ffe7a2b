import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { runRetention } from '../../src/server/jobs/retention.js';
import { DESTROYED } from '../../src/server/modules/retention/repository/destroy.js';

/**
 * Retention of the community's data (issue 16 with ADR 0018): when a case file is destroyed, the
 * posts of case-discussion threads about it lose their text (the thread stays) and its
 * first-session date polls go with the parties' links and answers; an event's evaluation comment
 * goes with the survey comments' term while its two scores stay; a party's expired link of a
 * fixed poll is purged without a list, one of a poll still open is kept.
 */
for (const engine of testEngines()) {
  describe(`retention: community data (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    const db = () => t.handle.db;
    const hex = (c: string) => c.repeat(64);

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(db());
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    /** A first-session poll of a case with one party invited through a link, answered, in a status. */
    const casePoll = async (caseId: string, partyId: string, status: 'open' | 'fixed', token: string, expires: Date) => {
      const poll = await db().insertInto('date_poll').values({ pool_id: w.pool.id, purpose: 'case-first-session', title: 'Eerste gesprek', case_id: caseId, organiser_id: w.users.mediatorMeppel.id }).returning('id').executeTakeFirstOrThrow();
      const slot = await db().insertInto('date_poll_slot').values({ poll_id: poll.id, starts_at: new Date('2026-02-02T09:00:00Z'), ends_at: new Date('2026-02-02T10:00:00Z') }).returning('id').executeTakeFirstOrThrow();
      const invitee = await db().insertInto('date_poll_invitee').values({ poll_id: poll.id, party_id: partyId, token_hash: hex(token), token_expires_at: expires, answered_at: new Date() }).returning('id').executeTakeFirstOrThrow();
      await db().insertInto('date_poll_answer').values({ invitee_id: invitee.id, slot_id: slot.id, answer: 'yes' }).execute();
      if (status === 'fixed') await db().updateTable('date_poll').set({ status: 'fixed', fixed_slot_id: slot.id, fixed_at: new Date() }).where('id', '=', poll.id).execute();
      return { pollId: poll.id, inviteeId: invitee.id };
    };
    const thread = async (title: string, caseId: string | null, body: string) => {
      const th = await db().insertInto('case_discussion_thread').values({ pool_id: w.pool.id, title, case_id: caseId, created_by: w.users.mediatorMeppel.id }).returning('id').executeTakeFirstOrThrow();
      const post = await db().insertInto('case_discussion_post').values({ pool_id: w.pool.id, thread_id: th.id, author_id: w.users.mediatorMeppel.id, body }).returning('id').executeTakeFirstOrThrow();
      return { threadId: th.id, postId: post.id };
    };

    test('destruction of a case takes its discussion texts and first-session polls; evaluation comments go, scores stay; dead poll links are purged', async () => {
      const closed = await caseWithMediator(t.app, db(), a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id, status: 'closed', referredOn: '2026-01-05' });
      await db().updateTable('mediation_case').set({ closed_on: '2026-01-20' }).where('id', '=', closed.id).execute();
      const running = await caseWithMediator(t.app, db(), a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id, referredOn: '2026-01-06' });

      const about = await thread('Een lastige afronding', closed.id, 'Hoe sluit je af als een partij niet meer reageert?');
      const general = await thread('Algemene vraag', null, 'Wie kent een goede training over verzoening?');
      const destroyedPoll = await casePoll(closed.id, closed.parties[0]!.id, 'fixed', 'a', new Date('2026-02-01T00:00:00Z'));
      const fixedLink = await casePoll(running.id, running.parties[0]!.id, 'fixed', 'b', new Date('2026-02-01T00:00:00Z'));
      const openLink = await casePoll(running.id, running.parties[1]!.id, 'open', 'c', new Date('2026-02-01T00:00:00Z'));

      const event = await db()
        .insertInto('community_event')
        .values({ pool_id: w.pool.id, kind: 'masterclass', title: 'Masterclass', starts_at: new Date('2026-01-10T09:00:00Z'), ends_at: new Date('2026-01-10T12:00:00Z'), location: 'Meppel', capacity: 10, points: 3, organiser_id: w.users.coordinator.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db()
        .insertInto('event_evaluation_answer')
        .values([
          { pool_id: w.pool.id, event_id: event.id, overall: 4, usefulness: 5, comment: 'Sterk, vooral de rollenspellen met Piet.' },
          { pool_id: w.pool.id, event_id: event.id, overall: 3, usefulness: 4, comment: null },
        ])
        .execute();

      const later = new Date(Date.now() + 6 * 366 * 86_400_000);
      const run = await runRetention(db(), { now: later });
      assert.equal(run.proposed.length, 1);
      assert.equal(run.purged.pollLinks, 2, 'the expired links of the two fixed polls');
      assert.ok(await db().selectFrom('date_poll_invitee').select('id').where('id', '=', openLink.inviteeId).executeTakeFirst(), 'the open poll keeps its link');
      assert.equal(await db().selectFrom('date_poll_invitee').select('id').where('id', '=', fixedLink.inviteeId).executeTakeFirst(), undefined);
      assert.ok(await db().selectFrom('date_poll').select('id').where('id', '=', fixedLink.pollId).executeTakeFirst(), 'the poll itself stays');

      // The purge also ended every session (six years on): sign in again.
      const coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
      const listRes = await coordinator.get(`/api/v1/destruction-lists/${run.proposed[0]}`);
      assert.equal(listRes.statusCode, 200, listRes.body);
      const list = listRes.json();
      const evaluationItem = list.items.find((i: { kind: string; label: string }) => i.kind === 'survey_answers' && i.label.startsWith('Evaluatie'));
      assert.ok(evaluationItem, JSON.stringify(list.items.map((i: { label: string }) => i.label)));
      assert.equal(evaluationItem.label, 'Evaluatie 2026-01 · masterclass');
      assert.ok(!list.items.some((i: { label: string }) => i.label.includes('Piet')));
      assert.ok(list.items.some((i: { kind: string; label: string }) => i.kind === 'case_file' && i.label.startsWith(closed.number)));
      // Before approval nothing is gone.
      assert.equal((await db().selectFrom('case_discussion_post').select('body').where('id', '=', about.postId).executeTakeFirstOrThrow()).body, 'Hoe sluit je af als een partij niet meer reageert?');

      const approved = await coordinator.post(`/api/v1/destruction-lists/${list.id}/approval`, { version: list.version });
      assert.equal(approved.statusCode, 200, approved.body);

      // The discussion about the destroyed case: thread and post stay, the text goes; the other thread is untouched.
      assert.ok(await db().selectFrom('case_discussion_thread').select('id').where('id', '=', about.threadId).executeTakeFirst());
      assert.equal((await db().selectFrom('case_discussion_post').select('body').where('id', '=', about.postId).executeTakeFirstOrThrow()).body, DESTROYED);
      assert.equal((await db().selectFrom('case_discussion_post').select('body').where('id', '=', general.postId).executeTakeFirstOrThrow()).body, 'Wie kent een goede training over verzoening?');
      // The first-session poll of the destroyed case is gone, with its link and answers; the running case's stay.
      assert.equal(await db().selectFrom('date_poll').select('id').where('id', '=', destroyedPoll.pollId).executeTakeFirst(), undefined);
      assert.equal(await db().selectFrom('date_poll_invitee').select('id').where('id', '=', destroyedPoll.inviteeId).executeTakeFirst(), undefined);
      assert.ok(await db().selectFrom('date_poll').select('id').where('id', '=', openLink.pollId).executeTakeFirst());
      // The evaluation: the comment goes, the scores the summary needs stay.
      const answers = await db().selectFrom('event_evaluation_answer').select(['overall', 'usefulness', 'comment']).where('event_id', '=', event.id).orderBy('overall', 'desc').execute();
      assert.deepEqual(answers, [
        { overall: 4, usefulness: 5, comment: null },
        { overall: 3, usefulness: 4, comment: null },
      ]);
    });
  });
}
