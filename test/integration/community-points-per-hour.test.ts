import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';

/**
 * The pool setting "PE-punten per uur intervisie" (issue 16, item 1): shown and changed in the pool
 * settings, refused outside 0.25–10 or off the quarter steps (nothing changes), and the points an
 * attendee of an intervision meeting gets follow it.
 */
for (const engine of testEngines()) {
  describe(`pool setting: intervision points per hour (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let admin: Agent;
    let coordinator: Agent;
    const db = () => t.handle.db;

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(db());
      await db().updateTable('pool_settings').set({ require_second_factor: false }).execute();
      admin = await new Agent(t.app).login(w.users.admin.email, w.users.admin.password);
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    /** A group of the two profiles with a meeting of `minutes` that took place yesterday. */
    const heldMeeting = async (name: string, profiles: string[], minutes: number) => {
      const group = await db().insertInto('intervision_group').values({ pool_id: w.pool.id, name, facilitator_id: profiles[0]!, meetings_per_year: 4 }).returning('id').executeTakeFirstOrThrow();
      await db().insertInto('intervision_member').values(profiles.map((mediator_id) => ({ group_id: group.id, mediator_id }))).execute();
      const poll = await db().insertInto('date_poll').values({ pool_id: w.pool.id, purpose: 'intervision-meeting', title: name, organiser_id: w.users.coordinator.id }).returning('id').executeTakeFirstOrThrow();
      const start = new Date(Date.now() - 86_400_000);
      const slot = await db().insertInto('date_poll_slot').values({ poll_id: poll.id, starts_at: start, ends_at: new Date(start.getTime() + minutes * 60_000) }).returning('id').executeTakeFirstOrThrow();
      await db().updateTable('date_poll').set({ status: 'fixed', fixed_slot_id: slot.id, fixed_at: new Date() }).where('id', '=', poll.id).execute();
      return (await db().insertInto('intervision_meeting').values({ pool_id: w.pool.id, group_id: group.id, method: 'incident', poll_id: poll.id }).returning('id').executeTakeFirstOrThrow()).id;
    };
    const pointsOf = async (mediatorId: string, meetingId: string) =>
      (await db().selectFrom('upkeep_entry').select('points').where('mediator_id', '=', mediatorId).where('source_id', '=', meetingId).executeTakeFirst())?.points;

    test('out of bounds or off the quarter steps: 400 naming the field, the setting unchanged', async () => {
      for (const bad of [0, 0.1, 10.25, 1.3, -1]) {
        const res = await admin.patch('/api/v1/pool-settings', { intervisionPointsPerHour: bad });
        assert.equal(res.statusCode, 400, `${bad}: ${res.body}`);
        assert.equal(res.json().invalidParams[0].name, 'intervisionPointsPerHour', String(bad));
      }
      assert.equal((await admin.get('/api/v1/pool-settings')).json().intervisionPointsPerHour, 1);
    });

    test('changing it changes the points the next attendees get; the change is audited', async () => {
      const anna = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name: 'Anna Prins' });
      const bas = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name: 'Bas Kuiper' });
      const before = await heldMeeting('Voor de wijziging', [anna.profile.id, bas.profile.id], 120);
      assert.equal((await coordinator.put(`/api/v1/intervision-meetings/${before}/attendance`, { attendeeIds: [anna.profile.id] })).statusCode, 204);
      assert.equal(await pointsOf(anna.profile.id, before), 2);

      const res = await admin.patch('/api/v1/pool-settings', { intervisionPointsPerHour: 1.5 });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().intervisionPointsPerHour, 1.5);
      const audit = await db().selectFrom('audit_event').select('detail').where('action', '=', 'pool-settings.update').where('object_id', '=', w.pool.id).orderBy('at', 'desc').executeTakeFirstOrThrow();
      const [from, to] = (audit.detail as { changes: Record<string, [unknown, unknown]> }).changes.intervision_points_per_hour!;
      assert.deepEqual([Number(from), Number(to)], [1, 1.5]);

      const afterChange = await heldMeeting('Na de wijziging', [anna.profile.id, bas.profile.id], 120);
      assert.equal((await coordinator.put(`/api/v1/intervision-meetings/${afterChange}/attendance`, { attendeeIds: [anna.profile.id, bas.profile.id] })).statusCode, 204);
      assert.equal(await pointsOf(anna.profile.id, afterChange), 3);
      assert.equal(await pointsOf(bas.profile.id, afterChange), 3);
      // What was recorded before stays as it was.
      assert.equal(await pointsOf(anna.profile.id, before), 2);
    });
  });
}
