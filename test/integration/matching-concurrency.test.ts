import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { consentTokenFromMail, createDemoMatchingPool, createMatchingCase, declaration, matchingAgents, timeline, type MatchingAgents, type MatchingWorld } from '../helpers/matching-factories.js';

/**
 * Races that must have exactly one winner. On PostgreSQL (TEST_DATABASE_URL) the requests run on
 * separate connections at the same moment; PGlite has one connection and serialises them, which
 * must give the same answers.
 */
for (const engine of testEngines()) {
  describe(`matching under concurrency (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let a: MatchingAgents;

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      a = await matchingAgents(() => new Agent(t.app), w);
    });
    after(() => t.close());

    const db = () => t.handle.db;
    const newCase = (email2: string | null = null) =>
      createMatchingCase(db(), w.pool.id, {
        municipalityId: w.municipalities.meppel.id,
        referrerUserId: w.users.contact.id,
        parties: [
          { role: 'employee', name: 'Sanne de Vries', municipalityId: w.municipalities.meppel.id, department: 'Burgerzaken', email: 'sanne@example.org' },
          { role: 'manager', name: 'Karel Jansen', municipalityId: w.municipalities.meppel.id, department: 'Burgerzaken', email: email2 },
        ],
      });

    test('two coordinators proposing the last free place of one mediator at the same moment: exactly one succeeds, the other gets 409', async () => {
      const bram = w.mediators.steenwijkerland.profile.id;
      await db().updateTable('mediator_profile').set({ max_concurrent_cases: 1 }).where('id', '=', bram).execute();
      for (let round = 0; round < 5; round++) {
        const [c1, c2] = [await newCase(), await newCase()];
        const results = await Promise.all([
          a.coordinator.post(`/api/v1/cases/${c1.id}/proposals`, { mediatorId: bram }),
          a.secondCoordinator.post(`/api/v1/cases/${c2.id}/proposals`, { mediatorId: bram }),
        ]);
        const codes = results.map((r) => r.statusCode).sort();
        assert.deepEqual(codes, [201, 409], `round ${round}: ${results.map((r) => r.body).join(' | ')}`);
        const loser = results.find((r) => r.statusCode === 409)!.json();
        assert.equal(loser.type, 'urn:mediatorpool:problem:mediator-excluded');
        assert.deepEqual(loser.invalidParams, [{ name: 'mediatorId', code: 'at_capacity', reason: 'Vol: 1 van 1 zaak' }]);
        const statuses = await db().selectFrom('mediation_case').select('status').where('id', 'in', [c1.id, c2.id]).execute();
        assert.deepEqual(statuses.map((s) => s.status).sort(), ['matching', 'proposed']);
        const open = await db().selectFrom('proposal_mediator').innerJoin('case_proposal', 'case_proposal.id', 'proposal_mediator.proposal_id').select('case_proposal.id').where('proposal_mediator.mediator_id', '=', bram).where('case_proposal.status', '=', 'open').execute();
        assert.equal(open.length, 1);
        const winner = results.find((r) => r.statusCode === 201)!.json();
        const undo = await a.coordinator.post(`/api/v1/proposals/${winner.id}/withdraw`, { reason: 'Volgende ronde' });
        assert.equal(undo.statusCode, 200, undo.body);
      }
      await db().updateTable('mediator_profile').set({ max_concurrent_cases: 3 }).where('id', '=', bram).execute();
    });

    test('two coordinators proposing for the same case at the same moment: one proposal, the other 409', async () => {
      const c = await newCase();
      const results = await Promise.all([
        a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.steenwijkerland.profile.id }),
        a.secondCoordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.westerveld.profile.id }),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409]);
      assert.equal(results.find((r) => r.statusCode === 409)!.json().type, 'urn:mediatorpool:problem:not-in-matching');
      const proposals = await db().selectFrom('case_proposal').select('id').where('case_id', '=', c.id).execute();
      assert.equal(proposals.length, 1);
      await a.coordinator.post(`/api/v1/proposals/${proposals[0]!.id}/withdraw`, { reason: 'Opruimen' });
    });

    test('both parties consenting through their links at the same moment: the case is assigned exactly once', async () => {
      const c = await newCase('karel@example.org');
      const proposal = (await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.westerveld.profile.id })).json();
      await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      const tokens = [await consentTokenFromMail(db(), 'sanne@example.org'), await consentTokenFromMail(db(), 'karel@example.org')];
      const results = await Promise.all(tokens.map((token) => a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' })));
      assert.deepEqual(results.map((r) => r.statusCode), [204, 204], results.map((r) => r.body).join(' | '));
      const row = await db().selectFrom('mediation_case').select('status').where('id', '=', c.id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'assigned');
      const assigned = (await timeline(db(), c.id)).filter((e) => e.to_status === 'assigned');
      assert.equal(assigned.length, 1);
      assert.equal((await db().selectFrom('case_mediator').select('mediator_id').where('case_id', '=', c.id).execute()).length, 1);
    });

    test('the same link sent twice at the same moment: one answer counts', async () => {
      const c = await newCase();
      const proposal = (await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.steenwijkerland.profile.id })).json();
      await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      const results = await Promise.all([
        a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' }),
        a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'another_mediator' }),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [204, 409]);
      const consents = await db().selectFrom('party_consent').select('decision').where('proposal_id', '=', proposal.id).execute();
      assert.equal(consents.length, 1);
    });
  });
}
