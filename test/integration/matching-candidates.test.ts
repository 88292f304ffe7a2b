import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { createDemoMatchingPool, createMatchingCase, matchingAgents, type MatchingAgents, type MatchingWorld } from '../helpers/matching-factories.js';

interface Ranked {
  rank: number;
  mediator: { id: string; name: string; municipality: { name: string } };
  score: number;
  parts: { key: string; raw: number; value: number; weight: number; explanation: string }[];
}
interface Excluded {
  mediator: { id: string; name: string };
  exclusions: { code: string; reason: string }[];
}

/** The candidate list: hard exclusions with every reason, the explained ranking, and the weights. */
for (const engine of testEngines()) {
  describe(`matching candidates (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let a: MatchingAgents;

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      a = await matchingAgents(() => new Agent(t.app), w);
    });
    after(() => t.close());

    const meppelCase = () => createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });

    test('in the demo pool a Meppel employment case never lists a Meppel mediator, a dormant one or the in-training one as lead, and says why for each', async () => {
      const c = await meppelCase();
      const res = await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      const eligible = (body.eligible as Ranked[]).map((r) => r.mediator.id);
      const { meppel, inTraining, dormantStaphorst, dormantZwartewaterland, steenwijkerland, westerveld } = w.mediators;
      for (const never of [meppel, inTraining, dormantStaphorst, dormantZwartewaterland]) {
        assert.ok(!eligible.includes(never.profile.id), `${never.user.name} is not a lead candidate`);
      }
      assert.deepEqual(new Set(eligible), new Set([steenwijkerland.profile.id, westerveld.profile.id]));
      const why = (id: string) => (body.excluded as Excluded[]).find((e) => e.mediator.id === id)?.exclusions ?? [];
      assert.deepEqual(why(meppel.profile.id), [{ code: 'party_municipality', reason: 'Werkt bij Meppel, een partij in deze zaak' }]);
      assert.deepEqual(why(inTraining.profile.id), [{ code: 'in_training', reason: 'In opleiding: alleen als co-mediator' }]);
      assert.deepEqual(why(dormantStaphorst.profile.id), [{ code: 'not_active', reason: 'Status: slapend' }]);
      assert.deepEqual(why(dormantZwartewaterland.profile.id), [{ code: 'not_active', reason: 'Status: slapend' }]);
      assert.equal(body.excludedTotal, 4);
      // The in-training mediator is offered as co-mediator beside the experienced lead.
      assert.ok((body.coMediators as Ranked[]).some((r) => r.mediator.id === inTraining.profile.id));
      assert.equal(body.coMediation.leadId, steenwijkerland.profile.id);
      assert.equal(body.coMediation.coMediatorId, inTraining.profile.id);
      assert.match(body.coMediation.explanation, /Dirk Stap \(in opleiding\) als co-mediator naast Bram Steenbergen/);
    });

    test('every eligible candidate has a score with six explained parts, ranked high to low', async () => {
      const c = await meppelCase();
      const body = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      const eligible = body.eligible as Ranked[];
      assert.ok(eligible.length >= 2);
      eligible.forEach((r, i) => {
        assert.equal(r.rank, i + 1);
        assert.deepEqual(r.parts.map((p) => p.key), ['fairness', 'distance', 'load', 'experience', 'language', 'declines']);
        for (const p of r.parts) assert.ok(p.explanation.length > 5, p.key);
        const sum = r.parts.reduce((s, p) => s + p.weight * p.value, 0);
        assert.ok(Math.abs(sum - r.score) < 1e-6);
        if (i > 0) assert.ok(eligible[i - 1]!.score >= r.score);
      });
      const bram = eligible.find((r) => r.mediator.name === 'Bram Steenbergen')!;
      const distance = bram.parts.find((p) => p.key === 'distance')!;
      assert.match(distance.explanation, /^\d+ km tussen Steenwijkerland en Meppel$/);
      assert.equal(bram.parts.find((p) => p.key === 'fairness')!.raw, 0, 'no hours yet: balance 0');
      assert.match(bram.parts.find((p) => p.key === 'load')!.explanation, /0 van 3 zaken/);
      assert.deepEqual(body.period.start <= body.period.end, true);
    });

    test('capacity, unavailability, specialism and kind are each explained; a relationship is not an exclusion', async () => {
      const db = t.handle.db;
      const c = await createMatchingCase(db, w.pool.id, {
        municipalityId: w.municipalities.staphorst.id,
        referrerUserId: w.users.contactStaphorst.id,
        caseType: 'neighbours',
        parties: [
          { role: 'neighbour', name: 'Jan Buurman', municipalityId: null },
          { role: 'neighbour', name: 'Piet Overbuur', municipalityId: null },
        ],
      });
      const westerveld = w.mediators.westerveld.profile.id;
      const steenwijk = w.mediators.steenwijkerland.profile.id;
      await db.updateTable('mediator_profile').set({ specialisms: ['neighbours', 'employment'] }).where('id', 'in', [westerveld, steenwijk]).execute();
      const today = new Date().toISOString().slice(0, 10);
      await db.insertInto('mediator_unavailability').values({ pool_id: w.pool.id, mediator_id: westerveld, starts_on: today, ends_on: addDays(today, 2), kind: 'holiday' }).execute();
      await db
        .insertInto('mediator_relationship')
        .values({ pool_id: w.pool.id, mediator_id: westerveld, kind: 'person', person_name: 'jan  buurman', reason: 'Oud-collega', since: '2020-01-01' })
        .execute();
      const meppel = w.mediators.meppel.profile.id;
      await db.updateTable('mediator_profile').set({ max_concurrent_cases: 0 }).where('id', '=', meppel).execute();
      try {
        const body = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
        const why = (id: string) => ((body.excluded as Excluded[]).find((e) => e.mediator.id === id)?.exclusions ?? []).map((e) => e.reason);
        const w1 = why(westerveld);
        // A registered relationship is no exclusion (MfN 2.3: disclosed and accepted; matching-disclosure.test.ts).
        assert.ok(!w1.some((r) => r.includes('relatie')), w1.join(' | '));
        assert.ok(w1.some((r) => r.startsWith('Niet beschikbaar van ')), w1.join(' | '));
        const m1 = why(meppel);
        assert.ok(m1.includes('Vol: 0 van 0 zaken'), m1.join(' | '));
        assert.ok(m1.includes('Geen ervaring met burenconflicten (geen specialisme)'), m1.join(' | '));
        assert.deepEqual((body.eligible as Ranked[]).map((r) => r.mediator.id), [steenwijk]);
      } finally {
        await db.deleteFrom('mediator_relationship').where('mediator_id', '=', westerveld).execute();
        await db.deleteFrom('mediator_unavailability').where('mediator_id', '=', westerveld).execute();
        await db.updateTable('mediator_profile').set({ specialisms: ['employment', 'citizen_government'] }).where('id', 'in', [westerveld, steenwijk]).execute();
        await db.updateTable('mediator_profile').set({ max_concurrent_cases: 2 }).where('id', '=', meppel).execute();
      }
    });

    test('a mediator without a usable account or municipality is excluded with a reason', async () => {
      const db = t.handle.db;
      const c = await meppelCase();
      await db.updateTable('app_user').set({ active: false }).where('id', '=', w.mediators.westerveld.user.id).execute();
      try {
        const body = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
        const entry = (body.excluded as Excluded[]).find((e) => e.mediator.id === w.mediators.westerveld.profile.id)!;
        assert.deepEqual(entry.exclusions.map((e) => e.code), ['no_account']);
        const res = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.westerveld.profile.id });
        assert.equal(res.statusCode, 409);
        assert.equal(res.json().invalidParams[0].code, 'no_account');
      } finally {
        await db.updateTable('app_user').set({ active: true }).where('id', '=', w.mediators.westerveld.user.id).execute();
      }
    });

    test('with allow_different_department a Meppel mediator of another department becomes eligible', async () => {
      const db = t.handle.db;
      const c = await meppelCase();
      await db.updateTable('pool_settings').set({ allow_different_department: true }).where('pool_id', '=', w.pool.id).execute();
      try {
        const body = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
        assert.equal(body.policy.allowDifferentDepartment, true);
        // Anna works in HR, both parties in Burgerzaken; but Meppel as requesting municipality has
        // parties with known departments, so the exception holds.
        assert.ok((body.eligible as Ranked[]).some((r) => r.mediator.id === w.mediators.meppel.profile.id));
      } finally {
        await db.updateTable('pool_settings').set({ allow_different_department: false }).where('pool_id', '=', w.pool.id).execute();
      }
    });

    test('limit caps the lists and the totals still count everyone', async () => {
      const c = await meppelCase();
      const body = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates?limit=1`)).json();
      assert.equal(body.eligible.length, 1);
      assert.equal(body.eligibleTotal, 2);
      assert.equal(body.excluded.length, 1);
      assert.equal(body.excludedTotal, 4);
      assert.equal((await a.coordinator.get(`/api/v1/cases/${c.id}/candidates?limit=0`)).statusCode, 400);
    });

    test('weights: defaults, change (reorders the list), all-zero refused, reset; the read is audited', async () => {
      const s = (await a.coordinator.get('/api/v1/matching/settings')).json();
      assert.equal(s.weightsAreDefault, true);
      assert.deepEqual(s.weights, { fairness: 0.25, distance: 0.2, load: 0.2, experience: 0.15, language: 0.1, declines: 0.1 });
      const c = await meppelCase();
      const before = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      assert.equal(before.eligible[0].mediator.name, 'Bram Steenbergen', 'experienced and more free capacity');

      // Bram gets a running case: with only load counting Carla (0 of 2) goes first, with only
      // experience Bram (4 earlier mediations) does. Same facts, different weights, different order.
      const busy = await createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.staphorst.id, referrerUserId: w.users.contactStaphorst.id, status: 'in_progress' });
      await t.handle.db.insertInto('case_mediator').values({ case_id: busy.id, mediator_id: w.mediators.steenwijkerland.profile.id, pool_id: w.pool.id, role: 'lead' }).execute();
      const only = (key: string) => ({ weights: { fairness: 0, distance: 0, load: 0, experience: 0, language: 0, declines: 0, [key]: 1 } });
      const patched = await a.admin.patch('/api/v1/matching/settings', only('load'));
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal(patched.json().weightsAreDefault, false);
      const byLoad = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      assert.equal(byLoad.policy.weights.load, 1);
      assert.deepEqual(byLoad.eligible.map((r: Ranked) => r.mediator.name), ['Carla Westra', 'Bram Steenbergen']);
      assert.match(byLoad.eligible[1].parts.find((p: { key: string }) => p.key === 'load').explanation, /^1 van 3 zaken/);
      await a.coordinator.patch('/api/v1/matching/settings', only('experience'));
      const byExperience = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      assert.deepEqual(byExperience.eligible.map((r: Ranked) => r.mediator.name), ['Bram Steenbergen', 'Carla Westra']);
      await t.handle.db.deleteFrom('case_mediator').where('case_id', '=', busy.id).execute();

      const zero = await a.coordinator.patch('/api/v1/matching/settings', { weights: { experience: 0 } });
      assert.equal(zero.statusCode, 400);
      assert.equal(zero.json().invalidParams[0].name, 'weights');
      assert.equal((await a.coordinator.patch('/api/v1/matching/settings', { weights: { distance: -1 } })).statusCode, 400);
      assert.equal((await a.coordinator.patch('/api/v1/matching/settings', { weights: { speed: 1 } })).statusCode, 400);
      const settingsAudits = () => t.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'matching.settings').where('pool_id', '=', w.pool.id).execute().then((r) => r.length);
      const changes = await settingsAudits();
      assert.equal((await a.coordinator.patch('/api/v1/matching/settings', only('experience'))).statusCode, 200);
      assert.equal(await settingsAudits(), changes, 'saving the same weights changes nothing and audits nothing');
      const reset = await a.coordinator.patch('/api/v1/matching/settings', { reset: true });
      assert.equal(reset.json().weightsAreDefault, true);
      assert.equal(await settingsAudits(), changes + 1);
      assert.equal((await a.coordinator.patch('/api/v1/matching/settings', { reset: true })).json().weightsAreDefault, true);
      assert.equal(await settingsAudits(), changes + 1, 'resetting the defaults again audits nothing');

      const audit = await t.handle.db.selectFrom('audit_event').select(['action', 'purpose']).where('object_id', '=', c.id).where('action', '=', 'matching.candidates').execute();
      assert.ok(audit.length >= 2 && audit.every((r) => r.purpose === 'matching'));
    });

    test('the list follows every change at once, although the mediator facts are kept in memory between requests', async () => {
      const db = t.handle.db;
      const c = await meppelCase();
      const carla = w.mediators.westerveld.profile.id;
      const eligibleIds = async () => ((await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json().eligible as Ranked[]).map((r) => r.mediator.id);
      const version = async () => Number((await db.selectFrom('matching_facts_version').select('version').where('pool_id', '=', w.pool.id).executeTakeFirst())?.version ?? 0);
      assert.ok((await eligibleIds()).includes(carla));
      const before = await version();
      const today = new Date().toISOString().slice(0, 10);
      // Two changes in one transaction move the counter once, at commit.
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('mediator_unavailability').values({ pool_id: w.pool.id, mediator_id: carla, starts_on: today, ends_on: addDays(today, 3), kind: 'leave' }).execute();
        await trx.updateTable('mediator_profile').set({ hours_per_month: 9 }).where('id', '=', carla).execute();
      });
      assert.equal(await version(), before + 1);
      assert.ok(!(await eligibleIds()).includes(carla), 'unavailable now');
      await db.deleteFrom('mediator_unavailability').where('mediator_id', '=', carla).execute();
      assert.ok((await eligibleIds()).includes(carla), 'available again');
      // A renamed account shows at once too.
      await db.updateTable('app_user').set({ name: 'Carla Westra-Bos' }).where('id', '=', w.mediators.westerveld.user.id).execute();
      const names = ((await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json().eligible as Ranked[]).map((r) => r.mediator.name);
      assert.ok(names.includes('Carla Westra-Bos'));
      await db.updateTable('app_user').set({ name: 'Carla Westra' }).where('id', '=', w.mediators.westerveld.user.id).execute();
      // Logging in (last_login_at) is not a matching fact and leaves the counter alone.
      const v = await version();
      await db.updateTable('app_user').set({ last_login_at: new Date() }).where('id', '=', w.mediators.westerveld.user.id).execute();
      assert.equal(await version(), v);
    });

    test('a case that is not in matching has no candidates (409)', async () => {
      const c = await createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id, status: 'triage' });
      const res = await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`);
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().type, 'urn:mediatorpool:problem:not-in-matching');
    });
  });
}
