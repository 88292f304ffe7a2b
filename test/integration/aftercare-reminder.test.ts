import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import { createUser } from '../helpers/factories.js';
import { runAftercareReminders } from '../../src/server/jobs/aftercare-reminder.js';
import { todayInAmsterdam } from '../../src/server/modules/case-status/pool-calendar.js';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { formatDutchDate } from '../../src/domain/calendar/iso-date.js';

/**
 * The daily aftercare reminder: on or after the due date, once per case, to the lead mediator (or
 * the coordinators when no mediator on the case can sign in), never after aftercare is recorded
 * or the case is closed or withdrawn; the case is on the aftercare task lists.
 */
for (const engine of testEngines()) {
  describe(`aftercare reminder (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    const baseUrl = 'https://mediatorpool.example';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    /** A case concluded through the API (outcome, conclusion), its aftercare then moved to `dueOn`. */
    async function concludedCase(dueOn: string, mediatorProfileId: string | null = w.profiles.staphorst.id) {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, ...(mediatorProfileId ? { mediatorProfileId } : {}) });
      const put = await a.coordinator.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/outcome`, payload: { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: false } });
      assert.equal(put.statusCode, 200, put.body);
      const done = await a.coordinator.post(`/api/v1/cases/${c.id}/transitions`, { to: 'concluded', from: 'in_progress' });
      assert.equal(done.statusCode, 200, done.body);
      await t.handle.db.updateTable('case_outcome').set({ aftercare_due_on: dueOn }).where('case_id', '=', c.id).execute();
      return c;
    }
    const remindersFor = (caseNumber: string) =>
      t.handle.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).where('kind', '=', 'aftercare-reminder').where('subject', 'like', `%${caseNumber}%`).orderBy('to_address').execute();
    const run = (now?: Date) => runAftercareReminders(t.handle.db, { baseUrl, ...(now ? { now } : {}) });
    /** Noon in Amsterdam on a date, as the job's clock. */
    const noonOn = (date: string) => new Date(`${date}T12:00:00+02:00`);

    test('due today: one mail to the lead mediator, however often and however many instances run the job', async () => {
      const today = todayInAmsterdam();
      const c = await concludedCase(today);
      const runs = await Promise.all([1, 2, 3].map(() => run()));
      assert.equal(runs.reduce((x, y) => x + y, 0), 1, `exactly one of the concurrent runs sends it: ${runs.join(',')}`);
      assert.equal(await run(), 0, 'a later run sends nothing');
      assert.equal(await run(noonOn(addDays(today, 1))), 0, 'nor the next day');

      const mails = await remindersFor(c.number);
      assert.equal(mails.length, 1);
      const [m] = mails;
      assert.equal(m!.to_address, w.users.mediatorStaphorst.email);
      assert.equal(m!.subject, `Nazorg: zaak ${c.number}`);
      assert.ok(m!.body_text.includes(formatDutchDate(today)), 'the due date in Dutch');
      assert.ok(m!.body_text.includes(`${baseUrl}/zaken/${c.id}`), 'a link to the case');
      assert.ok(m!.body_text.startsWith('Beste Sanne Staphorst,'));
      assert.doesNotMatch(m!.body_text, /Medewerker A|Leidinggevende B|Burgerzaken|spreken al maanden/, 'no party names or case content in mail');
      assert.doesNotMatch(m!.body_text, /coördinator/);

      // The case is on the aftercare task lists of the mediator and the coordinator, marked due.
      for (const agent of [a.mediatorStaphorst, a.coordinator]) {
        const task = (await agent.get('/api/v1/me/aftercare-tasks')).json().items.find((x: { caseId: string }) => x.caseId === c.id);
        assert.deepEqual({ dueOn: task?.dueOn, due: task?.due, number: task?.caseNumber }, { dueOn: today, due: true, number: c.number });
      }
      assert.ok(!(await a.mediatorMeppel.get('/api/v1/me/aftercare-tasks')).json().items.some((x: { caseId: string }) => x.caseId === c.id));
    });

    test('not yet due: no mail; on the due date it goes out, also for a case already in aftercare', async () => {
      const tomorrow = addDays(todayInAmsterdam(), 1);
      const c = await concludedCase(tomorrow);
      const started = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/transitions`, { to: 'aftercare', from: 'concluded' });
      assert.equal(started.statusCode, 200, started.body);
      await run();
      assert.equal((await remindersFor(c.number)).length, 0, 'due tomorrow: nothing today');
      await run(noonOn(tomorrow));
      assert.equal((await remindersFor(c.number)).length, 1, 'due on the day itself');

      const later = await concludedCase(addDays(todayInAmsterdam(), 42));
      await run();
      assert.equal((await remindersFor(later.number)).length, 0, 'six weeks ahead: nothing');
    });

    test('no reminder once aftercare is recorded, or when the case is closed without aftercare or withdrawn', async () => {
      const today = todayInAmsterdam();
      const recorded = await concludedCase(today);
      const rec = await a.mediatorStaphorst.post(`/api/v1/cases/${recorded.id}/aftercare`, { agreementsKept: 'yes' });
      assert.equal(rec.statusCode, 200, rec.body);
      const closed = await concludedCase(today);
      const close = await a.coordinator.post(`/api/v1/cases/${closed.id}/transitions`, { to: 'closed', from: 'concluded', reason: 'Partijen willen geen nazorg.' });
      assert.equal(close.statusCode, 200, close.body);
      const withdrawn = await concludedCase(today);
      const withdraw = await a.coordinator.post(`/api/v1/cases/${withdrawn.id}/transitions`, { to: 'withdrawn', from: 'concluded', reason: 'Zaak ingetrokken.' });
      assert.equal(withdraw.statusCode, 200, withdraw.body);

      await run();
      await run(noonOn(addDays(today, 30)));
      for (const c of [recorded, closed, withdrawn]) assert.equal((await remindersFor(c.number)).length, 0, c.number);
    });

    test('no mediator on the case can sign in: the pool’s active coordinators get it; a usable co-mediator comes first', async () => {
      const today = todayInAmsterdam();
      const gone = await createMediator(t.handle.db, w.pool.id, { municipalityId: w.staphorst.id, name: 'Gerrit Gestopt' });
      await t.handle.db.updateTable('app_user').set({ active: false }).where('id', '=', gone.user.id).execute();
      const retired = await createUser(t.handle.db, w.pool.id, { roles: ['coordinator'], active: false });

      const orphan = await concludedCase(today, gone.profile.id);
      const noMediator = await concludedCase(today, null);
      const withCo = await concludedCase(today, gone.profile.id);
      await t.handle.db.insertInto('case_mediator').values({ case_id: withCo.id, mediator_id: w.profiles.meppel.id, pool_id: w.pool.id, role: 'co' }).execute();

      await run();
      const coordinators = [w.users.coordinator.email, w.users.coordinator2.email].sort();
      for (const c of [orphan, noMediator]) {
        const mails = await remindersFor(c.number);
        assert.deepEqual(mails.map((m) => m.to_address), coordinators, c.number);
        assert.ok(mails.every((m) => /als coördinator/.test(m.body_text) && m.body_text.includes(`${baseUrl}/zaken/${c.id}`)));
      }
      assert.deepEqual((await remindersFor(withCo.number)).map((m) => m.to_address), [w.users.mediatorMeppel.email], 'the co-mediator');
      const all = await t.handle.db.selectFrom('mail_outbox').select('to_address').where('kind', '=', 'aftercare-reminder').execute();
      assert.ok(!all.some((m) => m.to_address === gone.user.email || m.to_address === retired.email), 'no mail to switched-off accounts');

      await run();
      assert.equal((await remindersFor(orphan.number)).length, 2, 'still once per coordinator');
    });
  });
}
