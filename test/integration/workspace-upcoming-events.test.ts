import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import type { MyWork } from '../../src/contract/workspace.js';

/**
 * "Mijn werk", Komende bijeenkomsten (issue 16, item 7): for mediators and coordinators, the
 * pool's events of the coming six weeks (registered, waiting or open), not cancelled or later
 * ones, and the meetings of their own intervision groups with a fixed date; the counts checked
 * against the database. A contact gets no such section.
 */
for (const engine of testEngines()) {
  describe(`my work: upcoming events and intervision (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let coordinator: Agent;
    const db = () => t.handle.db;
    const day = 86_400_000;
    const at = (days: number) => new Date(Date.now() + days * day);

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(db());
      await db().updateTable('pool_settings').set({ require_second_factor: false }).execute();
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    const event = async (days: number, capacity = 5, title = `Bijeenkomst over ${days} dagen`) => {
      const res = await coordinator.post('/api/v1/events', {
        kind: 'training',
        title,
        startsAt: at(days).toISOString(),
        endsAt: new Date(at(days).getTime() + 2 * 3600_000).toISOString(),
        location: 'Meppel',
        capacity,
        points: 2,
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const section = (work: MyWork, role: string, key: string) => work.sections.find((s) => s.role === role && s.key === key);

    /** An intervision group with the profiles as members, and a meeting whose poll is fixed on a slot `days` ahead. */
    const meeting = async (name: string, facilitatorId: string, memberIds: string[], days: number) => {
      const group = await db().insertInto('intervision_group').values({ pool_id: w.pool.id, name, facilitator_id: facilitatorId, meetings_per_year: 4 }).returning('id').executeTakeFirstOrThrow();
      await db().insertInto('intervision_member').values(memberIds.map((mediator_id) => ({ group_id: group.id, mediator_id }))).execute();
      const poll = await db()
        .insertInto('date_poll')
        .values({ pool_id: w.pool.id, purpose: 'intervision-meeting', title: `Intervisie ${name}`, organiser_id: w.users.coordinator.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      const slot = await db().insertInto('date_poll_slot').values({ poll_id: poll.id, starts_at: at(days), ends_at: new Date(at(days).getTime() + 2 * 3600_000) }).returning('id').executeTakeFirstOrThrow();
      await db().updateTable('date_poll').set({ status: 'fixed', fixed_slot_id: slot.id, fixed_at: new Date() }).where('id', '=', poll.id).execute();
      await db().insertInto('intervision_meeting').values({ pool_id: w.pool.id, group_id: group.id, method: 'balint', poll_id: poll.id }).execute();
      return group.id;
    };

    test('events in the coming six weeks with the person’s state, and their own groups’ meetings; counts match the database', async () => {
      const anna = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name: 'Anna Prins' });
      const bas = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name: 'Bas Kuiper' });
      const outsider = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name: 'Olga Buiten' });
      const annaAgent = await new Agent(t.app).login(anna.user.email, anna.user.password);
      const basAgent = await new Agent(t.app).login(bas.user.email, bas.user.password);
      const outsiderAgent = await new Agent(t.app).login(outsider.user.email, outsider.user.password);

      // Nothing yet: the empty section is there, with 0.
      const empty = (await annaAgent.get('/api/v1/me/work')).json() as MyWork;
      assert.deepEqual({ total: section(empty, 'mediator', 'upcomingEvents')?.total, items: section(empty, 'mediator', 'upcomingEvents')?.items.length }, { total: 0, items: 0 });

      const registered = await event(3);
      const full = await event(10, 1);
      const open = await event(20);
      await event(60); // beyond six weeks
      const cancelled = await event(5);
      assert.equal((await annaAgent.post(`/api/v1/events/${registered}/registrations`)).statusCode, 201);
      assert.equal((await basAgent.post(`/api/v1/events/${full}/registrations`)).statusCode, 201);
      assert.equal((await annaAgent.post(`/api/v1/events/${full}/registrations`)).statusCode, 201); // waits
      assert.equal((await coordinator.post(`/api/v1/events/${cancelled}/cancellation`, {})).statusCode, 200);
      const groupId = await meeting('Noord', bas.profile.id, [anna.profile.id, bas.profile.id], 14);
      await meeting('Later', bas.profile.id, [anna.profile.id], 70); // beyond six weeks

      const { n: dbEvents } = await db()
        .selectFrom('community_event')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('pool_id', '=', w.pool.id)
        .where('cancelled_at', 'is', null)
        .where('starts_at', '>=', new Date())
        .where('starts_at', '<', at(42))
        .executeTakeFirstOrThrow();
      assert.equal(dbEvents, 3);

      const mine = (await annaAgent.get('/api/v1/me/work')).json() as MyWork;
      const s = section(mine, 'mediator', 'upcomingEvents')!;
      assert.equal(s.total, dbEvents + 1);
      assert.deepEqual(
        s.items.map((i) => [i.kind, i.id, i.state]),
        [
          ['event', registered, 'event-registered'],
          ['event', full, 'event-waiting'],
          ['meeting', groupId, 'meeting-balint'],
          ['event', open, 'event-open'],
        ],
      );
      // Someone in no group sees the events only, the full one as full.
      const other = section((await outsiderAgent.get('/api/v1/me/work')).json() as MyWork, 'mediator', 'upcomingEvents')!;
      assert.equal(other.total, dbEvents);
      assert.deepEqual(other.items.find((i) => i.id === full)?.state, 'event-full');

      // A coordinator (no mediator role) gets both community sections under "coordinator".
      const coord = (await coordinator.get('/api/v1/me/work')).json() as MyWork;
      assert.equal(section(coord, 'coordinator', 'upcomingEvents')?.total, dbEvents);
      assert.equal(section(coord, 'coordinator', 'openPolls')?.total, 0);
      // A contact has no such section.
      const contact = await new Agent(t.app).login(w.users.contact.email, w.users.contact.password);
      const contactWork = (await contact.get('/api/v1/me/work')).json() as MyWork;
      assert.equal(contactWork.sections.some((x) => x.key === 'upcomingEvents' || x.key === 'openPolls'), false);
    });
  });
}
