import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const todayAmsterdam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The approval queue flags what a coordinator should look at twice; the quick-entry form offers running cases only. */
for (const engine of testEngines()) {
  describe(`hours queue flags (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('outside the assignment, longer than the day’s session, a weekend day: computed per entry on the server', async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, referredOn: '2026-06-01', assignedOn: '2026-06-01' });
      const session = (day: string, from: string, to: string) =>
        t.handle.db.insertInto('mediation_session').values({ pool_id: w.pool.id, case_id: c.id, starts_at: `${day}T${from}:00+02:00`, ends_at: `${day}T${to}:00+02:00`, location: 'Gemeentehuis', planned_by: w.users.coordinator.id }).execute();
      await session('2026-06-02', '10:00', '11:00');
      await session('2026-06-03', '10:00', '11:00');
      const log = async (body: Record<string, unknown>) => {
        const res = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/hours`, body);
        assert.equal(res.statusCode, 201, res.body);
        return res.json().id as string;
      };
      const longer = await log(hoursBody('2026-06-02', 90));
      const fits = await log(hoursBody('2026-06-03', 60));
      const preparation = await log(hoursBody('2026-06-02', 120, { activity: 'preparation' }));
      const saturday = await log(hoursBody('2026-06-06', 30, { activity: 'preparation' }));
      const early = await log(hoursBody('2026-06-04', 30, { activity: 'reporting' }));
      // The assignment moved later after the hours were logged (as after a re-assignment): the entry now lies before it.
      await t.handle.db.updateTable('case_mediator').set({ assigned_at: new Date('2026-06-04T22:30:00Z') }).where('case_id', '=', c.id).execute();

      const queue = await a.coordinator.get('/api/v1/hours/approval-queue?pageSize=100');
      assert.equal(queue.statusCode, 200, queue.body);
      const flags = new Map<string, string[]>(queue.json().items.map((e: { id: string; flags: string[] }) => [e.id, e.flags]));
      // Assigned 2026-06-05 (Amsterdam): every entry before that day is outside the assignment.
      assert.deepEqual(flags.get(longer), ['outside-assignment', 'longer-than-session']);
      assert.deepEqual(flags.get(fits), ['outside-assignment']);
      assert.deepEqual(flags.get(preparation), ['outside-assignment'], 'preparation is not compared with the session');
      assert.deepEqual(flags.get(early), ['outside-assignment']);
      assert.deepEqual(flags.get(saturday), ['weekend'], '2026-06-06 is a Saturday, after the assignment');

      await t.handle.db.updateTable('case_mediator').set({ assigned_at: new Date('2026-06-01T10:00:00Z') }).where('case_id', '=', c.id).execute();
      await t.handle.db.updateTable('mediation_session').set({ status: 'cancelled', cancelled_at: new Date() }).where('case_id', '=', c.id).where('starts_at', '<', new Date('2026-06-03T00:00:00Z')).execute();
      const again = new Map<string, string[]>((await a.coordinator.get('/api/v1/hours/approval-queue?pageSize=100')).json().items.map((e: { id: string; flags: string[] }) => [e.id, e.flags]));
      assert.deepEqual([again.get(longer), again.get(fits), again.get(early), again.get(saturday)], [[], [], [], ['weekend']], 'a cancelled session is no measure; inside the assignment again');
    });

    test('the quick-entry form offers only running cases the mediator is on, and the server refuses the others', async () => {
      const running = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id });
      const closedToday = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id });
      const notMine = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
      await t.handle.db.updateTable('mediation_case').set({ status: 'closed', closed_on: todayAmsterdam() }).where('id', '=', closedToday.id).execute();
      const defaults = (await a.mediatorMeppel.get('/api/v1/me/hours/defaults')).json();
      assert.deepEqual(defaults.cases.map((x: { id: string }) => x.id), [running.id], 'neither the closed case nor a case of someone else');
      assert.equal((await a.mediatorMeppel.post(`/api/v1/cases/${notMine.id}/hours`, hoursBody('2026-07-01', 30))).statusCode, 404);
      assert.equal((await a.mediatorMeppel.post(`/api/v1/cases/${closedToday.id}/hours`, hoursBody(todayAmsterdam() > '2026-07-02' ? '2026-07-02' : todayAmsterdam(), 30))).statusCode, 201, 'the closing day itself still takes hours through the API (the assignment window)');
    });
  });
}
