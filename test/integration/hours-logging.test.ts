import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const todayAmsterdam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const tomorrowAmsterdam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 36 * 3600_000));

/** Hours: logging by the case's mediators, the month view, fast-entry defaults, approval, rejection, corrections and bad input. */
for (const engine of testEngines()) {
  describe(`hours (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let c = { id: '', number: '' };
    const count = async () => Number((await t.handle.db.selectFrom('hour_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
    });
    after(() => t.close());

    const log = (agent: Agent, body: Record<string, unknown>, caseId = c.id) => agent.post(`/api/v1/cases/${caseId}/hours`, body);

    test('a mediator logs hours on their case: supplier is their municipality, user the case’s', async () => {
      const res = await log(a.mediatorStaphorst, hoursBody('2026-07-02', 90, { activity: 'intake', travelKm: 34, note: 'Intake met beide partijen' }));
      assert.equal(res.statusCode, 201, res.body);
      const e = res.json();
      assert.equal(res.headers.location, `/api/v1/hours/${e.id}`);
      assert.deepEqual(
        [e.caseNumber, e.date, e.minutes, e.activity, e.travelKm, e.status, e.supplierMunicipality.name, e.userMunicipality.name, e.mediator.name, e.period, e.locked],
        [c.number, '2026-07-02', 90, 'intake', 34, 'submitted', 'Staphorst', 'Meppel', 'Sanne Staphorst', null, false],
      );
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', e.id).execute();
      assert.deepEqual(audit.map((r) => r.action), ['hours.log']);
    });

    test('the month view and the fast-entry defaults (today, last activity, my cases)', async () => {
      await log(a.mediatorStaphorst, hoursBody('2026-07-20', 60, { activity: 'reporting' }));
      const month = await a.mediatorStaphorst.get('/api/v1/me/hours?month=2026-07');
      assert.equal(month.statusCode, 200);
      assert.deepEqual(month.json().items.map((e: { date: string; minutes: number }) => [e.date, e.minutes]), [
        ['2026-07-02', 90],
        ['2026-07-20', 60],
      ]);
      assert.deepEqual(month.json().totals, { approvedMinutes: 0, submittedMinutes: 150, rejectedMinutes: 0, travelKm: 34 });
      assert.deepEqual((await a.mediatorStaphorst.get('/api/v1/me/hours?month=2026-08')).json().items, []);
      assert.equal((await a.mediatorStaphorst.get('/api/v1/me/hours?month=2026-13')).statusCode, 400);
      assert.equal((await a.mediatorStaphorst.get('/api/v1/me/hours')).statusCode, 400);
      const defaults = (await a.mediatorStaphorst.get('/api/v1/me/hours/defaults')).json();
      assert.equal(defaults.date, todayAmsterdam());
      assert.equal(defaults.activity, 'reporting');
      assert.equal(defaults.caseId, c.id);
      assert.deepEqual(defaults.cases.map((x: { id: string }) => x.id), [c.id]);
      const fresh = (await a.mediatorIdle.get('/api/v1/me/hours/defaults')).json();
      assert.deepEqual([fresh.activity, fresh.caseId, fresh.cases], [null, null, []]);
      assert.equal((await a.coordinator.get('/api/v1/me/hours?month=2026-07')).statusCode, 403);
    });

    test('bad input: nothing stored for 0, negative, more than 24 hours, the future, before the referral, unknown fields', async () => {
      const before = await count();
      for (const [body, field] of [
        [hoursBody('2026-07-03', 0), 'minutes'],
        [hoursBody('2026-07-03', -30), 'minutes'],
        [hoursBody('2026-07-03', 1441), 'minutes'],
        [hoursBody('2026-07-03', 30.5), 'minutes'],
        [hoursBody('2026-07-03', 30, { activity: 'lunch' }), 'activity'],
        [hoursBody('2026-07-03', 30, { travelKm: -1 }), 'travelKm'],
        [hoursBody('2026-02-30', 30), 'date'],
        [hoursBody(tomorrowAmsterdam(), 30), 'date'],
        [hoursBody('2026-05-31', 30), 'date'],
        [{ ...hoursBody('2026-07-03', 30), mediatorId: w.profiles.meppel.id }, 'mediatorId'],
      ] as const) {
        const res = await log(a.mediatorStaphorst, body);
        assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`);
        assert.equal(res.json().invalidParams[0].name, field, JSON.stringify(body));
      }
      assert.equal(await count(), before);
    });

    test('at most 24 hours per mediator per day, across entries', async () => {
      assert.equal((await log(a.mediatorStaphorst, hoursBody('2026-07-06', 1000))).statusCode, 201);
      const over = await log(a.mediatorStaphorst, hoursBody('2026-07-06', 441));
      assert.equal(over.statusCode, 400);
      assert.equal(over.json().invalidParams[0].code, 'day-limit');
      assert.match(over.json().invalidParams[0].reason, /24 uur/);
      assert.equal((await log(a.mediatorStaphorst, hoursBody('2026-07-06', 440))).statusCode, 201, 'exactly 24 hours is fine');
      // Two entries at the same moment cannot both slip under the limit.
      const results = await Promise.all([log(a.mediatorStaphorst, hoursBody('2026-07-07', 800)), log(a.mediatorStaphorst, hoursBody('2026-07-07', 800))]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 400]);
    });

    test('hours on a case one is not on: 403 when the case is visible, 404 when not; released mediators too', async () => {
      const res = await log(a.mediatorMeppel, hoursBody('2026-07-03', 30));
      assert.equal(res.statusCode, 404, 'a mediator who does not see the case');
      assert.equal((await log(a.coordinator, hoursBody('2026-07-03', 30))).statusCode, 403, 'the coordinator sees the case but is not on it');
      assert.equal((await log(a.contactMeppel, hoursBody('2026-07-03', 30))).statusCode, 403, 'the referring contact sees the status only');
      assert.equal((await log(a.contactStaphorst, hoursBody('2026-07-03', 30))).statusCode, 404);
      assert.equal((await log(a.otherPool, hoursBody('2026-07-03', 30))).statusCode, 404);
      assert.equal((await log(a.anonymous, hoursBody('2026-07-03', 30))).statusCode, 401);
      assert.equal((await log(a.mediatorStaphorst, hoursBody('2026-07-03', 30), '00000000-0000-4000-8000-000000000000')).statusCode, 404);
      const released = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.zwartewaterland.id, mediatorProfileId: w.profiles.meppel.id });
      assert.equal((await log(a.mediatorMeppel, hoursBody('2026-07-03', 30), released.id)).statusCode, 201);
      await t.handle.db.updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', released.id).execute();
      assert.equal((await log(a.mediatorMeppel, hoursBody('2026-07-04', 30), released.id)).statusCode, 404, 'released: no longer sees the case');
    });

    test('hours only within the assignment: not before the mediator was assigned, not after the case closed; the form offers open cases only', async () => {
      const late = await caseWithMediator(t.app, t.handle.db, a.coordinator, {
        poolId: w.pool.id,
        municipalityId: w.staphorst.id,
        mediatorProfileId: w.profiles.staphorst.id,
        referredOn: '2026-06-01',
        assignedOn: '2026-06-15',
      });
      const stored = await count();
      const early = await log(a.mediatorStaphorst, hoursBody('2026-06-10', 30), late.id);
      assert.equal(early.statusCode, 400, early.body);
      assert.deepEqual([early.json().invalidParams[0].name, early.json().invalidParams[0].code], ['date', 'before-assignment']);
      assert.match(early.json().invalidParams[0].reason, /15-06-2026|2026-06-15/);
      assert.equal(await count(), stored, 'nothing stored');
      const inside = await log(a.mediatorStaphorst, hoursBody('2026-06-15', 30), late.id);
      assert.equal(inside.statusCode, 201, 'the day of the assignment itself counts');
      const moved = await a.mediatorStaphorst.patch(`/api/v1/hours/${inside.json().id}`, { date: '2026-06-14' });
      assert.equal(moved.statusCode, 400, 'an edit cannot move the hours before the assignment either');
      assert.equal(moved.json().invalidParams[0].name, 'date');

      // Closed on 2026-06-20: hours up to that day still go in, later ones do not.
      await t.handle.db.updateTable('mediation_case').set({ status: 'closed', closed_on: '2026-06-20' }).where('id', '=', late.id).execute();
      assert.equal((await log(a.mediatorStaphorst, hoursBody('2026-06-20', 30), late.id)).statusCode, 201, 'the closing day itself');
      const after = await log(a.mediatorStaphorst, hoursBody('2026-06-22', 30), late.id);
      assert.equal(after.statusCode, 400, after.body);
      assert.deepEqual([after.json().invalidParams[0].name, after.json().invalidParams[0].code], ['date', 'after-close']);
      const movedOut = await a.mediatorStaphorst.patch(`/api/v1/hours/${inside.json().id}`, { date: '2026-06-21' });
      assert.equal(movedOut.statusCode, 400, 'nor after the close');

      // The quick-entry form offers only cases that still take hours, and does not preselect a closed one.
      const defaults = (await a.mediatorStaphorst.get('/api/v1/me/hours/defaults')).json();
      assert.ok(!defaults.cases.some((x: { id: string }) => x.id === late.id), 'the closed case is not offered');
      assert.ok(defaults.cases.some((x: { id: string }) => x.id === c.id), 'the open case still is');
      assert.notEqual(defaults.caseId, late.id, 'last used, but closed: not preselected');

      // Corrections of approved hours keep working (dated today, in an open period).
      await t.handle.db.updateTable('mediation_case').set({ status: 'in_progress', closed_on: null }).where('id', '=', late.id).execute();
      const approved = await logAndApprove(a.mediatorStaphorst, a.coordinator, late.id, '2026-06-16', 60);
      await t.handle.db.updateTable('mediation_case').set({ status: 'closed', closed_on: '2026-06-20' }).where('id', '=', late.id).execute();
      const corr = await a.coordinator.post(`/api/v1/hours/${approved}/corrections`, { minutes: -15, note: 'Kwartier te veel' });
      assert.equal(corr.statusCode, 201, corr.body);
    });

    test('edit and delete own submitted or rejected hours; approved hours are fixed', async () => {
      const id = (await log(a.mediatorStaphorst, hoursBody('2026-07-08', 60))).json().id;
      const edited = await a.mediatorStaphorst.patch(`/api/v1/hours/${id}`, { minutes: 75, note: 'incl. verslag' });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.equal(edited.json().minutes, 75);
      assert.equal((await a.mediatorMeppel.patch(`/api/v1/hours/${id}`, { minutes: 10 })).statusCode, 404);
      assert.equal((await a.coordinator.patch(`/api/v1/hours/${id}`, { minutes: 10 })).statusCode, 403, 'a coordinator does not edit a mediator’s hours');
      assert.equal((await a.mediatorStaphorst.patch(`/api/v1/hours/${id}`, { minutes: 0 })).statusCode, 400);
      const rejected = await a.coordinator.post(`/api/v1/hours/${id}/reject`, { reason: 'Dubbel geboekt?' });
      assert.equal(rejected.statusCode, 200);
      assert.deepEqual([rejected.json().status, rejected.json().rejectReason, rejected.json().decidedBy], ['rejected', 'Dubbel geboekt?', 'Carla Coördinator']);
      const mail = await t.handle.db.selectFrom('mail_outbox').selectAll().where('kind', '=', 'hours-rejected').executeTakeFirstOrThrow();
      assert.equal(mail.to_address, w.users.mediatorStaphorst.email);
      assert.match(mail.body_text, /Dubbel geboekt\?/);
      const resubmitted = await a.mediatorStaphorst.patch(`/api/v1/hours/${id}`, { minutes: 45 });
      assert.deepEqual([resubmitted.json().status, resubmitted.json().rejectReason], ['submitted', null]);
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/approve`)).statusCode, 200);
      assert.equal((await a.mediatorStaphorst.patch(`/api/v1/hours/${id}`, { minutes: 50 })).statusCode, 409);
      assert.equal((await a.mediatorStaphorst.delete(`/api/v1/hours/${id}`)).statusCode, 409);
      const gone = (await log(a.mediatorStaphorst, hoursBody('2026-07-09', 20))).json().id;
      assert.equal((await a.mediatorStaphorst.delete(`/api/v1/hours/${gone}`)).statusCode, 204);
      assert.equal((await a.mediatorStaphorst.get(`/api/v1/hours/${gone}`)).statusCode, 404);
    });

    test('approval queue, approve, reject with a reason, reopen; nobody approves their own hours', async () => {
      const id = (await log(a.mediatorStaphorst, hoursBody('2026-07-10', 30))).json().id;
      const queue = (await a.coordinator.get('/api/v1/hours/approval-queue')).json();
      assert.ok(queue.items.some((e: { id: string }) => e.id === id));
      assert.ok(queue.items.every((e: { status: string }) => e.status === 'submitted'));
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/reject`, { reason: '' })).statusCode, 400);
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/reject`, { reason: '   ' })).statusCode, 400);
      const approved = await a.coordinator.post(`/api/v1/hours/${id}/approve`);
      assert.equal(approved.statusCode, 200);
      assert.deepEqual([approved.json().status, approved.json().period], ['approved', { code: '2026-K3', start: '2026-07-01', end: '2026-09-30' }]);
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/approve`)).statusCode, 409, 'approved twice');
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/reject`, { reason: 'x' })).statusCode, 409);
      const reopened = await a.coordinator.post(`/api/v1/hours/${id}/reopen`);
      assert.deepEqual([reopened.statusCode, reopened.json().status, reopened.json().period], [200, 'submitted', null]);

      // A coordinator who is also a mediator does not approve their own hours.
      await t.handle.db.updateTable('app_user').set({ roles: ['mediator', 'coordinator'] }).where('id', '=', w.users.mediatorStaphorst.id).execute();
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${id}/approve`)).statusCode, 403);
      await t.handle.db.updateTable('app_user').set({ roles: ['mediator'] }).where('id', '=', w.users.mediatorStaphorst.id).execute();
      // The mediator sees their own hours (403); hours the caller does not see are 404, whatever the role.
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${id}/approve`)).statusCode, 403);
      for (const who of ['finance', 'admin', 'contactMeppel'] as const) {
        assert.equal((await a[who].post(`/api/v1/hours/${id}/approve`)).statusCode, 404, who);
      }
      assert.equal((await a.otherPool.post(`/api/v1/hours/${id}/approve`)).statusCode, 404);
      assert.equal((await a.anonymous.post(`/api/v1/hours/${id}/approve`)).statusCode, 401);
      assert.equal((await a.coordinator2.post(`/api/v1/hours/${id}/approve`)).statusCode, 200);
    });

    test('totals per case and per mediator (coordinator, finance)', async () => {
      const res = await a.finance.get('/api/v1/hours/totals?from=2026-07-01&to=2026-07-31');
      assert.equal(res.statusCode, 200);
      const body = res.json();
      const perCase = body.perCase.find((x: { caseId: string }) => x.caseId === c.id);
      assert.equal(perCase.caseNumber, c.number);
      assert.ok(perCase.approvedMinutes > 0 && perCase.submittedMinutes > 0);
      const sanne = body.perMediator.find((x: { name: string }) => x.name === 'Sanne Staphorst');
      assert.equal(sanne.municipality, 'Staphorst');
      assert.equal(body.totals.approvedMinutes, body.perCase.reduce((s: number, x: { approvedMinutes: number }) => s + x.approvedMinutes, 0));
      assert.equal((await a.coordinator.get('/api/v1/hours/totals?from=2026-07-31&to=2026-07-01')).statusCode, 400);
      for (const who of ['mediatorStaphorst', 'contactMeppel', 'admin'] as const) assert.equal((await a[who].get('/api/v1/hours/totals?from=2026-07-01&to=2026-07-31')).statusCode, 403, who);
      assert.equal((await a.coordinator.get(`/api/v1/cases/${c.id}/hours`)).statusCode, 200);
      assert.equal((await a.mediatorStaphorst.get(`/api/v1/cases/${c.id}/hours`)).statusCode, 200);
      assert.equal((await a.contactMeppel.get(`/api/v1/cases/${c.id}/hours`)).statusCode, 404);
    });

    test('a correction of approved hours: a new (negative) entry pointing at the original, within 0..24 h', async () => {
      const original = await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-07-13', 120);
      const corr = await a.mediatorStaphorst.post(`/api/v1/hours/${original}/corrections`, { minutes: -30, note: 'Half uur te veel geschreven' });
      assert.equal(corr.statusCode, 201, corr.body);
      assert.deepEqual([corr.json().correctsId, corr.json().minutes, corr.json().date, corr.json().status], [original, -30, todayAmsterdam(), 'submitted']);
      const tooMuch = await a.mediatorStaphorst.post(`/api/v1/hours/${original}/corrections`, { minutes: -100, note: 'x' });
      assert.equal(tooMuch.statusCode, 400, 'below zero in total');
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${original}/corrections`, { minutes: 0, note: 'x' })).statusCode, 400);
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${original}/corrections`, { minutes: 10, note: '' })).statusCode, 400);
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${corr.json().id}/corrections`, { minutes: 10, note: 'x' })).statusCode, 409, 'not a correction of a correction');
      const pending = (await log(a.mediatorStaphorst, hoursBody('2026-07-14', 30))).json().id;
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${pending}/corrections`, { minutes: 10, note: 'x' })).statusCode, 409, 'only approved hours');
      assert.equal((await a.mediatorMeppel.post(`/api/v1/hours/${original}/corrections`, { minutes: 10, note: 'x' })).statusCode, 404);
      const byCoordinator = await a.coordinator.post(`/api/v1/hours/${original}/corrections`, { minutes: 15, note: 'Reistijd vergeten', date: '2026-07-15' });
      assert.equal(byCoordinator.statusCode, 201);
      assert.equal((await a.coordinator.post(`/api/v1/hours/${corr.json().id}/approve`)).statusCode, 200);
    });
  });
}
