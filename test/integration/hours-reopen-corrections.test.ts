import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * What the hours screens need beyond logging: a coordinator takes a rejection back as well as an
 * approval, never on hours that carry corrections; every entry says whose it is, which date a
 * correction corrects and what the original comes to after its corrections.
 */
for (const engine of testEngines()) {
  describe(`hours: reopening decisions and the correction state (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    let c = { id: '', number: '' };

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
      c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id });
    });
    after(() => t.close());

    test('a coordinator withdraws a rejection: the hours wait for approval again, without the reason', async () => {
      const id = (await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/hours`, hoursBody('2026-07-06', 40))).json().id as string;
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/reopen`)).statusCode, 409, 'nothing to take back yet');
      assert.equal((await a.coordinator.post(`/api/v1/hours/${id}/reject`, { reason: 'Verkeerde zaak' })).statusCode, 200);
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/hours/${id}/reopen`)).statusCode, 403, 'a mediator does not review');
      const res = await a.coordinator.post(`/api/v1/hours/${id}/reopen`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual([res.json().status, res.json().rejectReason, res.json().decidedBy, res.json().decidedAt], ['submitted', null, null, null]);
      const queue = (await a.coordinator.get('/api/v1/hours/approval-queue')).json();
      assert.ok(queue.items.some((e: { id: string }) => e.id === id));
      const audit = await t.handle.db.selectFrom('audit_event').select(['action', 'detail']).where('object_id', '=', id).where('action', '=', 'hours.reopen').executeTakeFirstOrThrow();
      assert.equal((audit.detail as { from: string }).from, 'rejected');
    });

    test('corrections name the date they correct; the original shows its total after corrections and is not reopened while they count', async () => {
      const original = await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-07-07', 120);
      const plain = (await a.mediatorStaphorst.get(`/api/v1/hours/${original}`)).json();
      assert.deepEqual([plain.correctsDate, plain.correctedMinutes, plain.mediator.userId], [null, null, w.users.mediatorStaphorst.id]);

      const corr = await a.mediatorStaphorst.post(`/api/v1/hours/${original}/corrections`, { minutes: -30, note: 'Half uur te veel' });
      assert.equal(corr.statusCode, 201, corr.body);
      assert.deepEqual([corr.json().correctsId, corr.json().correctsDate, corr.json().minutes], [original, '2026-07-07', -30]);
      const after = (await a.coordinator.get(`/api/v1/hours/${original}`)).json();
      assert.equal(after.correctedMinutes, 90, 'the pending correction counts');

      const reopen = await a.coordinator.post(`/api/v1/hours/${original}/reopen`);
      assert.equal(reopen.statusCode, 409);
      assert.equal(reopen.json().type, 'urn:mediatorpool:problem:has-corrections');

      // A rejected correction no longer counts: without corrections that count there is no total after them.
      assert.equal((await a.coordinator.post(`/api/v1/hours/${corr.json().id}/reject`, { reason: 'Klopt wel' })).statusCode, 200);
      const list = (await a.mediatorStaphorst.get(`/api/v1/cases/${c.id}/hours`)).json().items as { id: string; correctedMinutes: number | null }[];
      assert.equal(list.find((e) => e.id === original)!.correctedMinutes, null);
      assert.equal((await a.coordinator.post(`/api/v1/hours/${original}/reopen`)).statusCode, 200, 'a rejected correction does not hold the approval');
    });
  });
}
