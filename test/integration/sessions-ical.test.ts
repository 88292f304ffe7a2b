import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { parseEvents } from '../unit/ical/parse-helper.js';

/**
 * Sessions through the API, checked with an independent iCalendar parser (ical.js): the .ics per
 * session and the private feed give the right local times on both sides of the October 2026
 * summer-time change; rescheduling keeps the UID and raises SEQUENCE; cancelling gives
 * STATUS:CANCELLED; invitations go out by mail with the .ics attached and without the note.
 */
for (const engine of testEngines()) {
  describe(`sessions and iCalendar (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let c = { id: '', number: '', parties: [] as { id: string; name: string; email: string | null }[] };

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, partyEmail: 'medewerker.a@example.test' });
    });
    after(() => t.close());

    const plan = (agent: Agent, body: Record<string, unknown>) => agent.post(`/api/v1/cases/${c.id}/sessions`, body);
    const session = (date: string, start = '14:00', end = '15:30', more: Record<string, unknown> = {}) => ({
      date,
      start,
      end,
      location: 'Gemeentehuis Meppel, zaal 2; ingang achter',
      description: 'VERTROUWELIJK: spanning rond het verzuim',
      partyIds: [c.parties[0]!.id],
      ...more,
    });
    /** Session mails queued after `mark()` was taken. */
    const mark = async () => new Set((await t.handle.db.selectFrom('mail_outbox').select('id').execute()).map((r) => r.id));
    const outbox = async (seen: Set<string>) =>
      (await t.handle.db.selectFrom('mail_outbox').selectAll().where('kind', 'like', 'session-%').orderBy('created_at').execute()).filter((m) => !seen.has(m.id));

    test('a session on Saturday 24 and one on Monday 26 October 2026 at 14:00 → 12:00Z and 13:00Z in the .ics', async () => {
      const before = await plan(a.mediatorStaphorst, session('2026-10-24'));
      const afterChange = await plan(a.mediatorStaphorst, session('2026-10-26', '14:00', '15:00'));
      assert.equal(before.statusCode, 201, before.body);
      assert.equal(afterChange.statusCode, 201, afterChange.body);
      assert.equal(before.json().startsAt, '2026-10-24T12:00:00.000Z');
      assert.equal(afterChange.json().startsAt, '2026-10-26T13:00:00.000Z');
      assert.deepEqual([before.json().date, before.json().start, before.json().end], ['2026-10-24', '14:00', '15:30']);

      for (const [s, startUtc, endUtc, local] of [
        [before.json(), '2026-10-24T12:00:00.000Z', '2026-10-24T13:30:00.000Z', '2026-10-24T14:00:00'],
        [afterChange.json(), '2026-10-26T13:00:00.000Z', '2026-10-26T14:00:00.000Z', '2026-10-26T14:00:00'],
      ] as const) {
        const res = await a.mediatorStaphorst.get(`/api/v1/sessions/${s.id}/ics`);
        assert.equal(res.statusCode, 200);
        assert.match(res.headers['content-type'] as string, /^text\/calendar/);
        assert.match(res.headers['content-disposition'] as string, new RegExp(`${c.number}-`));
        const { events } = parseEvents(res.body);
        assert.equal(events.length, 1);
        const e = events[0]!;
        assert.equal(e.uid, s.uid);
        assert.equal(e.sequence, 0);
        assert.equal(e.tzid, 'Europe/Amsterdam');
        assert.equal(e.startLocal, local);
        assert.equal(e.startUtc, startUtc);
        assert.equal(e.endUtc, endUtc);
        assert.equal(e.summary, `Mediationgesprek ${c.number}`);
        assert.equal(e.location, 'Gemeentehuis Meppel, zaal 2; ingang achter');
        assert.equal(e.status, 'CONFIRMED');
      }
    });

    test('invitations by mail to the mediator and the attending party with an e-mail address, .ics attached, no note', async () => {
      const since = await mark();
      const res = await plan(a.mediatorStaphorst, session('2026-11-03', '10:00', '11:00'));
      assert.equal(res.statusCode, 201);
      const mails = await outbox(since);
      assert.deepEqual(mails.map((m) => m.to_address).sort(), [w.users.mediatorStaphorst.email, 'medewerker.a@example.test'].sort());
      for (const m of mails) {
        assert.equal(m.kind, 'session-planned');
        // The subject shows in the pool's outbox view: no date, time or place of the session there.
        assert.equal(m.subject, `Uitnodiging: mediationgesprek ${c.number}`);
        assert.match(m.body_text, /dinsdag 3 november 2026/);
        assert.match(m.body_text, /10:00–11:00 uur/);
        assert.doesNotMatch(m.body_text, /VERTROUWELIJK|verzuim/);
        assert.doesNotMatch(m.subject + m.body_text, /Medewerker A.*Leidinggevende B/s);
        assert.equal(m.attachments.length, 1);
        const ics = Buffer.from(m.attachments[0]!.content, 'base64').toString('utf8');
        assert.doesNotMatch(ics, /VERTROUWELIJK/);
        const { calendar, events } = parseEvents(ics);
        assert.equal(events[0]!.startUtc, '2026-11-03T09:00:00.000Z');
        assert.equal(events[0]!.uid, res.json().uid);
        const method = calendar.getFirstPropertyValue('method');
        if (m.to_address === 'medewerker.a@example.test') {
          assert.equal(method, 'REQUEST');
          assert.match(m.attachments[0]!.contentType, /method=REQUEST/);
          assert.equal(events[0]!.vevent.getFirstProperty('attendee')!.getFirstValue(), 'mailto:medewerker.a@example.test');
          assert.equal(events[0]!.vevent.getFirstProperty('organizer')!.getFirstValue(), `mailto:${w.users.mediatorStaphorst.email}`);
        } else {
          assert.equal(method, 'PUBLISH');
        }
      }
    });

    test('reschedule: same UID, SEQUENCE + 1, new time, change mailed; cancel: STATUS:CANCELLED, SEQUENCE + 1', async () => {
      const created = (await plan(a.mediatorStaphorst, session('2026-10-24', '09:00', '10:00'))).json();
      const since = await mark();
      const moved = await a.mediatorStaphorst.patch(`/api/v1/sessions/${created.id}`, { sequence: 0, date: '2026-10-27', start: '09:30', end: '11:00' });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.equal(moved.json().uid, created.uid);
      assert.equal(moved.json().sequence, 1);
      let e = parseEvents((await a.mediatorStaphorst.get(`/api/v1/sessions/${created.id}/ics`)).body).events[0]!;
      assert.deepEqual([e.uid, e.sequence, e.startUtc, e.endUtc], [created.uid, 1, '2026-10-27T08:30:00.000Z', '2026-10-27T10:00:00.000Z']);
      const changeMails = await outbox(since);
      assert.equal(changeMails.length, 2);
      assert.ok(changeMails.every((m) => m.kind === 'session-rescheduled' && m.subject.startsWith('Gewijzigd:')));

      const stale = await a.mediatorStaphorst.patch(`/api/v1/sessions/${created.id}`, { sequence: 0, start: '10:00' });
      assert.equal(stale.statusCode, 409, 'a change on an old version is refused');

      const since2 = await mark();
      const cancelled = await a.coordinator.post(`/api/v1/sessions/${created.id}/cancel`, { sequence: 1, reason: 'Partij ziek' });
      assert.equal(cancelled.statusCode, 200, cancelled.body);
      assert.equal(cancelled.json().status, 'cancelled');
      assert.equal(cancelled.json().sequence, 2);
      e = parseEvents((await a.coordinator.get(`/api/v1/sessions/${created.id}/ics`)).body).events[0]!;
      assert.deepEqual([e.uid, e.sequence, e.status], [created.uid, 2, 'CANCELLED']);
      const cancelMails = await outbox(since2);
      assert.equal(cancelMails.length, 2);
      const partyMail = cancelMails.find((m) => m.to_address === 'medewerker.a@example.test')!;
      const partyIcs = parseEvents(Buffer.from(partyMail.attachments[0]!.content, 'base64').toString('utf8'));
      assert.equal(partyIcs.calendar.getFirstPropertyValue('method'), 'CANCEL');
      assert.equal(partyIcs.events[0]!.status, 'CANCELLED');
      assert.equal(partyIcs.events[0]!.sequence, 2);

      assert.equal((await a.coordinator.post(`/api/v1/sessions/${created.id}/cancel`, {})).statusCode, 409, 'cancelled twice');
      assert.equal((await a.mediatorStaphorst.patch(`/api/v1/sessions/${created.id}`, { start: '10:00' })).statusCode, 409, 'a cancelled session stays cancelled');
    });

    test('a party taken off the list gets a cancellation', async () => {
      const both = (await plan(a.mediatorStaphorst, session('2026-12-01', '13:00', '14:00'))).json();
      const since = await mark();
      const res = await a.mediatorStaphorst.patch(`/api/v1/sessions/${both.id}`, { partyIds: [c.parties[1]!.id] });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json().parties.map((p: { id: string }) => p.id), [c.parties[1]!.id]);
      const mails = await outbox(since);
      const uninvited = mails.find((m) => m.to_address === 'medewerker.a@example.test');
      assert.equal(uninvited?.kind, 'session-uninvited');
    });

    test('the private calendar feed: secret URL, both sides of the change, regenerate and revoke', async () => {
      assert.deepEqual((await a.mediatorStaphorst.get('/api/v1/me/calendar-feed')).json(), { active: false, createdAt: null, lastUsedAt: null });
      const created = await a.mediatorStaphorst.post('/api/v1/me/calendar-feed');
      assert.equal(created.statusCode, 201);
      const url = new URL(created.json().url);
      assert.match(url.pathname, /^\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\/sessions\.ics$/);
      const token = url.pathname.split('/')[4]!;
      const stored = await t.handle.db.selectFrom('calendar_feed').select('token_hash').where('user_id', '=', w.users.mediatorStaphorst.id).execute();
      assert.ok(stored.every((r) => r.token_hash !== token && /^[0-9a-f]{64}$/.test(r.token_hash)), 'only the hash is stored');

      const feed = await t.app.inject({ method: 'GET', url: url.pathname });
      assert.equal(feed.statusCode, 200);
      assert.match(feed.headers['content-type'] as string, /^text\/calendar/);
      assert.doesNotMatch(feed.body, /VERTROUWELIJK/, 'no confidential notes in the feed');
      const { events } = parseEvents(feed.body);
      const byLocal = new Map(events.map((e) => [e.startLocal, e]));
      assert.equal(byLocal.get('2026-10-24T14:00:00')?.startUtc, '2026-10-24T12:00:00.000Z');
      assert.equal(byLocal.get('2026-10-26T14:00:00')?.startUtc, '2026-10-26T13:00:00.000Z');
      assert.ok(events.some((e) => e.status === 'CANCELLED' && e.sequence === 2), 'cancelled sessions stay in the feed, marked cancelled');
      assert.equal((await a.mediatorStaphorst.get('/api/v1/me/calendar-feed')).json().active, true);

      // Another mediator's feed does not list this case's sessions.
      const other = await a.mediatorMeppel.post('/api/v1/me/calendar-feed');
      const otherFeed = await t.app.inject({ method: 'GET', url: new URL(other.json().url).pathname });
      assert.equal(parseEvents(otherFeed.body).events.length, 0);

      const renewed = await a.mediatorStaphorst.post('/api/v1/me/calendar-feed');
      assert.notEqual(renewed.json().url, created.json().url);
      assert.equal((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode, 404, 'the old address stops working');
      const renewedPath = new URL(renewed.json().url).pathname;
      assert.equal((await t.app.inject({ method: 'GET', url: renewedPath })).statusCode, 200);
      assert.equal((await a.mediatorStaphorst.delete('/api/v1/me/calendar-feed')).statusCode, 204);
      assert.equal((await t.app.inject({ method: 'GET', url: renewedPath })).statusCode, 404, 'revoked');
      assert.equal((await a.mediatorStaphorst.delete('/api/v1/me/calendar-feed')).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feeds/not-a-real-token-at-all-xxxxxxxx/sessions.ics' })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feeds/%00%01/sessions.ics' })).statusCode, 400);
      for (const who of ['coordinator', 'contactMeppel', 'finance', 'admin'] as const) {
        assert.equal((await a[who].post('/api/v1/me/calendar-feed')).statusCode, 403, who);
      }
      assert.equal((await a.anonymous.post('/api/v1/me/calendar-feed')).statusCode, 401);
    });

    test('bad input: ends before it starts, a time that does not exist, no place, a party of another case, nothing saved', async () => {
      const count = async () => (await t.handle.db.selectFrom('mediation_session').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const before = Number(await count());
      const backwards = await plan(a.mediatorStaphorst, session('2026-10-24', '15:00', '14:00'));
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().invalidParams[0].name, 'end');
      assert.equal(backwards.json().invalidParams[0].code, 'before-start');
      assert.equal((await plan(a.mediatorStaphorst, session('2026-10-24', '14:00', '14:00'))).statusCode, 400, 'zero length');
      const skipped = await plan(a.mediatorStaphorst, session('2026-03-29', '02:30', '03:30'));
      assert.equal(skipped.statusCode, 400);
      assert.equal(skipped.json().invalidParams[0].code, 'nonexistent-time');
      assert.equal((await plan(a.mediatorStaphorst, session('2026-10-24', '25:00', '26:00'))).statusCode, 400);
      assert.equal((await plan(a.mediatorStaphorst, session('2026-02-30'))).statusCode, 400);
      assert.equal((await plan(a.mediatorStaphorst, session('2026-10-24', '08:00', '21:00'))).statusCode, 400, 'longer than 12 hours');
      assert.equal((await plan(a.mediatorStaphorst, session('2026-10-24', '14:00', '15:00', { location: null, onlineUrl: null }))).statusCode, 400);
      assert.equal((await plan(a.mediatorStaphorst, session('2026-10-24', '14:00', '15:00', { location: null, onlineUrl: 'javascript:alert(1)' }))).statusCode, 400);
      const other = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id });
      assert.equal((await plan(a.mediatorStaphorst, session('2026-10-24', '14:00', '15:00', { partyIds: [other.parties[0]!.id] }))).statusCode, 400);
      assert.equal((await plan(a.mediatorStaphorst, { ...session('2026-10-24'), extra: 1 })).statusCode, 400);
      const existing = (await a.mediatorStaphorst.get(`/api/v1/cases/${c.id}/sessions`)).json().items.find((s: { status: string }) => s.status === 'planned');
      const backwardsPatch = await a.mediatorStaphorst.patch(`/api/v1/sessions/${existing.id}`, { start: '23:00' });
      assert.equal(backwardsPatch.statusCode, 400, 'a reschedule that would end before it starts');
      assert.equal(Number(await count()), before, 'nothing saved');
      const online = await plan(a.mediatorStaphorst, session('2026-10-24', '16:00', '17:00', { location: null, onlineUrl: 'https://meet.example.test/abc', partyIds: [] }));
      assert.equal(online.statusCode, 201);
      assert.equal(parseEvents((await a.mediatorStaphorst.get(`/api/v1/sessions/${online.json().id}/ics`)).body).events[0]!.location, 'https://meet.example.test/abc');
    });

    test('who may see, plan, change and download sessions', async () => {
      const s = (await plan(a.coordinator, session('2026-12-10', '10:00', '11:00'))).json();
      const expectations: Record<HoursWho, number> = {
        coordinator: 200,
        coordinator2: 200,
        mediatorStaphorst: 200,
        mediatorMeppel: 404,
        mediatorIdle: 404,
        contactMeppel: 404,
        contactStaphorst: 404,
        contactZwartewaterland: 404,
        admin: 404,
        finance: 404,
        otherPool: 404,
        anonymous: 401,
      };
      for (const [who, code] of Object.entries(expectations) as [HoursWho, number][]) {
        assert.equal((await a[who].get(`/api/v1/cases/${c.id}/sessions`)).statusCode, code, `${who} lists`);
        assert.equal((await a[who].get(`/api/v1/sessions/${s.id}`)).statusCode, code, `${who} reads`);
        assert.equal((await a[who].get(`/api/v1/sessions/${s.id}/ics`)).statusCode, code, `${who} downloads`);
        const write = code === 200 ? [201, 200] : [code, code];
        assert.equal((await plan(a[who], session('2026-12-11', '10:00', '11:00', { partyIds: [] }))).statusCode, write[0], `${who} plans`);
        assert.equal((await a[who].patch(`/api/v1/sessions/${s.id}`, { location: `Zaal ${who}` })).statusCode, write[1], `${who} changes`);
      }
      assert.equal((await a.contactMeppel.post(`/api/v1/sessions/${s.id}/cancel`, {})).statusCode, 404);
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/sessions/${s.id}/cancel`, {})).statusCode, 200);
    });
  });
}
