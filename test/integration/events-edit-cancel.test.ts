import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';

/**
 * Issue 16, item 3, the organiser's side: changing an event (date, place, capacity: not below the
 * places taken; a higher one moves the waiting list up with a mail) and cancelling it (a mail to
 * everyone registered or waiting, registration stops), each audited; bad input changes nothing.
 */
for (const engine of testEngines()) {
  describe(`events: edit and cancel (${engine})`, () => {
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

    const newMediator = async (name: string) => {
      const m = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name });
      return { ...m, agent: await new Agent(t.app).login(m.user.email, m.user.password) };
    };
    const body = (o: { capacity?: number; startsAt?: Date; location?: string } = {}) => {
      const startsAt = o.startsAt ?? future(14);
      return {
        kind: 'masterclass',
        title: 'Masterclass onderhandelen',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * hour).toISOString(),
        location: o.location ?? 'Stadhuis Meppel, zaal 2',
        capacity: o.capacity ?? 2,
        points: 4,
      };
    };
    /** An event with capacity 2, two with a place and two waiting. */
    const fullEvent = async () => {
      const created = await coordinator.post('/api/v1/events', body());
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id as string;
      const people = [];
      for (const name of ['Anna Prins', 'Bas Kuiper', 'Carla Smit', 'Dirk Vos']) {
        const p = await newMediator(`${name} ${Math.random().toString(36).slice(2, 6)}`);
        assert.equal((await p.agent.post(`/api/v1/events/${id}/registrations`)).statusCode, 201);
        people.push(p);
      }
      return { id, people };
    };
    /** The event's version as an edit form reads it: a change sends it back (guarded update). */
    const readAt = async (id: string) => (await coordinator.get(`/api/v1/events/${id}`)).json().updatedAt as string;
    const mailsTo = (email: string) => db().selectFrom('mail_outbox').select(['kind', 'subject', 'body_text']).where('to_address', '=', email).execute();

    test('capacity below the places taken is refused with the field named, and nothing changes', async () => {
      const { id, people } = await fullEvent();
      const before = await db().selectFrom('community_event').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const res = await coordinator.put(`/api/v1/events/${id}`, { ...body({ capacity: 1, location: 'Elders' }), updatedAt: await readAt(id) });
      assert.equal(res.statusCode, 400, res.body);
      const problem = res.json();
      assert.equal(problem.invalidParams[0].name, 'capacity');
      assert.match(problem.invalidParams[0].reason, /al 2 mensen een plaats/);
      const afterRow = await db().selectFrom('community_event').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(afterRow, before);
      assert.equal((await mailsTo(people[0]!.user.email)).length, 0);
      // Other bad input: the end before the start, no place at all.
      const bad = await coordinator.put(`/api/v1/events/${id}`, { ...body(), endsAt: future(1).toISOString(), location: undefined, updatedAt: await readAt(id) });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json().invalidParams.map((p: { name: string }) => p.name).sort(), ['endsAt', 'location']);
    });

    test('a higher capacity moves the first waiting up with a mail; a new date is mailed to the others', async () => {
      const { id, people } = await fullEvent();
      const [anna, , carla, dirk] = people;
      const moved = future(21);
      const res = await coordinator.put(`/api/v1/events/${id}`, { ...body({ capacity: 3, startsAt: moved }), updatedAt: await readAt(id) });
      assert.equal(res.statusCode, 200, res.body);
      const detail = res.json();
      assert.equal(detail.capacity, 3);
      assert.equal(detail.startsAt, moved.toISOString());
      assert.deepEqual(
        detail.registrations.map((r: { status: string }) => r.status),
        ['registered', 'registered', 'registered', 'waiting'],
      );
      assert.deepEqual((await mailsTo(carla!.user.email)).map((m) => m.kind), ['event-place-freed']);
      assert.deepEqual((await mailsTo(anna!.user.email)).map((m) => m.kind), ['event-changed']);
      const dirkMail = await mailsTo(dirk!.user.email);
      assert.deepEqual(dirkMail.map((m) => m.kind), ['event-changed']);
      assert.match(dirkMail[0]!.body_text, /wachtlijst/);
      const audit = await db().selectFrom('audit_event').select('detail').where('object_id', '=', id).where('action', '=', 'event.update').executeTakeFirstOrThrow();
      assert.deepEqual((audit.detail as { capacity: unknown }).capacity, { from: 2, to: 3 });
    });

    test('a mediator may not change or cancel (403); another pool sees nothing (404)', async () => {
      const { id, people } = await fullEvent();
      const updatedAt = await readAt(id);
      assert.equal((await people[0]!.agent.put(`/api/v1/events/${id}`, { ...body({ capacity: 5 }), updatedAt })).statusCode, 403);
      assert.equal((await people[0]!.agent.post(`/api/v1/events/${id}/cancellation`, {})).statusCode, 403);
      const other = await createPoolWithRoles(db());
      const otherCoordinator = await new Agent(t.app).login(other.users.coordinator.email, other.users.coordinator.password);
      assert.equal((await otherCoordinator.put(`/api/v1/events/${id}`, { ...body({ capacity: 5 }), updatedAt })).statusCode, 404);
      assert.equal((await otherCoordinator.post(`/api/v1/events/${id}/cancellation`, {})).statusCode, 404);
      assert.equal((await db().selectFrom('community_event').select('capacity').where('id', '=', id).executeTakeFirstOrThrow()).capacity, 2);
    });

    test('cancelling mails everyone registered or waiting, stops registration and is audited; a second cancel is 409', async () => {
      const { id, people } = await fullEvent();
      const res = await coordinator.post(`/api/v1/events/${id}/cancellation`, { reason: 'De trainer is ziek.' });
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(res.json().cancelledAt);
      assert.equal(res.json().cancelReason, 'De trainer is ziek.');
      assert.deepEqual(res.json().allowedActions.includes('update'), false);
      for (const p of people) {
        const mails = await mailsTo(p.user.email);
        assert.deepEqual(mails.map((m) => m.kind), ['event-cancelled']);
        assert.match(mails[0]!.body_text, /De trainer is ziek/);
      }
      const late = await newMediator('Eva Laat');
      const reg = await late.agent.post(`/api/v1/events/${id}/registrations`);
      assert.equal(reg.statusCode, 409);
      assert.equal(reg.json().type.endsWith('event-cancelled'), true, reg.body);
      const again = await coordinator.post(`/api/v1/events/${id}/cancellation`, {});
      assert.equal(again.statusCode, 409);
      const edit = await coordinator.put(`/api/v1/events/${id}`, { ...body({ capacity: 5 }), updatedAt: await readAt(id) });
      assert.equal(edit.statusCode, 409);
      const audits = await db().selectFrom('audit_event').select('detail').where('object_id', '=', id).where('action', '=', 'event.cancel').execute();
      assert.equal(audits.length, 1);
      assert.deepEqual(audits[0]!.detail, { registered: 2, waiting: 2, reason: true });
      // Still on the agenda, marked cancelled.
      const agenda = (await people[0]!.agent.get('/api/v1/events')).json();
      assert.ok(agenda.items.find((e: { id: string; cancelledAt: string | null }) => e.id === id)?.cancelledAt);
    });
  });
}
