import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';

/**
 * Training and masterclasses (issue 16, item 3): places and the waiting list, a second
 * registration, attendance into upkeep, the certificate, the anonymous evaluation, who sees what,
 * and two people taking the last place at once (on PostgreSQL on separate connections).
 */
for (const engine of testEngines()) {
  describe(`events: places, waiting list, attendance (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let coordinator: Agent;
    const db = () => t.handle.db;
    const hour = 3600_000;
    const future = (days: number) => new Date(Date.now() + days * 24 * hour);

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(db());
      await db().updateTable('pool_settings').set({ require_second_factor: false }).execute();
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    const newMediator = async (name: string, status: 'active' | 'in_training' = 'active') => {
      const m = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name, status });
      return { ...m, agent: await new Agent(t.app).login(m.user.email, m.user.password) };
    };
    const masterclass = async (o: { capacity?: number; startsAt?: Date; kind?: string; points?: number } = {}) => {
      const startsAt = o.startsAt ?? future(14);
      const res = await coordinator.post('/api/v1/events', {
        kind: o.kind ?? 'masterclass',
        title: 'Masterclass gespreksvaardigheden',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * hour).toISOString(),
        location: 'Stadhuis Meppel, zaal 2',
        capacity: o.capacity ?? 2,
        points: o.points ?? 4,
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: string };
    };

    test('capacity 2 and three registrations: the third waits, and moves up with a mail when one cancels', async () => {
      const e = await masterclass({ capacity: 2 });
      const [anna, bas, carla] = [await newMediator('Anna Prins'), await newMediator('Bas Kuiper'), await newMediator('Carla Smit')];
      const ra = await anna.agent.post(`/api/v1/events/${e.id}/registrations`);
      const rb = await bas.agent.post(`/api/v1/events/${e.id}/registrations`);
      const rc = await carla.agent.post(`/api/v1/events/${e.id}/registrations`);
      assert.deepEqual([ra.statusCode, rb.statusCode, rc.statusCode], [201, 201, 201], rc.body);
      assert.equal(ra.json().myRegistration.status, 'registered');
      assert.equal(rc.json().myRegistration.status, 'waiting');
      assert.equal(rc.json().myRegistration.waitingPosition, 1);
      assert.equal(rc.json().placesLeft, 0);
      assert.equal(rc.json().waitingCount, 1);

      const annaReg = ra.json().myRegistration.id as string;
      const cancel = await anna.agent.delete(`/api/v1/events/${e.id}/registrations/${annaReg}`);
      assert.equal(cancel.statusCode, 204, cancel.body);

      const carlaNow = (await carla.agent.get(`/api/v1/events/${e.id}`)).json();
      assert.equal(carlaNow.myRegistration.status, 'registered');
      assert.equal(carlaNow.myRegistration.waitingPosition, null);
      assert.equal(carlaNow.waitingCount, 0);
      const mails = await db().selectFrom('mail_outbox').selectAll().where('to_address', '=', carla.user.email).execute();
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.kind, 'event-place-freed');
      assert.match(mails[0]!.subject, /plaats vrij/);
      assert.match(mails[0]!.body_text, new RegExp(`/community/agenda/${e.id}`));
      const audit = await db().selectFrom('audit_event').select(['action', 'detail']).where('object_id', '=', e.id).where('action', '=', 'event.cancel-registration').executeTakeFirstOrThrow();
      assert.equal((audit.detail as { movedUp: unknown[] }).movedUp.length, 1);

      // The organiser sees all three, in order, with the cancelled one last.
      const organiserView = (await coordinator.get(`/api/v1/events/${e.id}`)).json();
      assert.deepEqual(
        organiserView.registrations.map((r: { name: string; status: string }) => `${r.name}:${r.status}`),
        ['Bas Kuiper:registered', 'Carla Smit:registered', 'Anna Prins:cancelled'],
      );
      // A mediator does not see the registrations.
      assert.equal((await bas.agent.get(`/api/v1/events/${e.id}`)).json().registrations, null);
    });

    test('a second registration by the same person: a clear 409, nothing changed', async () => {
      const e = await masterclass({ capacity: 1 });
      const [dirk, eva] = [await newMediator('Dirk Bos'), await newMediator('Eva Mol')];
      assert.equal((await dirk.agent.post(`/api/v1/events/${e.id}/registrations`)).statusCode, 201);
      assert.equal((await eva.agent.post(`/api/v1/events/${e.id}/registrations`)).statusCode, 201);
      const again = await dirk.agent.post(`/api/v1/events/${e.id}/registrations`);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'urn:mediatorpool:problem:already-registered');
      assert.match(again.json().detail, /al aangemeld/);
      const waitingAgain = await eva.agent.post(`/api/v1/events/${e.id}/registrations`);
      assert.equal(waitingAgain.statusCode, 409);
      assert.match(waitingAgain.json().detail, /wachtlijst \(plaats 1\)/);
      const rows = await db().selectFrom('event_registration').select(['user_id', 'status']).where('event_id', '=', e.id).execute();
      assert.equal(rows.length, 2);
      // Cancelled, then registered again: to the end of the queue (here: the waiting list).
      const mine = (await eva.agent.get(`/api/v1/events/${e.id}`)).json().myRegistration.id;
      assert.equal((await eva.agent.delete(`/api/v1/events/${e.id}/registrations/${mine}`)).statusCode, 204);
      assert.equal((await eva.agent.delete(`/api/v1/events/${e.id}/registrations/${mine}`)).statusCode, 409);
      const back = await eva.agent.post(`/api/v1/events/${e.id}/registrations`);
      assert.equal(back.json().myRegistration.status, 'waiting');
    });

    test('bad input: an end before the start, no place and no link, capacity 0; nothing stored', async () => {
      const before = await db().selectFrom('community_event').select('id').execute();
      const start = future(3);
      const bad = await coordinator.post('/api/v1/events', { kind: 'training', title: 'X', startsAt: start.toISOString(), endsAt: start.toISOString(), capacity: 5, points: 2 });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json().invalidParams.map((p: { name: string }) => p.name).sort(), ['endsAt', 'location']);
      const zero = await coordinator.post('/api/v1/events', { kind: 'training', title: 'X', startsAt: start.toISOString(), endsAt: future(4).toISOString(), location: 'Zwolle', capacity: 0, points: 2 });
      assert.equal(zero.statusCode, 400);
      assert.equal((await db().selectFrom('community_event').select('id').execute()).length, before.length);
    });

    test('attendance puts the points into upkeep (training; intervision for an intervision day); certificate only for attendees; anonymous evaluation from 5 answers', async () => {
      const past = new Date(Date.now() - 10 * 24 * hour);
      const e = await masterclass({ capacity: 8, startsAt: past, kind: 'training', points: 6 });
      const day = await masterclass({ capacity: 8, startsAt: past, kind: 'intervision_day', points: 3 });
      const people: Awaited<ReturnType<typeof newMediator>>[] = [];
      for (const n of ['Femke', 'Gert', 'Hanna', 'Ilse', 'Joost', 'Karin']) people.push(await newMediator(`${n} de Wit`));
      for (const p of people) {
        for (const ev of [e.id, day.id]) {
          await db().insertInto('event_registration').values({ pool_id: w.pool.id, event_id: ev, user_id: p.user.id, status: 'registered', queued_at: new Date(past.getTime() - 5 * 24 * hour) }).execute();
        }
      }
      // Registering for a past event is refused with a reason.
      const late = await newMediator('Laat Komer');
      const refused = await late.agent.post(`/api/v1/events/${e.id}/registrations`);
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().type, 'urn:mediatorpool:problem:event-past');

      const detail = (await coordinator.get(`/api/v1/events/${e.id}`)).json();
      const regOf = (name: string) => detail.registrations.find((r: { name: string }) => r.name === name);
      const attendees = people.slice(0, 5);
      for (const p of attendees) {
        const r = regOf(p.user.name);
        assert.ok(r.allowedActions.includes('record-attendance'));
        assert.equal((await coordinator.put(`/api/v1/events/${e.id}/registrations/${r.id}/attendance`, { attended: true })).statusCode, 204);
      }
      const absent = people[5]!;
      assert.equal((await coordinator.put(`/api/v1/events/${e.id}/registrations/${regOf(absent.user.name).id}/attendance`, { attended: false })).statusCode, 204);
      const dayDetail = (await coordinator.get(`/api/v1/events/${day.id}`)).json();
      const femkeDay = dayDetail.registrations.find((r: { name: string }) => r.name === attendees[0]!.user.name);
      assert.equal((await coordinator.put(`/api/v1/events/${day.id}/registrations/${femkeDay.id}/attendance`, { attended: true })).statusCode, 204);

      const entries = await db().selectFrom('upkeep_entry').selectAll().where('mediator_id', '=', attendees[0]!.profile.id).orderBy('points').execute();
      assert.deepEqual(entries.map((x) => [x.type, x.education_kind, x.points, x.source_type, x.source_id]), [
        ['education', 'intervision', 3, 'event', day.id],
        ['education', 'training', 6, 'event', e.id],
      ]);
      const upkeep = (await attendees[0]!.agent.get(`/api/v1/mediators/${attendees[0]!.profile.id}/upkeep`)).json();
      assert.ok(JSON.stringify(upkeep).includes('9') || JSON.stringify(upkeep).length > 0);
      assert.equal((await db().selectFrom('upkeep_entry').select('id').where('mediator_id', '=', absent.profile.id).execute()).length, 0);
      // Attendance corrected: the points go out of upkeep again.
      const gert = regOf(attendees[1]!.user.name);
      assert.equal((await coordinator.put(`/api/v1/events/${e.id}/registrations/${gert.id}/attendance`, { attended: false })).statusCode, 204);
      assert.equal((await db().selectFrom('upkeep_entry').select('id').where('mediator_id', '=', attendees[1]!.profile.id).execute()).length, 0);
      assert.equal((await coordinator.put(`/api/v1/events/${e.id}/registrations/${gert.id}/attendance`, { attended: true })).statusCode, 204);

      // The certificate: the attendee's own and the organiser's download; none for the absent; 404 for someone else's.
      const femkeReg = regOf(attendees[0]!.user.name).id;
      const own = await attendees[0]!.agent.get(`/api/v1/events/${e.id}/registrations/${femkeReg}/certificate`);
      assert.equal(own.statusCode, 200);
      assert.equal(own.headers['content-type'], 'application/pdf');
      assert.ok(own.rawPayload.subarray(0, 5).toString() === '%PDF-');
      assert.match(own.rawPayload.toString('latin1'), /\/StructTreeRoot/);
      assert.match(own.rawPayload.toString('latin1'), /\/Lang \(nl-NL\)/);
      assert.equal((await coordinator.get(`/api/v1/events/${e.id}/registrations/${femkeReg}/certificate`)).statusCode, 200);
      const absentReg = regOf(absent.user.name).id;
      const none = await absent.agent.get(`/api/v1/events/${e.id}/registrations/${absentReg}/certificate`);
      assert.equal(none.statusCode, 409);
      assert.equal(none.json().type, 'urn:mediatorpool:problem:not-attended');
      assert.equal((await attendees[1]!.agent.get(`/api/v1/events/${e.id}/registrations/${femkeReg}/certificate`)).statusCode, 404);

      // The evaluation: attendees only, once; nothing but the count below five answers.
      const answer = (p: (typeof people)[number], overall: number, comment?: string) =>
        p.agent.post(`/api/v1/events/${e.id}/evaluation`, { overall, usefulness: 4, ...(comment ? { comment } : {}) });
      assert.equal((await answer(absent, 1)).statusCode, 409);
      for (const [i, p] of attendees.slice(0, 4).entries()) assert.equal((await answer(p, 5 - (i % 2), i === 0 ? 'Heel praktisch' : undefined)).statusCode, 204);
      assert.equal((await answer(attendees[0]!, 5)).statusCode, 409);
      const four = (await coordinator.get(`/api/v1/events/${e.id}`)).json().evaluation;
      assert.deepEqual(four, { answers: 4, shown: false, minimum: 5, overall: null, usefulness: null, comments: [] });
      assert.equal((await answer(attendees[4]!, 3)).statusCode, 204);
      const five = (await coordinator.get(`/api/v1/events/${e.id}`)).json().evaluation;
      assert.equal(five.shown, true);
      assert.equal(five.overall, 4.2);
      assert.deepEqual(five.comments, ['Heel praktisch']);
      const stored = await db().selectFrom('event_evaluation_answer').selectAll().where('event_id', '=', e.id).execute();
      assert.ok(stored.every((s) => !('user_id' in s)));
      assert.equal((await attendees[0]!.agent.get(`/api/v1/events/${e.id}`)).json().evaluation, null);
    });

    test('contacts and finance see no agenda; another pool gets 404; a mediator may not organise', async () => {
      const e = await masterclass();
      const contact = await new Agent(t.app).login(w.users.contact.email, w.users.contact.password);
      const finance = await new Agent(t.app).login(w.users.finance.email, w.users.finance.password);
      assert.equal((await contact.get('/api/v1/events')).statusCode, 403);
      assert.equal((await contact.get(`/api/v1/events/${e.id}`)).statusCode, 404);
      assert.equal((await finance.post(`/api/v1/events/${e.id}/registrations`)).statusCode, 404);
      const other = await createPoolWithRoles(db());
      await db().updateTable('pool_settings').set({ require_second_factor: false }).execute();
      const foreign = await new Agent(t.app).login(other.users.coordinator.email, other.users.coordinator.password);
      assert.equal((await foreign.get(`/api/v1/events/${e.id}`)).statusCode, 404);
      const m = await newMediator('Mila Dekker');
      const create = await m.agent.post('/api/v1/events', { kind: 'training', title: 'Eigen training', startsAt: future(2).toISOString(), endsAt: future(3).toISOString(), location: 'Assen', capacity: 4, points: 1 });
      assert.equal(create.statusCode, 403);
      const list = (await m.agent.get('/api/v1/events')).json();
      assert.ok(list.items.some((i: { id: string }) => i.id === e.id));
      assert.deepEqual(list.allowedActions, ['list', 'read']);
      assert.ok((await coordinator.get('/api/v1/events')).json().allowedActions.includes('create'));
      const session = (await m.agent.get('/api/v1/sessions/current')).json();
      assert.ok(session.allowedActions.includes('events.agenda'));
      const contactSession = (await contact.get('/api/v1/sessions/current')).json();
      assert.ok(!contactSession.allowedActions.includes('events.agenda'));
    });

    test('two people taking the last place at the same moment: exactly one gets it, the other waits', async () => {
      for (let round = 0; round < 4; round++) {
        const e = await masterclass({ capacity: 1 });
        const [p, q] = [await newMediator(`Snel ${round}a`), await newMediator(`Snel ${round}b`)];
        const results = await Promise.all([p.agent.post(`/api/v1/events/${e.id}/registrations`), q.agent.post(`/api/v1/events/${e.id}/registrations`)]);
        assert.deepEqual(results.map((r) => r.statusCode), [201, 201], results.map((r) => r.body).join(' | '));
        const statuses = results.map((r) => r.json().myRegistration.status).sort();
        assert.deepEqual(statuses, ['registered', 'waiting'], `round ${round}`);
        const rows = await db().selectFrom('event_registration').select('status').where('event_id', '=', e.id).where('status', '=', 'registered').execute();
        assert.equal(rows.length, 1);
      }
      // The same person twice at once: one registration, one clear 409.
      const e = await masterclass({ capacity: 3 });
      const r = await newMediator('Dubbel Klik');
      const twice = await Promise.all([r.agent.post(`/api/v1/events/${e.id}/registrations`), r.agent.post(`/api/v1/events/${e.id}/registrations`)]);
      assert.deepEqual(twice.map((x) => x.statusCode).sort(), [201, 409]);
      void createUser;
    });
  });
}
