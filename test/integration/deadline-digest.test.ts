import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createCaseWorld, referralBody } from '../helpers/case-factories.js';
import { createUser } from '../helpers/factories.js';
import { runDeadlineDigest } from '../../src/server/jobs/deadline-digest.js';

for (const engine of testEngines()) {
  describe(`daily deadline digest (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
    });
    after(() => t.close());

    test('one digest per coordinator per day, even when the job runs several times at once; the dashboard filter agrees', async () => {
      const second = await createUser(t.handle.db, w.pool.id, { roles: ['coordinator'] });
      const contact = await new Agent(t.app).login(w.users.contactMeppel.email, w.users.contactMeppel.password);
      const overdue = (await contact.post('/api/v1/cases', referralBody(w.meppel.id))).json();
      const fine = (await contact.post('/api/v1/cases', referralBody(w.meppel.id))).json();
      // Referred long ago: the first-contact norm (5 working days) has passed.
      await t.handle.db.updateTable('mediation_case').set({ first_contact_due_on: '2026-01-05', referred_on: '2025-12-29' }).where('id', '=', overdue.id).execute();

      const runs = await Promise.all([1, 2, 3].map(() => runDeadlineDigest(t.handle.db, { baseUrl: 'http://x' })));
      assert.equal(runs.reduce((a, b) => a + b, 0), 2, 'two coordinators, one mail each');
      assert.equal(await runDeadlineDigest(t.handle.db, { baseUrl: 'http://x' }), 0, 'a later run the same day sends nothing');
      const mails = await t.handle.db.selectFrom('mail_outbox').select(['to_address', 'body_text']).where('kind', '=', 'deadline-digest').execute();
      assert.deepEqual(mails.map((m) => m.to_address).sort(), [w.users.coordinator.email, second.email].sort());
      assert.ok(mails[0]!.body_text.includes(overdue.number));
      assert.ok(!mails[0]!.body_text.includes(fine.number));
      assert.ok(!mails[0]!.body_text.includes('spreken al maanden'), 'no confidential content in mail');

      const coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
      const list = (await coordinator.get('/api/v1/cases?clockState=overdue')).json();
      assert.deepEqual(list.items.map((c: { id: string }) => c.id), [overdue.id]);
      assert.equal(list.items[0].clockState, 'overdue');
      const detail = (await coordinator.get(`/api/v1/cases/${overdue.id}`)).json();
      assert.equal(detail.clockState, 'overdue');
    });
  });
}
