import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createDemoMatchingPool, createMatchingCase, declaration, matchingAgents, type MatchingAgents, type MatchingWorld } from '../helpers/matching-factories.js';

/**
 * What the matching policy tells the web: the actions on a case's matching (GET
 * /cases/:caseId/matching), on the candidate list, on a proposal and on a task, per role and per
 * state, so the pages show a button exactly when the server would accept it.
 */
for (const engine of testEngines()) {
  describe(`matching allowedActions (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let a: MatchingAgents;

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      a = await matchingAgents(() => new Agent(t.app), w);
      await t.handle.db.updateTable('mediator_profile').set({ max_concurrent_cases: 20 }).where('id', '=', w.mediators.steenwijkerland.profile.id).execute();
    });
    after(() => t.close());

    const newCase = () => createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
    const bram = () => w.mediators.steenwijkerland.profile.id;

    test("a case's matching: everything for the coordinator while in matching, nothing for the referring contact, 404 for others", async () => {
      const c = await newCase();
      const coordinator = await a.coordinator.get(`/api/v1/cases/${c.id}/matching`);
      assert.equal(coordinator.statusCode, 200, coordinator.body);
      assert.deepEqual(coordinator.json(), {
        caseId: c.id,
        caseStatus: 'matching',
        allowedActions: ['viewCandidates', 'viewProposals', 'propose', 'proposeExternal', 'batchSuggest'],
      });
      assert.deepEqual((await a.contact.get(`/api/v1/cases/${c.id}/matching`)).json().allowedActions, []);
      for (const who of ['contactStaphorst', 'mediatorSteenwijkerland', 'admin', 'outsider'] as const) {
        assert.equal((await a[who].get(`/api/v1/cases/${c.id}/matching`)).statusCode, 404, who);
      }
      assert.equal((await a.anonymous.get(`/api/v1/cases/${c.id}/matching`)).statusCode, 401);
      const candidates = await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`);
      assert.deepEqual(candidates.json().allowedActions, ['propose', 'proposeExternal']);
    });

    test('a proposal and a task: the mediator may answer, the coordinator may withdraw and record; after the answer, links may be sent', async () => {
      const c = await newCase();
      const created = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: bram() });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id as string;
      assert.deepEqual(created.json().allowedActions, ['withdraw', 'recordConsent']);
      const matching = (await a.coordinator.get(`/api/v1/cases/${c.id}/matching`)).json();
      assert.deepEqual(matching.allowedActions, ['viewCandidates', 'viewProposals', 'batchSuggest'], 'proposed: no second proposal');

      assert.deepEqual((await a.mediatorSteenwijkerland.get(`/api/v1/proposals/${id}`)).json().allowedActions, ['answerProposal']);
      const task = (await a.mediatorSteenwijkerland.get('/api/v1/me/tasks')).json().items.find((x: { proposalId: string }) => x.proposalId === id);
      assert.deepEqual(task.allowedActions, ['answerProposal']);

      const accepted = await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${id}/accept`, declaration());
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.deepEqual(accepted.json().allowedActions, [], 'answered: nothing more for the mediator');
      assert.deepEqual((await a.coordinator.get(`/api/v1/proposals/${id}`)).json().allowedActions, ['withdraw', 'recordConsent', 'resendConsentLink']);

      const withdrawn = await a.coordinator.post(`/api/v1/proposals/${id}/withdraw`, { reason: 'Opruimen' });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.deepEqual(withdrawn.json().allowedActions, [], 'closed: nothing to do');
    });
  });
}
