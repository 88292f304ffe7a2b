import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import { referralBody } from '../helpers/case-factories.js';

/**
 * Growing mediators (issue 16, item 6): the lead reviews the co-mediator after the mediation, once;
 * after the pool's number of positive reviews (3 by default) a mediator in training is suggested
 * for lead status, and the coordinator decides (audited; approval makes them active).
 */
for (const engine of testEngines()) {
  describe(`growing mediators (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let coordinator: Agent;
    const db = () => t.handle.db;

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(db());
      await db().updateTable('pool_settings').set({ require_second_factor: false }).execute();
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    });
    after(() => t.close());

    const mediator = async (name: string, status: 'active' | 'in_training') => {
      const m = await createMediator(db(), w.pool.id, { municipalityId: w.municipality.id, name, status });
      return { ...m, agent: await new Agent(t.app).login(m.user.email, m.user.password) };
    };
    /** A case with a lead and a co-mediator, in the given status. */
    const coMediation = async (leadId: string, coId: string, status: string) => {
      const res = await coordinator.post('/api/v1/cases', referralBody(w.municipality.id));
      assert.equal(res.statusCode, 201, res.body);
      const id = res.json().id as string;
      await db().updateTable('mediation_case').set({ status }).where('id', '=', id).execute();
      await db().insertInto('case_mediator').values([
        { case_id: id, mediator_id: leadId, pool_id: w.pool.id, role: 'lead' },
        { case_id: id, mediator_id: coId, pool_id: w.pool.id, role: 'co' },
      ]).execute();
      return id;
    };

    test('three positive reviews suggest a mediator in training for lead status; the coordinator approves and they become active', async () => {
      const lead = await mediator('Lotte Hoofd', 'active');
      const trainee = await mediator('Tim Leerling', 'in_training');
      const other = await mediator('Olga Ander', 'active');
      const running = await coMediation(lead.profile.id, trainee.profile.id, 'in_progress');
      const early = await lead.agent.post(`/api/v1/cases/${running}/co-mediation-reviews`, { coMediatorId: trainee.profile.id, positive: true, review: 'Goed' });
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().type, 'urn:mediatorpool:problem:not-reviewable');

      const cases = [await coMediation(lead.profile.id, trainee.profile.id, 'concluded'), await coMediation(lead.profile.id, trainee.profile.id, 'closed'), await coMediation(lead.profile.id, trainee.profile.id, 'aftercare')];
      // Only the lead writes; the co-mediator reads; another mediator does not see the case (404).
      const view = (await lead.agent.get(`/api/v1/cases/${cases[0]}/co-mediation-reviews`)).json();
      assert.deepEqual(view.items[0].allowedActions, ['read-reviews', 'write-review']);
      assert.equal((await trainee.agent.post(`/api/v1/cases/${cases[0]}/co-mediation-reviews`, { coMediatorId: trainee.profile.id, positive: true, review: 'Zelf' })).statusCode, 403);
      assert.equal((await other.agent.get(`/api/v1/cases/${cases[0]}/co-mediation-reviews`)).statusCode, 404);
      const wrong = await lead.agent.post(`/api/v1/cases/${cases[0]}/co-mediation-reviews`, { coMediatorId: other.profile.id, positive: true, review: 'Wie?' });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().invalidParams[0].name, 'coMediatorId');

      for (const [i, c] of cases.entries()) {
        const r = await lead.agent.post(`/api/v1/cases/${c}/co-mediation-reviews`, { coMediatorId: trainee.profile.id, positive: true, review: `Sterk in het samenvatten (${i + 1})` });
        assert.equal(r.statusCode, 201, r.body);
        const path = (await coordinator.get(`/api/v1/mediators/${trainee.profile.id}/path`)).json();
        assert.equal(path.positiveReviews, i + 1);
        assert.equal(path.suggestedForLead, i === 2);
      }
      const twice = await lead.agent.post(`/api/v1/cases/${cases[0]}/co-mediation-reviews`, { coMediatorId: trainee.profile.id, positive: false, review: 'Toch niet' });
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().type, 'urn:mediatorpool:problem:already-reviewed');

      const own = (await trainee.agent.get(`/api/v1/mediators/${trainee.profile.id}/path`)).json();
      assert.equal(own.coMediations.length, 4);
      assert.equal(own.coMediations.filter((c: { review: unknown }) => c.review !== null).length, 3);
      assert.equal(own.coMediations[0].leadName, 'Lotte Hoofd');
      assert.deepEqual(own.allowedActions, ['read-path']);
      assert.equal((await other.agent.get(`/api/v1/mediators/${trainee.profile.id}/path`)).statusCode, 404);
      assert.equal((await trainee.agent.post(`/api/v1/mediators/${trainee.profile.id}/lead-decisions`, { decision: 'approved' })).statusCode, 403);

      const path = (await coordinator.get(`/api/v1/mediators/${trainee.profile.id}/path`)).json();
      assert.ok(path.allowedActions.includes('decide-lead'));
      const decided = await coordinator.post(`/api/v1/mediators/${trainee.profile.id}/lead-decisions`, { decision: 'approved', note: 'Klaar voor eigen zaken' });
      assert.equal(decided.statusCode, 201, decided.body);
      assert.equal(decided.json().status, 'active');
      assert.equal(decided.json().suggestedForLead, false);
      assert.equal(decided.json().decisions[0].decision, 'approved');
      const profile = await db().selectFrom('mediator_profile').select('status').where('id', '=', trainee.profile.id).executeTakeFirstOrThrow();
      assert.equal(profile.status, 'active');
      const audit = await db().selectFrom('audit_event').select('action').where('object_id', '=', trainee.profile.id).execute();
      assert.ok(audit.some((a) => a.action === 'mediator.lead-decision'));
      assert.ok(audit.some((a) => a.action === 'mediator.change-status'));
      const again = await coordinator.post(`/api/v1/mediators/${trainee.profile.id}/lead-decisions`, { decision: 'approved' });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'urn:mediatorpool:problem:not-suggested');
    });

    test('declined: the suggestion returns only after a further positive review; the threshold is a pool setting', async () => {
      const lead = await mediator('Lars Hoofd', 'active');
      const trainee = await mediator('Tess Leerling', 'in_training');
      await db().updateTable('pool_settings').set({ lead_after_co_mediations: 2 }).where('pool_id', '=', w.pool.id).execute();
      for (let i = 0; i < 2; i++) {
        const c = await coMediation(lead.profile.id, trainee.profile.id, 'concluded');
        assert.equal((await lead.agent.post(`/api/v1/cases/${c}/co-mediation-reviews`, { coMediatorId: trainee.profile.id, positive: true, review: 'Prima' })).statusCode, 201);
      }
      assert.equal((await coordinator.get(`/api/v1/mediators/${trainee.profile.id}/path`)).json().suggestedForLead, true);
      const no = await coordinator.post(`/api/v1/mediators/${trainee.profile.id}/lead-decisions`, { decision: 'declined', note: 'Eerst nog een groepsmediation' });
      assert.equal(no.statusCode, 201);
      assert.equal(no.json().suggestedForLead, false);
      assert.equal(no.json().status, 'in_training');
      const c = await coMediation(lead.profile.id, trainee.profile.id, 'concluded');
      assert.equal((await lead.agent.post(`/api/v1/cases/${c}/co-mediation-reviews`, { coMediatorId: trainee.profile.id, positive: true, review: 'Groepsmediation ging goed' })).statusCode, 201);
      assert.equal((await coordinator.get(`/api/v1/mediators/${trainee.profile.id}/path`)).json().suggestedForLead, true);
      await db().updateTable('pool_settings').set({ lead_after_co_mediations: 3 }).where('pool_id', '=', w.pool.id).execute();
    });
  });
}
