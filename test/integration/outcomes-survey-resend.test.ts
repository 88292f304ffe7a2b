import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * The satisfaction survey sent again: only to parties with an e-mail address who have not answered
 * (or had no link yet); their old link stops working, so nobody answers twice. The outcome shows
 * when it was sent and how many links were used, never who answered what.
 */
for (const engine of testEngines()) {
  describe(`the satisfaction survey sent again (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    const concludedCase = async () => {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, partyEmail: 'a@example.test' });
      await a.coordinator.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/outcome`, payload: { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: false } });
      const res = await a.coordinator.post(`/api/v1/cases/${c.id}/transitions`, { to: 'concluded', from: 'in_progress' });
      assert.equal(res.statusCode, 200, res.body);
      return c;
    };
    const tokensTo = async (to: string) =>
      (await t.handle.db.selectFrom('mail_outbox').select('body_text').where('kind', '=', 'satisfaction-survey').where('to_address', '=', to).orderBy('created_at').execute()).map(
        (m) => /tevredenheid\/([A-Za-z0-9_-]+)/.exec(m.body_text)![1]!,
      );
    const answer = (token: string) => a.anonymous.post(`/api/v1/satisfaction/${token}`, { process: 4, mediator: 4, outcome: 4 });
    const survey = async (caseId: string) => (await a.coordinator.get(`/api/v1/cases/${caseId}/outcome`)).json().survey;

    test('only parties without an answer get a new link, which replaces the old one', async () => {
      const c = await concludedCase();
      assert.equal(await survey(c.id), null, 'not sent yet');
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`)).json().type, 'urn:mediatorpool:problem:survey-not-sent');
      // The second party gets an address: both are invited.
      await t.handle.db.updateTable('case_party').set({ email: 'b@example.test' }).where('id', '=', c.parties[1]!.id).execute();
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/satisfaction-invitations`)).json().invited, 2);
      const first = await survey(c.id);
      assert.deepEqual([first.invited, first.answered, first.pending], [2, 0, 2]);
      assert.equal(first.firstSentAt, first.lastSentAt);

      const [tokenA] = await tokensTo('a@example.test');
      const [oldB] = await tokensTo('b@example.test');
      assert.equal((await answer(tokenA!)).statusCode, 204);
      assert.deepEqual(await survey(c.id).then((s) => [s.invited, s.answered, s.pending]), [2, 1, 1]);

      const resent = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`);
      assert.equal(resent.statusCode, 201, resent.body);
      assert.equal(resent.json().invited, 1, 'only the party who did not answer');
      assert.equal((await tokensTo('a@example.test')).length, 1, 'no second mail to the party who answered');
      const newB = (await tokensTo('b@example.test'))[1]!;
      assert.match((await t.handle.db.selectFrom('mail_outbox').select('body_text').where('body_text', 'like', `%${newB}%`).executeTakeFirstOrThrow()).body_text, /vervangt de vorige/);
      assert.equal((await a.anonymous.get(`/api/v1/satisfaction/${oldB}`)).statusCode, 404, 'the old link stopped working');
      assert.equal((await answer(oldB!)).statusCode, 404);
      assert.equal((await answer(newB)).statusCode, 204);

      const after = await survey(c.id);
      assert.deepEqual([after.invited, after.answered, after.pending], [2, 2, 0]);
      assert.ok(after.lastSentAt > after.firstSentAt);
      const done = await a.coordinator.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`);
      assert.equal(done.statusCode, 409);
      assert.equal(done.json().type, 'urn:mediatorpool:problem:survey-all-answered');
      assert.equal((await t.handle.db.selectFrom('satisfaction_answer').selectAll().execute()).length, 2);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', c.id).where('action', 'like', 'case.survey-%').execute();
      assert.deepEqual(audit.map((x) => x.action).sort(), ['case.survey-invited', 'case.survey-resent']);
    });

    test('who may send again, and links sent before parties were tracked', async () => {
      const c = await concludedCase();
      assert.equal((await a.contactMeppel.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`)).statusCode, 404);
      assert.equal((await a.otherPool.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`)).statusCode, 404);
      assert.equal((await a.anonymous.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`)).statusCode, 401);
      assert.equal((await a.contactMeppel.get(`/api/v1/cases/${c.id}/outcome`)).json().survey, null, 'a contact does not see the survey state');

      // An old-style link without a party, already used: nobody can tell who answered.
      await t.handle.db
        .insertInto('satisfaction_invitation')
        .values({ pool_id: w.pool.id, case_id: c.id, municipality_id: w.meppel.id, token_hash: 'a'.repeat(64), used_at: new Date() })
        .execute();
      assert.equal((await survey(c.id)).pending, 0);
      const refused = await a.coordinator.post(`/api/v1/cases/${c.id}/satisfaction-invitations/resend`);
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().type, 'urn:mediatorpool:problem:survey-untracked');
    });
  });
}
