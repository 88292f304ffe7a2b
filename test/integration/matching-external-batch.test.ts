import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import {
  consentTokenFromMail,
  createDemoMatchingPool,
  createMatchingCase,
  declaration,
  matchingAgents,
  timeline,
  type MatchingAgents,
  type MatchingWorld,
} from '../helpers/matching-factories.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

const external = (overrides: Record<string, unknown> = {}) => ({
  name: 'Mr. J. de Wit',
  organisation: 'De Wit Mediation',
  mfnNumber: 'MfN-12345',
  email: 'dewit@example.org',
  agreedRateCents: 12500,
  chosenBy: 'parties',
  reason: 'Partij vraagt om een onafhankelijke mediator van buiten de overheid',
  declaration: declaration(),
  ...overrides,
});

for (const engine of testEngines()) {
  describe(`matching: external mediator and batch suggestion (${engine})`, () => {
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
    const caseIn = (municipality: 'meppel' | 'staphorst' | 'westerveld', status = 'matching') =>
      createMatchingCase(db(), w.pool.id, {
        municipalityId: w.municipalities[municipality].id,
        referrerUserId: w.users.contact.id,
        status,
        parties: [
          { role: 'employee', name: `Werknemer ${municipality}`, municipalityId: w.municipalities[municipality].id, department: 'Burgerzaken', email: `werknemer.${municipality}@example.org` },
          { role: 'manager', name: `Leidinggevende ${municipality}`, municipalityId: w.municipalities[municipality].id, department: 'Burgerzaken' },
        ],
      });

    test('an external mediator is proposed with their written declaration, the parties consent, and the case is assigned', async () => {
      const c = await caseIn('meppel');
      const res = await a.coordinator.post(`/api/v1/cases/${c.id}/external-mediator`, external());
      assert.equal(res.statusCode, 201, res.body);
      const proposal = res.json();
      assert.equal(proposal.stage, 'awaiting_parties', 'the declaration is already in');
      assert.deepEqual(proposal.mediators[0].external, {
        id: proposal.mediators[0].external.id,
        organisation: 'De Wit Mediation',
        mfnNumber: 'MfN-12345',
        agreedRateCents: 12500,
        email: 'dewit@example.org',
        chosenBy: 'parties',
      });
      assert.equal(proposal.mediators[0].kind, 'external');
      // The coordinator reads back what was entered, also later in the case's list of proposals.
      const listed = (await a.coordinator.get(`/api/v1/cases/${c.id}/proposals`)).json().items[0];
      assert.deepEqual(listed.mediators[0].external, proposal.mediators[0].external);

      const token = await consentTokenFromMail(db(), 'werknemer.meppel@example.org');
      const page = (await a.anonymous.get(`/api/v1/consents/${token}`)).json();
      assert.deepEqual(page.mediators, [{ role: 'lead', name: 'Mr. J. de Wit', municipality: null, profession: 'externe mediator', organisation: 'De Wit Mediation' }]);
      assert.ok(!JSON.stringify(page).includes('12500'), 'the rate is not for the parties');
      assert.equal((await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' })).statusCode, 204);
      const done = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: c.parties[1]!.id, decision: 'accept', method: 'email', givenOn: today() });
      assert.equal(done.statusCode, 201, done.body);
      assert.equal(done.json().status, 'assigned');

      const row = await db().selectFrom('external_mediator_assignment').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'assigned');
      assert.ok(row.assigned_at instanceof Date);
      assert.equal(row.agreed_rate_cents, 12500);
      assert.equal(row.chosen_by, 'parties');
      const caseRow = await db().selectFrom('mediation_case').select(['status', 'assigned_on']).where('id', '=', c.id).executeTakeFirstOrThrow();
      assert.deepEqual(caseRow, { status: 'assigned', assigned_on: today() });
      assert.equal((await db().selectFrom('case_mediator').select('mediator_id').where('case_id', '=', c.id).execute()).length, 0, 'no pool mediator on the case');
      const shown = (await a.coordinator.get(`/api/v1/cases/${c.id}`)).json().confidential;
      assert.deepEqual([shown.mediators, shown.externalMediator], [[], { name: 'Mr. J. de Wit', organisation: 'De Wit Mediation' }], 'the case names its external mediator');
      // Declared hours are booked against this engagement at its agreed rate.
      const declared = await a.coordinator.post(`/api/v1/cases/${c.id}/external-costs`, { externalAssignmentId: row.id, minutes: 90, declaredOn: today() });
      assert.equal(declared.statusCode, 201, declared.body);
      assert.equal((await a.coordinator.get(`/api/v1/cases/${c.id}/external-costs`)).json().totalCostCents, 18750);
      const kinds = (await timeline(db(), c.id)).map((e) => [e.kind, e.to_status]);
      assert.deepEqual(kinds, [
        ['external-mediator', null],
        ['transition', 'proposed'],
        ['consent', null],
        ['consent', null],
        ['transition', 'assigned'],
      ]);
    });

    test('an external mediator who cannot declare, a case not in matching, bad input: refused, nothing changed', async () => {
      const c = await caseIn('meppel');
      const noDeclaration = await a.coordinator.post(`/api/v1/cases/${c.id}/external-mediator`, external({ declaration: { ...declaration(), noInterestInOutcome: false } }));
      assert.equal(noDeclaration.statusCode, 400);
      assert.equal(noDeclaration.json().invalidParams[0].name, 'declaration/noInterestInOutcome');
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/external-mediator`, external({ agreedRateCents: 0 }))).statusCode, 400);
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/external-mediator`, external({ name: '   ' }))).statusCode, 400);
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/external-mediator`, external({ chosenBy: 'mediator' }))).statusCode, 400);
      const triage = await caseIn('meppel', 'triage');
      assert.equal((await a.coordinator.post(`/api/v1/cases/${triage.id}/external-mediator`, external())).statusCode, 409);
      assert.equal((await db().selectFrom('external_mediator_assignment').select('id').where('case_id', 'in', [c.id, triage.id]).execute()).length, 0);
    });

    test('a party refusing the external mediator returns the case to matching; the row is marked refused', async () => {
      const c = await caseIn('meppel');
      const proposal = (await a.coordinator.post(`/api/v1/cases/${c.id}/external-mediator`, external({ chosenBy: 'coordinator', email: '' }))).json();
      assert.equal(proposal.mediators[0].external.chosenBy, 'coordinator');
      assert.equal(proposal.mediators[0].external.email, null, 'an empty address is stored as none');
      const res = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: c.parties[1]!.id, decision: 'another_mediator', method: 'phone', givenOn: today() });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().status, 'refused');
      const row = await db().selectFrom('external_mediator_assignment').select('status').where('case_id', '=', c.id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'refused');
      assert.equal((await db().selectFrom('mediation_case').select('status').where('id', '=', c.id).executeTakeFirstOrThrow()).status, 'matching');
      assert.equal((await db().selectFrom('matching_exclusion').select('mediator_id').where('case_id', '=', c.id).execute()).length, 0, 'no pool mediator to exclude');
    });

    test('batch suggestion: every case in matching, hard rules and capacity kept, the optimum found by brute force over the candidate scores', async () => {
      // Close what earlier tests left in matching, so the batch covers exactly these cases.
      await db().updateTable('mediation_case').set({ status: 'withdrawn' }).where('pool_id', '=', w.pool.id).where('status', '=', 'matching').execute();
      const { meppel, steenwijkerland, westerveld } = w.mediators;
      for (const m of [meppel, steenwijkerland, westerveld]) {
        await db().updateTable('mediator_profile').set({ max_concurrent_cases: 1 }).where('id', '=', m.profile.id).execute();
      }
      const cases = [await caseIn('meppel'), await caseIn('staphorst'), await caseIn('westerveld'), await caseIn('meppel')];
      // A case whose party asked for an external mediator gets no pool mediator suggested.
      const wantsExternal = await caseIn('westerveld');
      await db().updateTable('mediation_case').set({ wants_external_mediator: true }).where('id', '=', wantsExternal.id).execute();
      assert.equal((await a.coordinator.get(`/api/v1/cases/${wantsExternal.id}/candidates`)).json().wantsExternalMediator, true);
      const res = await a.coordinator.get('/api/v1/matching/batch-suggestion');
      assert.equal(res.statusCode, 200, res.body);
      const batch = res.json();
      assert.deepEqual(batch.externalRequested, [{ caseId: wantsExternal.id, caseNumber: wantsExternal.number }]);
      assert.equal(batch.caseCount, 4);
      assert.equal(batch.assignedCount, 3, 'three mediators with one place each');

      // Brute force: every way to give each case one of its eligible leads (or none) within capacity.
      const scores = new Map<string, Map<string, number>>();
      for (const c of cases) {
        const list = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
        scores.set(c.id, new Map(list.eligible.map((r: { mediator: { id: string }; score: number }) => [r.mediator.id, r.score])));
      }
      let best = { assigned: -1, total: -1 };
      const walk = (i: number, used: Set<string>, assigned: number, total: number) => {
        if (i === cases.length) {
          if (assigned > best.assigned || (assigned === best.assigned && total > best.total + 1e-9)) best = { assigned, total };
          return;
        }
        walk(i + 1, used, assigned, total);
        for (const [mediatorId, score] of scores.get(cases[i]!.id)!) {
          if (used.has(mediatorId)) continue;
          used.add(mediatorId);
          walk(i + 1, used, assigned + 1, total + score);
          used.delete(mediatorId);
        }
      };
      walk(0, new Set(), 0, 0);
      assert.equal(batch.assignedCount, best.assigned);
      assert.ok(Math.abs(batch.totalScore - best.total) < 1e-5, `batch ${batch.totalScore} vs brute force ${best.total}`);

      const used = new Set<string>();
      for (const s of batch.assignments as { caseId: string; caseNumber: string; mediator: { id: string }; score: number }[]) {
        assert.ok(scores.get(s.caseId)!.has(s.mediator.id), 'only eligible pairs');
        assert.ok(!used.has(s.mediator.id), 'capacity 1 each');
        used.add(s.mediator.id);
        assert.equal(s.caseNumber, cases.find((c) => c.id === s.caseId)!.number);
      }
      assert.equal(batch.unassigned.length, 1);

      // The coordinator accepts the suggestions one case at a time, each a normal proposal.
      for (const s of batch.assignments as { caseId: string; mediator: { id: string } }[]) {
        const accepted = await a.coordinator.post(`/api/v1/cases/${s.caseId}/proposals`, { mediatorId: s.mediator.id });
        assert.equal(accepted.statusCode, 201, accepted.body);
      }
      const after = (await a.coordinator.get('/api/v1/matching/batch-suggestion')).json();
      assert.equal(after.caseCount, 1);
      assert.equal(after.assignedCount, 0, 'every mediator is now full');
      assert.deepEqual(after.unassigned.map((u: { caseId: string }) => u.caseId), batch.unassigned.map((u: { caseId: string }) => u.caseId));
    });
  });
}
