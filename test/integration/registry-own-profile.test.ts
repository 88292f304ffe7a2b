import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { createUser } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';

/**
 * GET /me/mediator-profile: a mediator reads their own registry profile (status, municipality,
 * specialisms, languages, capacity, open cases, registration expiry, MfN upkeep state) without
 * searching the register; anyone without a profile gets 404, anonymous 401.
 */
for (const engine of testEngines()) {
  describe(`registry: own mediator profile (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;
    const URL = '/api/v1/me/mediator-profile';

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    test('a mediator gets their own profile, with open cases, open proposals and upkeep state', async () => {
      const me = w.profiles.staphorst;
      await t.handle.db
        .updateTable('mediator_profile')
        .set({ specialisms: ['employment', 'neighbours'], languages: ['nl', 'de'], mfn_register_number: 'MFN-4242', registration_expires_on: '2028-03-31', max_concurrent_cases: 3, hours_per_month: 10 })
        .where('id', '=', me.id)
        .execute();
      const mine = (status: string) => caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: me.id, status });
      await mine('in_progress');
      await mine('assigned');
      await mine('concluded'); // mediation over: no longer part of the load
      const released = await mine('assigned');
      await t.handle.db.updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', released.id).execute();
      await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id, status: 'in_progress' });
      const proposed = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, status: 'proposed' });
      const proposal = await t.handle.db.insertInto('case_proposal').values({ pool_id: w.pool.id, case_id: proposed.id, proposed_by: w.users.coordinator.id }).returning('id').executeTakeFirstOrThrow();
      await t.handle.db.insertInto('proposal_mediator').values({ pool_id: w.pool.id, proposal_id: proposal.id, case_id: proposed.id, mediator_id: me.id, role: 'lead' }).execute();

      const res = await a.mediatorStaphorst.get(URL);
      assert.equal(res.statusCode, 200, res.body);
      const p = res.json();
      assert.equal(p.id, me.id);
      assert.equal(p.userId, w.users.mediatorStaphorst.id);
      assert.equal(p.name, 'Sanne Staphorst');
      assert.equal(p.email, w.users.mediatorStaphorst.email);
      assert.equal(p.municipality.id, w.staphorst.id);
      assert.equal(p.status, 'active');
      assert.deepEqual(p.specialisms, ['employment', 'neighbours']);
      assert.deepEqual(p.languages, ['nl', 'de']);
      assert.equal(p.maxConcurrentCases, 3);
      assert.equal(p.hoursPerMonth, 10);
      assert.equal(p.mfnRegisterNumber, 'MFN-4242');
      assert.equal(p.registrationExpiresOn, '2028-03-31');
      assert.equal(p.view, 'full');
      assert.equal(p.statusHistory.length, 1);
      assert.equal(p.openCases, 2, 'assigned and in progress; not concluded, released or someone else’s');
      assert.equal(p.openProposals, 1);
      assert.ok(['on_track', 'behind', 'at_risk'].includes(p.upkeep.state));
      assert.ok(Array.isArray(p.upkeep.reasons));

      // The same particulars as the register's own detail page, and the same upkeep state.
      const detail = (await a.mediatorStaphorst.get(`/api/v1/mediators/${me.id}`)).json();
      const { openCases: _c, openProposals: _p, upkeep, ...rest } = p;
      assert.deepEqual(rest, detail);
      assert.equal(upkeep.state, (await a.mediatorStaphorst.get(`/api/v1/mediators/${me.id}/upkeep`)).json().state);
      // Reading one's own profile is not a read of someone else's personal data: not audited, as GET /mediators/{id}.
      const reads = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', me.id).where('action', '=', 'mediator.read').execute();
      assert.equal(reads.length, 0);
    });

    test('each mediator gets only their own profile', async () => {
      const meppel = (await a.mediatorMeppel.get(URL)).json();
      assert.equal(meppel.id, w.profiles.meppel.id);
      assert.equal(meppel.userId, w.users.mediatorMeppel.id);
      assert.equal(meppel.name, 'Mark Meppel');
      assert.equal(meppel.municipality.id, w.meppel.id);
      const idle = (await a.mediatorIdle.get(URL)).json();
      assert.equal(idle.id, w.profiles.idle.id);
      assert.equal(idle.openCases, 0);
      assert.equal(idle.openProposals, 0);
    });

    test('a coordinator who is also a registered mediator gets their profile too', async () => {
      const both = await createMediator(t.handle.db, w.pool.id, { municipalityId: w.zwartewaterland.id, name: 'Bea Beide' });
      await t.handle.db.updateTable('app_user').set({ roles: ['coordinator', 'mediator'] }).where('id', '=', both.user.id).execute();
      const agent = await new Agent(t.app).login(both.user.email, both.user.password);
      const res = await agent.get(URL);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().id, both.profile.id);
    });

    test('without a mediator profile: 404 for every role, also a mediator account not (yet) in the register; anonymous: 401', async () => {
      const unregistered = await createUser(t.handle.db, w.pool.id, { roles: ['mediator'], municipalityId: w.meppel.id });
      const agents: Record<string, Agent> = {
        coordinator: a.coordinator,
        contact: a.contactMeppel,
        admin: a.admin,
        finance: a.finance,
        otherPool: a.otherPool,
        unregisteredMediator: await new Agent(t.app).login(unregistered.email, unregistered.password),
      };
      for (const [who, agent] of Object.entries(agents)) {
        const res = await agent.get(URL);
        assert.equal(res.statusCode, 404, `${who}: ${res.body}`);
        assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      }
      const anonymous = await a.anonymous.get(URL);
      assert.equal(anonymous.statusCode, 401);
    });

    test('a profile whose account lost the mediator role is not served as a mediator profile', async () => {
      const former = await createMediator(t.handle.db, w.pool.id, { municipalityId: w.meppel.id, name: 'Frits Voormalig' });
      await t.handle.db.updateTable('app_user').set({ roles: ['contact'] }).where('id', '=', former.user.id).execute();
      const agent = await new Agent(t.app).login(former.user.email, former.user.password);
      assert.equal((await agent.get(URL)).statusCode, 404);
    });
  });
}
