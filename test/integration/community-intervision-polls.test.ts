import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import { parseEvents } from '../unit/ical/parse-helper.js';

/**
 * Intervision and date polls through the API (issue 16, items 1 and 2): a coordinator forms a
 * group of five from three municipalities, opens a poll with three slots, four answer, the best
 * slot is fixed and mailed with an .ics; attendance after the meeting becomes intervision points
 * in the attendees' upkeep, once per meeting, withdrawn when corrected. A case's first-session
 * poll answered by two parties through their personal links fixes a session on the case.
 */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const engine of testEngines()) {
  describe(`intervision and date polls (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let extra: { m4: Agent; m5: Agent; p4: string; p5: string };
    let memberIds: string[] = [];

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      const m4 = await createMediator(t.handle.db, w.pool.id, { municipalityId: w.meppel.id, name: 'Mila Meppel' });
      const m5 = await createMediator(t.handle.db, w.pool.id, { municipalityId: w.staphorst.id, name: 'Stijn Staphorst', kind: 'process_facilitator' });
      extra = { m4: await new Agent(t.app).login(m4.user.email, m4.user.password), m5: await new Agent(t.app).login(m5.user.email, m5.user.password), p4: m4.profile.id, p5: m5.profile.id };
      memberIds = [w.profiles.staphorst.id, w.profiles.meppel.id, w.profiles.idle.id, extra.p4, extra.p5];
    });
    after(() => t.close());

    const mailsOf = async (kind: string) => t.handle.db.selectFrom('mail_outbox').selectAll().where('pool_id', '=', w.pool.id).where('kind', '=', kind).orderBy('created_at').execute();

    test('the composer warns when a group leans on one municipality; a group outside 4–8 or with a stranger is refused', async () => {
      const lean = await a.coordinator.post('/api/v1/intervision-groups/composition', { memberIds: [w.profiles.meppel.id, extra.p4, w.profiles.staphorst.id] });
      assert.equal(lean.statusCode, 200, lean.body);
      assert.deepEqual(lean.json().warnings.map((x: { code: string }) => x.code), ['too-few', 'one-municipality-leans']);
      const spread = await a.coordinator.post('/api/v1/intervision-groups/composition', { memberIds });
      assert.deepEqual(spread.json(), { size: 5, municipalities: 3, warnings: [] });
      const small = await a.coordinator.post('/api/v1/intervision-groups', { name: 'Te klein', facilitatorId: extra.p5, memberIds: memberIds.slice(0, 3), meetingsPerYear: 4 });
      assert.equal(small.statusCode, 400);
      assert.equal(small.json().invalidParams[0].name, 'memberIds');
      const notMember = await a.coordinator.post('/api/v1/intervision-groups', { name: 'Zonder begeleider', facilitatorId: extra.p5, memberIds: memberIds.slice(0, 4), meetingsPerYear: 4 });
      assert.equal(notMember.json().invalidParams[0].name, 'facilitatorId');
      const byMediator = await a.mediatorMeppel.post('/api/v1/intervision-groups', { name: 'Eigen groep', facilitatorId: extra.p5, memberIds, meetingsPerYear: 4 });
      assert.equal(byMediator.statusCode, 403);
      const contact = await a.contactMeppel.get('/api/v1/intervision-groups');
      assert.equal(contact.statusCode, 403);
      assert.equal((await t.handle.db.selectFrom('intervision_group').select('id').where('pool_id', '=', w.pool.id).execute()).length, 0);
    });

    test('group → poll with three slots → four answers → best slot fixed, mailed with an .ics → attendance → intervision points', async () => {
      const created = await a.coordinator.post('/api/v1/intervision-groups', { name: 'Intervisie Noord', facilitatorId: extra.p5, memberIds, meetingsPerYear: 4 });
      assert.equal(created.statusCode, 201, created.body);
      const groupId = created.json().id as string;
      assert.equal(created.json().composition.municipalities, 3);
      // Another pool's coordinator and a mediator outside the group do not see it.
      assert.equal((await a.otherPool.get(`/api/v1/intervision-groups/${groupId}`)).statusCode, 404);

      const planned = await a.coordinator.post(`/api/v1/intervision-groups/${groupId}/meetings`, {
        method: 'incident',
        location: 'Gemeentehuis Meppel, zaal 3',
        slots: [
          { date: dayAhead(20), start: '13:00', end: '15:00' },
          { date: dayAhead(21), start: '13:00', end: '15:00' },
          { date: dayAhead(22), start: '09:30', end: '11:30' },
        ],
      });
      assert.equal(planned.statusCode, 201, planned.body);
      const meeting = planned.json().meetings[0];
      assert.equal(meeting.pollStatus, 'open');
      assert.equal((await mailsOf('poll-invite')).length, 5);

      const poll = (await a.mediatorMeppel.get(`/api/v1/polls/${meeting.pollId}`)).json();
      const [s1, s2, s3] = poll.slots.map((s: { id: string }) => s.id);
      const answer = (agent: Agent, answers: [string, string][]) => agent.put(`/api/v1/polls/${meeting.pollId}/answers`, { answers: answers.map(([slotId, ans]) => ({ slotId, answer: ans })) });
      for (const [agent, row] of [
        [a.mediatorMeppel, [[s1, 'yes'], [s2, 'yes'], [s3, 'no']]],
        [a.mediatorStaphorst, [[s1, 'no'], [s2, 'yes'], [s3, 'no']]],
        [a.mediatorIdle, [[s1, 'yes'], [s2, 'maybe'], [s3, 'yes']]],
        [extra.m5, [[s1, 'yes'], [s2, 'yes'], [s3, 'maybe']]],
      ] as [Agent, [string, string][]][]) {
        const res = await answer(agent, row);
        assert.equal(res.statusCode, 204, res.body);
      }
      const incomplete = await answer(extra.m4, [[s1, 'yes']]);
      assert.equal(incomplete.statusCode, 400);
      assert.equal(incomplete.json().invalidParams[0].name, 'answers');
      assert.equal((await answer(a.contactMeppel, [[s1, 'yes'], [s2, 'yes'], [s3, 'yes']])).statusCode, 404);

      const seen = (await a.coordinator.get(`/api/v1/polls/${meeting.pollId}`)).json();
      assert.equal(seen.best.slotId, s2);
      assert.equal(seen.best.reason, 'most-maybe');
      assert.deepEqual([...seen.best.tiedWith].sort(), [s1, s2].sort());
      assert.deepEqual(seen.allowedActions, ['read', 'fix']);
      assert.equal((await a.mediatorMeppel.post(`/api/v1/polls/${meeting.pollId}/fix`, { slotId: s2 })).statusCode, 404, 'an invitee cannot fix: not the organiser');

      const fixed = await a.coordinator.post(`/api/v1/polls/${meeting.pollId}/fix`, { slotId: s2 });
      assert.equal(fixed.statusCode, 200, fixed.body);
      assert.equal(fixed.json().status, 'fixed');
      const mails = await mailsOf('poll-fixed');
      assert.equal(mails.length, 5);
      for (const m of mails) {
        const att = (typeof m.attachments === 'string' ? JSON.parse(m.attachments) : m.attachments) as { content: string; contentType: string }[];
        assert.match(att[0]!.contentType, /^text\/calendar/);
        const { events } = parseEvents(Buffer.from(att[0]!.content, 'base64').toString('utf8'));
        assert.equal(events.length, 1);
        assert.equal(events[0]!.uid, `${meeting.pollId}@mediatorpool.test`);
        assert.equal(events[0]!.startUtc, seen.slots[1].startsAt);
        assert.equal(events[0]!.location, 'Gemeentehuis Meppel, zaal 3');
      }

      // Answered after it was fixed: a clear 409, nothing changed.
      const late = await answer(extra.m4, [[s1, 'yes'], [s2, 'no'], [s3, 'yes']]);
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().type, 'urn:mediatorpool:problem:poll-closed');
      assert.equal((await t.handle.db.selectFrom('date_poll_answer').innerJoin('date_poll_invitee', 'date_poll_invitee.id', 'date_poll_answer.invitee_id').select('slot_id').where('date_poll_invitee.poll_id', '=', meeting.pollId).execute()).length, 12);
      assert.equal((await a.coordinator.post(`/api/v1/polls/${meeting.pollId}/fix`, { slotId: s1 })).statusCode, 409);

      // Before the meeting: no attendance.
      const early = await extra.m5.put(`/api/v1/intervision-meetings/${meeting.id}/attendance`, { attendeeIds: [extra.p5] });
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().type, 'urn:mediatorpool:problem:meeting-not-held');

      // The meeting took place (moved into the past, as time would).
      await t.handle.db.updateTable('date_poll_slot').set({ starts_at: sql`starts_at - interval '40 days'`, ends_at: sql`ends_at - interval '40 days'` }).where('poll_id', '=', meeting.pollId).execute();
      assert.equal((await a.mediatorMeppel.put(`/api/v1/intervision-meetings/${meeting.id}/attendance`, { attendeeIds: [w.profiles.meppel.id] })).statusCode, 403, 'a member is not the facilitator');
      const attendees = [w.profiles.meppel.id, w.profiles.staphorst.id, w.profiles.idle.id, extra.p5];
      const recorded = await extra.m5.put(`/api/v1/intervision-meetings/${meeting.id}/attendance`, { attendeeIds: attendees });
      assert.equal(recorded.statusCode, 204, recorded.body);
      const again = await extra.m5.put(`/api/v1/intervision-meetings/${meeting.id}/attendance`, { attendeeIds: attendees });
      assert.equal(again.statusCode, 204);

      const upkeep = (await a.mediatorMeppel.get(`/api/v1/mediators/${w.profiles.meppel.id}/upkeep`)).json();
      assert.equal(upkeep.educationPoints.intervision, 2);
      const entries = (await a.mediatorMeppel.get(`/api/v1/mediators/${w.profiles.meppel.id}/upkeep-entries`)).json();
      assert.equal(entries.items.filter((e: { educationKind: string }) => e.educationKind === 'intervision').length, 1);
      const absent = (await extra.m4.get(`/api/v1/mediators/${extra.p4}/upkeep`)).json();
      assert.equal(absent.educationPoints.intervision, 0);

      // Corrected: Idle was not there after all.
      const corrected = await extra.m5.put(`/api/v1/intervision-meetings/${meeting.id}/attendance`, { attendeeIds: attendees.filter((id) => id !== w.profiles.idle.id) });
      assert.equal(corrected.statusCode, 204);
      assert.equal((await a.mediatorIdle.get(`/api/v1/mediators/${w.profiles.idle.id}/upkeep`)).json().educationPoints.intervision, 0);
      const group = (await a.coordinator.get(`/api/v1/intervision-groups/${groupId}`)).json();
      assert.equal(group.meetings[0].attendees.length, 3);
    });

    test('a first-session poll answered by two parties through their links fixes a session on the case', async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, partyEmail: 'medewerker.a@example.test' });
      await t.handle.db.updateTable('case_party').set({ email: 'leidinggevende.b@example.test' }).where('id', '=', c.parties[1]!.id).execute();
      const opened = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/first-session-polls`, {
        location: 'Stadhuis Meppel',
        slots: [
          { date: dayAhead(10), start: '10:00', end: '11:30' },
          { date: dayAhead(11), start: '14:00', end: '15:30' },
        ],
      });
      assert.equal(opened.statusCode, 201, opened.body);
      const poll = opened.json();
      assert.equal(poll.invitees.length, 2);
      assert.equal((await a.mediatorMeppel.post(`/api/v1/cases/${c.id}/first-session-polls`, { location: 'x', slots: [{ date: dayAhead(10), start: '10:00', end: '11:00' }] })).statusCode, 404);

      const invites = (await mailsOf('poll-invite')).filter((m) => m.to_address.endsWith('@example.test'));
      const tokens = invites.map((m) => /\/datumprikker\/([A-Za-z0-9_-]+)/.exec(m.body_text ?? '')![1]!);
      assert.equal(tokens.length, 2);
      const anonymous = new Agent(t.app);
      const seen = await anonymous.get(`/api/v1/poll-links/${tokens[0]}`);
      assert.equal(seen.statusCode, 200, seen.body);
      assert.deepEqual(Object.keys(seen.json()).sort(), ['fixedSlotId', 'myAnswers', 'organiserName', 'poolName', 'slots', 'status', 'title']);
      assert.doesNotMatch(seen.body, /Medewerker A|Leidinggevende B|Burgerzaken/);
      const [s1, s2] = seen.json().slots.map((s: { id: string }) => s.id);
      assert.equal((await anonymous.put(`/api/v1/poll-links/${tokens[0]}/answers`, { answers: [{ slotId: s1, answer: 'no' }, { slotId: s2, answer: 'yes' }] })).statusCode, 204);
      assert.equal((await anonymous.put(`/api/v1/poll-links/${tokens[1]}/answers`, { answers: [{ slotId: s1, answer: 'maybe' }, { slotId: s2, answer: 'yes' }] })).statusCode, 204);
      assert.equal((await anonymous.get(`/api/v1/poll-links/${tokens[0]}x`)).statusCode, 404);

      const view = (await a.mediatorStaphorst.get(`/api/v1/polls/${poll.id}`)).json();
      assert.equal(view.best.slotId, s2);
      const fixed = await a.mediatorStaphorst.post(`/api/v1/polls/${poll.id}/fix`, { slotId: view.best.slotId });
      assert.equal(fixed.statusCode, 200, fixed.body);
      assert.ok(fixed.json().sessionId);
      const sessions = (await a.mediatorStaphorst.get(`/api/v1/cases/${c.id}/sessions`)).json();
      assert.equal(sessions.items.length, 1);
      assert.equal(sessions.items[0].startsAt, view.slots[1].startsAt);
      assert.equal(sessions.items[0].parties.length, 2);
      const late = await anonymous.put(`/api/v1/poll-links/${tokens[1]}/answers`, { answers: [{ slotId: s1, answer: 'yes' }, { slotId: s2, answer: 'no' }] });
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().type, 'urn:mediatorpool:problem:poll-closed');
    });
  });
}
