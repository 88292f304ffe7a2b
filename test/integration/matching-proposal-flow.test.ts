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

/** Propose → declaration → consent (link and coordinator) → assigned, and every way back to matching. */
for (const engine of testEngines()) {
  describe(`matching: proposal, declaration and consent (${engine})`, () => {
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
    const newCase = () => createMatchingCase(db(), w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
    const statusOf = async (caseId: string) => (await db().selectFrom('mediation_case').select(['status', 'assigned_on', 'wants_external_mediator']).where('id', '=', caseId).executeTakeFirstOrThrow());
    const propose = async (caseId: string, body: Record<string, unknown>) => {
      const res = await a.coordinator.post(`/api/v1/cases/${caseId}/proposals`, body);
      assert.equal(res.statusCode, 201, res.body);
      return res.json();
    };
    const bram = () => w.mediators.steenwijkerland;

    test('propose → the mediator accepts with the declaration → one party by the e-mailed link, one recorded by the coordinator → assigned, with every step on the timeline', async () => {
      const c = await newCase();
      const [sanne, karel] = c.parties;
      const proposal = await propose(c.id, { mediatorId: bram().profile.id, coMediatorId: w.mediators.inTraining.profile.id, note: 'Bram met Dirk als co' });
      assert.equal(proposal.status, 'open');
      assert.equal(proposal.stage, 'awaiting_mediator');
      assert.equal((await statusOf(c.id)).status, 'proposed');

      // The mediator's task: in the app and by mail.
      const tasks = (await a.mediatorSteenwijkerland.get('/api/v1/me/tasks')).json().items;
      assert.deepEqual(tasks.map((x: { proposalId: string; role: string }) => [x.proposalId, x.role]), [[proposal.id, 'lead']]);
      const taskMail = await db().selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', bram().user.email).where('kind', '=', 'matching.task').executeTakeFirstOrThrow();
      assert.match(taskMail.subject, new RegExp(`zaak ${c.number}`));
      assert.ok(taskMail.body_text.includes(`/voorstellen/${proposal.id}`));
      assert.ok(!taskMail.body_text.includes('VERTROUWELIJK'), 'no case content in the mail');

      // What the mediator sees: enough to judge a conflict of interest, never the description.
      const seen = await a.mediatorSteenwijkerland.get(`/api/v1/proposals/${proposal.id}`);
      assert.equal(seen.statusCode, 200);
      const view = seen.json();
      assert.equal(view.view, 'mediator');
      assert.equal(view.myRole, 'lead');
      assert.equal(view.caseNumber, c.number);
      assert.equal(view.requestingMunicipality.name, 'Meppel');
      assert.deepEqual(view.parties.map((p: { name: string; role: string; department: string }) => [p.name, p.role, p.department]), [
        ['Sanne de Vries', 'employee', 'Burgerzaken'],
        ['Karel Jansen', 'manager', 'Burgerzaken'],
      ]);
      assert.ok(!seen.body.includes('VERTROUWELIJK'));
      assert.ok(!seen.body.includes('sanne@example.org'), 'no contact details for the mediator');

      // A consent cannot be recorded before the mediators have declared.
      const early = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel!.id, decision: 'accept', method: 'phone', givenOn: today() });
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().type, 'urn:mediatorpool:problem:awaiting-declaration');

      // Both booleans must be true to accept.
      const half = await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${proposal.id}/accept`, { ...declaration(), noEarlierAdviceToAParty: false });
      assert.equal(half.statusCode, 400);
      assert.deepEqual(half.json().invalidParams.map((p: { name: string }) => p.name), ['noEarlierAdviceToAParty']);

      const accepted = await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().myAnswer, 'accepted');
      assert.equal((await a.mediatorSteenwijkerland.get('/api/v1/me/tasks')).json().items.length, 0);
      // The co-mediator has not answered yet: no consent links yet.
      assert.equal((await db().selectFrom('consent_link').select('id').where('proposal_id', '=', proposal.id).execute()).length, 0);
      const co = await a.mediatorInTraining.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      assert.equal(co.statusCode, 200, co.body);
      assert.equal(co.json().stage, 'awaiting_parties');

      // Sanne has an e-mail address and gets a personal link; Karel has none.
      const links = await db().selectFrom('consent_link').selectAll().where('proposal_id', '=', proposal.id).execute();
      assert.deepEqual(links.map((l) => l.party_id), [sanne!.id]);
      assert.match(links[0]!.token_hash, /^[0-9a-f]{64}$/);
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      assert.notEqual(token, links[0]!.token_hash, 'only the hash is stored');
      const coordinatorMail = await db().selectFrom('mail_outbox').select('body_text').where('to_address', '=', w.users.coordinator.email).where('subject', 'like', '%mediator accepteert%').executeTakeFirstOrThrow();
      assert.match(coordinatorMail.body_text, /Leg de instemming vast van: Karel Jansen/);

      // The public page shows only the mediators, their municipality and profession, the pool name.
      const page = await a.anonymous.get(`/api/v1/consents/${token}`);
      assert.equal(page.statusCode, 200, page.body);
      const shown = page.json();
      assert.equal(shown.poolName, w.pool.name);
      assert.deepEqual(shown.mediators, [
        { role: 'lead', name: 'Bram Steenbergen', municipality: 'Steenwijkerland', profession: 'mediator', organisation: null },
        { role: 'co', name: 'Dirk Stap', municipality: 'Staphorst', profession: 'mediator', organisation: null },
      ]);
      assert.equal(shown.disclosure, null);
      for (const secret of [c.number, 'VERTROUWELIJK', 'Karel', 'Sanne', 'Burgerzaken']) assert.ok(!page.body.includes(secret), secret);

      const viaLink = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' });
      assert.equal(viaLink.statusCode, 204, viaLink.body);
      assert.equal((await statusOf(c.id)).status, 'proposed', 'Karel has not answered yet');

      const recorded = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel!.id, decision: 'accept', method: 'phone', givenOn: today() });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const final = recorded.json();
      assert.equal(final.status, 'assigned');
      assert.deepEqual(final.parties.map((p: { consent: { method: string; recordedBy: string | null } }) => [p.consent.method, p.consent.recordedBy]), [
        ['link', null],
        ['phone', 'Hans Koster'],
      ]);

      const state = await statusOf(c.id);
      assert.equal(state.status, 'assigned');
      assert.equal(state.assigned_on, today());
      const onCase = await db().selectFrom('case_mediator').select(['mediator_id', 'role', 'released_at']).where('case_id', '=', c.id).orderBy('role', 'desc').execute();
      assert.deepEqual(onCase, [
        { mediator_id: bram().profile.id, role: 'lead', released_at: null },
        { mediator_id: w.mediators.inTraining.profile.id, role: 'co', released_at: null },
      ]);

      const steps = await timeline(db(), c.id);
      assert.deepEqual(steps.map((s) => [s.kind, s.from_status, s.to_status, s.actor_label]), [
        ['proposal', null, null, 'Hans Koster'],
        ['transition', 'matching', 'proposed', 'systeem'],
        ['declaration', null, null, 'Bram Steenbergen'],
        ['declaration', null, null, 'Dirk Stap'],
        ['consent', null, null, 'partij (link)'],
        ['consent', null, null, 'Hans Koster'],
        ['transition', 'proposed', 'assigned', 'systeem'],
      ]);
      for (const s of steps) assert.ok(s.at instanceof Date && !Number.isNaN(s.at.getTime()));
      const linkAudit = await db().selectFrom('audit_event').select(['actor_label', 'actor_user_id']).where('action', '=', 'matching.consent').where('object_id', '=', proposal.id).orderBy('id').execute();
      assert.deepEqual(linkAudit, [
        { actor_label: 'partij (link)', actor_user_id: null },
        { actor_label: `Hans Koster <${w.users.coordinator.email}>`, actor_user_id: w.users.coordinator.id },
      ]);
      const assignedMails = await db().selectFrom('mail_outbox').select('to_address').where('subject', '=', `Zaak ${c.number}: toegewezen`).execute();
      assert.deepEqual(new Set(assignedMails.map((m) => m.to_address)), new Set([w.users.coordinator.email, bram().user.email, w.mediators.inTraining.user.email]));

      // Assigned mediators count against capacity from now on.
      const next = await newCase();
      const list = (await a.coordinator.get(`/api/v1/cases/${next.id}/candidates`)).json();
      const entry = list.eligible.find((r: { mediator: { id: string } }) => r.mediator.id === bram().profile.id);
      assert.equal(entry.mediator.openCases, 1);
      await db().updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', c.id).execute();
    });

    test("a party's \"another mediator, please\" returns the case to matching and that mediator is excluded from then on", async () => {
      const c = await newCase();
      const carla = w.mediators.westerveld;
      const proposal = await propose(c.id, { mediatorId: carla.profile.id });
      await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      const res = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'another_mediator', reason: 'Ik ken haar van een cursus' });
      assert.equal(res.statusCode, 204, res.body);

      const state = await statusOf(c.id);
      assert.equal(state.status, 'matching');
      assert.equal(state.wants_external_mediator, false);
      const closed = (await a.coordinator.get(`/api/v1/proposals/${proposal.id}`)).json();
      assert.equal(closed.status, 'refused');
      assert.match(closed.closeReason, /Partij Sanne de Vries vraagt om een andere mediator: Ik ken haar van een cursus/);

      const list = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      assert.ok(!list.eligible.some((r: { mediator: { id: string } }) => r.mediator.id === carla.profile.id));
      const why = list.excluded.find((e: { mediator: { id: string } }) => e.mediator.id === carla.profile.id).exclusions;
      assert.deepEqual(why, [{ code: 'refused_by_party', reason: 'Door een partij geweigerd voor deze zaak' }]);

      const again = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: carla.profile.id });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'urn:mediatorpool:problem:mediator-excluded');
      assert.match(again.json().detail, /Carla Westra: Door een partij geweigerd voor deze zaak/);

      const steps = await timeline(db(), c.id);
      const back = steps.at(-1)!;
      assert.deepEqual([back.kind, back.from_status, back.to_status, back.actor_label], ['transition', 'proposed', 'matching', 'systeem']);
      const refusedMail = await db().selectFrom('mail_outbox').select('subject').where('to_address', '=', w.users.coordinator.email).where('subject', '=', `Zaak ${c.number}: partij vraagt om een andere mediator`).execute();
      assert.equal(refusedMail.length, 1);
      // Another mediator can be proposed for the same case.
      await propose(c.id, { mediatorId: bram().profile.id });
      await a.coordinator.post(`/api/v1/proposals/${(await a.coordinator.get(`/api/v1/cases/${c.id}/proposals`)).json().items[0].id}/withdraw`, { reason: 'Test opruimen' });
    });

    test('a party asking for an external mediator flags the case', async () => {
      const c = await newCase();
      const proposal = await propose(c.id, { mediatorId: w.mediators.westerveld.profile.id });
      await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      const karel = c.parties[1]!;
      const res = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel.id, decision: 'external_mediator', method: 'letter', givenOn: today(), reason: 'Wil iemand van buiten de overheid' });
      assert.equal(res.statusCode, 201, res.body);
      const state = await statusOf(c.id);
      assert.equal(state.status, 'matching');
      assert.equal(state.wants_external_mediator, true);
      // Sanne's link is now useless: the proposal is closed.
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      assert.equal((await a.anonymous.get(`/api/v1/consents/${token}`)).statusCode, 409);
    });

    test('the mediator declines: back to matching, excluded for this case, the decline counts in the score', async () => {
      const c = await newCase();
      const proposal = await propose(c.id, { mediatorId: w.mediators.westerveld.profile.id });
      assert.equal((await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/decline`, { reason: '   ' })).statusCode, 400);
      const res = await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/decline`, { reason: 'Ik ken de leidinggevende privé' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, 'declined');
      assert.equal((await statusOf(c.id)).status, 'matching');
      const list = (await a.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      const why = list.excluded.find((e: { mediator: { id: string } }) => e.mediator.id === w.mediators.westerveld.profile.id).exclusions;
      assert.deepEqual(why.map((x: { code: string }) => x.code), ['declined_before']);
      const other = await newCase();
      const otherList = (await a.coordinator.get(`/api/v1/cases/${other.id}/candidates`)).json();
      const carla = otherList.eligible.find((r: { mediator: { id: string } }) => r.mediator.id === w.mediators.westerveld.profile.id);
      assert.equal(carla.parts.find((p: { key: string }) => p.key === 'declines').raw, 1);
      const mail = await db().selectFrom('mail_outbox').select('body_text').where('subject', '=', `Zaak ${c.number}: voorstel afgewezen door de mediator`).executeTakeFirstOrThrow();
      assert.match(mail.body_text, /Carla Westra heeft het voorstel afgewezen: Ik ken de leidinggevende privé/);
      // Answering twice is refused.
      assert.equal((await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/accept`, declaration())).statusCode, 409);
    });

    test('proposing an excluded mediator through the API: 409 with the reasons, nothing changed', async () => {
      const c = await newCase();
      const res = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.meppel.profile.id, coMediatorId: w.mediators.dormantStaphorst.profile.id });
      assert.equal(res.statusCode, 409);
      const p = res.json();
      assert.equal(p.type, 'urn:mediatorpool:problem:mediator-excluded');
      assert.equal(p.detail, 'Anna Meppelink: Werkt bij Meppel, een partij in deze zaak; Frank Hoeve: Status: slapend.');
      assert.deepEqual(p.invalidParams, [
        { name: 'mediatorId', code: 'party_municipality', reason: 'Werkt bij Meppel, een partij in deze zaak' },
        { name: 'coMediatorId', code: 'not_active', reason: 'Status: slapend' },
      ]);
      const inTrainingLead = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.inTraining.profile.id });
      assert.equal(inTrainingLead.json().invalidParams[0].code, 'in_training');
      assert.equal((await statusOf(c.id)).status, 'matching');
      assert.equal((await db().selectFrom('case_proposal').select('id').where('case_id', '=', c.id).execute()).length, 0);
      assert.equal((await timeline(db(), c.id)).length, 0);
      // Unknown mediators and a co-mediator equal to the lead are input errors.
      const unknown = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.outsider.id });
      assert.equal(unknown.statusCode, 400);
      const same = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: bram().profile.id, coMediatorId: bram().profile.id });
      assert.equal(same.statusCode, 400);
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: 'not-a-uuid' })).statusCode, 400);
    });

    test('a disclosed relationship must be accepted explicitly by every party', async () => {
      const c = await newCase();
      const proposal = await propose(c.id, { mediatorId: w.mediators.westerveld.profile.id });
      const disclosure = 'Ik heb in 2019 met Karel Jansen in een projectgroep gezeten.';
      await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/accept`, declaration(disclosure));
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      const page = (await a.anonymous.get(`/api/v1/consents/${token}`)).json();
      assert.equal(page.disclosure, `Carla Westra: ${disclosure}`);
      const mail = await db().selectFrom('mail_outbox').select('body_text').where('kind', '=', 'matching.consent-request').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
      assert.match(mail.body_text, /relatie met een partij gemeld/);

      const without = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' });
      assert.equal(without.statusCode, 400);
      assert.equal(without.json().invalidParams[0].name, 'disclosureAccepted');
      assert.equal((await db().selectFrom('consent_link').select('used_at').where('proposal_id', '=', proposal.id).executeTakeFirstOrThrow()).used_at, null, 'the link still works');
      assert.equal((await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept', disclosureAccepted: true })).statusCode, 204);
      const karel = c.parties[1]!;
      const byCoordinator = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel.id, decision: 'accept', method: 'meeting', givenOn: today() });
      assert.equal(byCoordinator.statusCode, 400);
      // MfN 2.3: the acceptance must be in writing; a meeting is not (a signed form counts as a letter).
      const inMeeting = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel.id, decision: 'accept', method: 'meeting', givenOn: today(), disclosureAccepted: true });
      assert.equal(inMeeting.statusCode, 400);
      assert.equal(inMeeting.json().invalidParams[0].name, 'method');
      const done = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel.id, decision: 'accept', method: 'letter', givenOn: today(), disclosureAccepted: true });
      assert.equal(done.statusCode, 201, done.body);
      assert.equal(done.json().status, 'assigned');
      const consents = await db().selectFrom('party_consent').select(['disclosure_text', 'disclosure_accepted']).where('proposal_id', '=', proposal.id).execute();
      assert.ok(consents.every((x) => x.disclosure_accepted && x.disclosure_text === `Carla Westra: ${disclosure}`));
      await db().updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', c.id).execute();
    });

    test('consent link used twice, expired, altered, or for a withdrawn case: clear errors and nothing changed', async () => {
      const c = await newCase();
      const proposal = await propose(c.id, { mediatorId: w.mediators.westerveld.profile.id });
      await a.mediatorWesterveld.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      const snapshot = async () => ({
        status: (await statusOf(c.id)).status,
        consents: (await db().selectFrom('party_consent').select('id').where('proposal_id', '=', proposal.id).execute()).length,
        events: (await timeline(db(), c.id)).length,
      });

      // Altered: a character changed, or nonsense.
      const altered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      for (const bad of [altered, 'x'.repeat(43)]) {
        const res = await a.anonymous.get(`/api/v1/consents/${bad}`);
        assert.equal(res.statusCode, 404);
        assert.equal(res.json().type, 'urn:mediatorpool:problem:consent-link-unknown');
        assert.equal((await a.anonymous.post(`/api/v1/consents/${bad}`, { decision: 'accept' })).statusCode, 404);
      }
      assert.equal((await a.anonymous.get('/api/v1/consents/kort')).statusCode, 400);
      assert.equal((await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'maybe' })).statusCode, 400);

      // Expired.
      const before = await snapshot();
      await db().updateTable('consent_link').set({ expires_at: new Date(Date.now() - 1000) }).where('proposal_id', '=', proposal.id).execute();
      const expired = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' });
      assert.equal(expired.statusCode, 410);
      assert.equal(expired.json().type, 'urn:mediatorpool:problem:consent-link-expired');
      assert.equal((await a.anonymous.get(`/api/v1/consents/${token}`)).statusCode, 410);
      assert.deepEqual(await snapshot(), before);
      // The coordinator sends a new link; the old one is then unknown. Not for a party without e-mail.
      const sanne = c.parties[0]!;
      const resent = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consent-links`, { partyId: sanne.id });
      assert.equal(resent.statusCode, 201, resent.body);
      assert.equal(resent.json().parties[0].link.usedAt, null);
      assert.equal((await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consent-links`, { partyId: c.parties[1]!.id })).statusCode, 409);
      const fresh = await consentTokenFromMail(db(), 'sanne@example.org');
      assert.notEqual(fresh, token);
      assert.equal((await a.anonymous.get(`/api/v1/consents/${token}`)).statusCode, 404);
      assert.equal((await a.anonymous.get(`/api/v1/consents/${fresh}`)).statusCode, 200);

      // Used twice.
      assert.equal((await a.anonymous.post(`/api/v1/consents/${fresh}`, { decision: 'accept' })).statusCode, 204);
      const afterFirst = await snapshot();
      const twice = await a.anonymous.post(`/api/v1/consents/${fresh}`, { decision: 'another_mediator' });
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().type, 'urn:mediatorpool:problem:consent-link-used');
      assert.equal((await a.anonymous.get(`/api/v1/consents/${fresh}`)).statusCode, 409);
      assert.equal((await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consent-links`, { partyId: sanne.id })).statusCode, 409, 'answered: no new link');
      assert.deepEqual(await snapshot(), afterFirst);

      // A second case withdrawn while its link is out: the party's link answers 409, nothing changes.
      const c2 = await newCase();
      const p2 = await propose(c2.id, { mediatorId: bram().profile.id });
      await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${p2.id}/accept`, declaration());
      const token2 = await consentTokenFromMail(db(), 'sanne@example.org');
      await db().updateTable('mediation_case').set({ status: 'withdrawn', closed_on: today() }).where('id', '=', c2.id).execute();
      const withdrawn = await a.anonymous.post(`/api/v1/consents/${token2}`, { decision: 'accept' });
      assert.equal(withdrawn.statusCode, 409);
      assert.equal(withdrawn.json().type, 'urn:mediatorpool:problem:proposal-closed');
      assert.equal((await db().selectFrom('party_consent').select('id').where('proposal_id', '=', p2.id).execute()).length, 0);
      assert.equal((await db().selectFrom('consent_link').select('used_at').where('proposal_id', '=', p2.id).executeTakeFirstOrThrow()).used_at, null);
      assert.equal((await statusOf(c2.id)).status, 'withdrawn');
      // Nor can the coordinator record a consent, or the mediator answer, for a case that moved on.
      const karel = c2.parties[1]!;
      assert.equal((await a.coordinator.post(`/api/v1/proposals/${p2.id}/consents`, { partyId: karel.id, decision: 'accept', method: 'phone', givenOn: today() })).statusCode, 409);
      // Withdrawn cases do not hold capacity and show no task.
      assert.equal((await a.mediatorSteenwijkerland.get('/api/v1/me/tasks')).json().items.length, 0);

      // Clean up the first case's open proposal so other tests see free capacity.
      await a.coordinator.post(`/api/v1/proposals/${proposal.id}/withdraw`, { reason: 'Opruimen' });
    });

    test('accepting a proposal after the case moved on: 409, nothing changed', async () => {
      const c = await newCase();
      const proposal = await propose(c.id, { mediatorId: bram().profile.id });
      // The case page does not offer the silent generic step back, and the endpoint refuses it.
      const detail = (await a.coordinator.get(`/api/v1/cases/${c.id}`)).json();
      assert.ok(!detail.allowedTransitions.some((x: { to: string }) => x.to === 'matching'), JSON.stringify(detail.allowedTransitions));
      const generic = await a.coordinator.post(`/api/v1/cases/${c.id}/transitions`, { to: 'matching', from: 'proposed', reason: 'Toch iemand anders' });
      assert.equal(generic.statusCode, 409, generic.body);
      assert.equal(generic.json().type, 'urn:mediatorpool:problem:use-proposal-withdrawal');
      assert.equal((await statusOf(c.id)).status, 'proposed');
      // The coordinator retracts it.
      const withdrawn = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/withdraw`, { reason: 'Partijen willen eerst een gesprek met de leidinggevende' });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.equal(withdrawn.json().status, 'withdrawn');
      assert.equal((await statusOf(c.id)).status, 'matching');
      const late = await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${proposal.id}/accept`, declaration());
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().type, 'urn:mediatorpool:problem:proposal-closed');
      const row = await db().selectFrom('proposal_mediator').select(['answer']).where('proposal_id', '=', proposal.id).executeTakeFirstOrThrow();
      assert.equal(row.answer, null);
      assert.equal((await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${proposal.id}/decline`, { reason: 'Te laat' })).statusCode, 409);
      // Retracting excludes nobody: the same mediator may be proposed again.
      const again = await propose(c.id, { mediatorId: bram().profile.id });
      // The case then moves on outside matching (the coordinator withdraws the whole case).
      await db().updateTable('mediation_case').set({ status: 'withdrawn' }).where('id', '=', c.id).execute();
      assert.equal((await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${again.id}/accept`, declaration())).statusCode, 409);
      assert.equal((await db().selectFrom('proposal_mediator').select('answer').where('proposal_id', '=', again.id).executeTakeFirstOrThrow()).answer, null);
    });

    test("access to a proposal ends with the mediator's part in it: withdrawn, declined or released → 404; assigned → still visible", async () => {
      const view = (agent: MatchingAgents[keyof MatchingAgents], id: string) => agent.get(`/api/v1/proposals/${id}`);
      const taskIds = async (agent: MatchingAgents[keyof MatchingAgents]) => (await agent.get('/api/v1/me/tasks')).json().items.map((x: { proposalId: string }) => x.proposalId);

      // Proposed, then the coordinator withdraws it: the case is back in matching.
      const c1 = await newCase();
      const p1 = await propose(c1.id, { mediatorId: bram().profile.id, coMediatorId: w.mediators.inTraining.profile.id });
      assert.equal((await view(a.mediatorSteenwijkerland, p1.id)).statusCode, 200);
      assert.ok((await taskIds(a.mediatorSteenwijkerland)).includes(p1.id));
      assert.equal((await a.coordinator.post(`/api/v1/proposals/${p1.id}/withdraw`, { reason: 'Partijen willen eerst zelf praten' })).statusCode, 200);
      for (const agent of [a.mediatorSteenwijkerland, a.mediatorInTraining]) {
        const gone = await view(agent, p1.id);
        assert.equal(gone.statusCode, 404, gone.body);
        assert.ok(!gone.body.includes('Sanne de Vries'));
        assert.ok(!(await taskIds(agent)).includes(p1.id));
      }
      assert.equal((await view(a.coordinator, p1.id)).statusCode, 200, 'the coordinator keeps the history');
      // Answering it late still says why, without showing it.
      const late = await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${p1.id}/accept`, declaration());
      assert.equal(late.statusCode, 409);
      assert.ok(!late.body.includes('Sanne de Vries'));

      // The mediator declines: the answer is theirs, after that the proposal is not.
      const c2 = await newCase();
      const p2 = await propose(c2.id, { mediatorId: w.mediators.westerveld.profile.id });
      const declined = await a.mediatorWesterveld.post(`/api/v1/proposals/${p2.id}/decline`, { reason: 'Ik ken een partij' });
      assert.equal(declined.statusCode, 200, declined.body);
      assert.equal(declined.json().status, 'declined');
      assert.equal((await view(a.mediatorWesterveld, p2.id)).statusCode, 404);

      // Assigned: visible while the mediator is on the case, 404 once the case went back to matching.
      const c3 = await newCase();
      const p3 = await propose(c3.id, { mediatorId: bram().profile.id });
      assert.equal((await a.mediatorSteenwijkerland.post(`/api/v1/proposals/${p3.id}/accept`, declaration())).statusCode, 200);
      assert.equal((await view(a.mediatorSteenwijkerland, p3.id)).statusCode, 200, 'accepted, waiting for the parties');
      for (const party of c3.parties) {
        const res = await a.coordinator.post(`/api/v1/proposals/${p3.id}/consents`, { partyId: party.id, decision: 'accept', method: 'phone', givenOn: today() });
        assert.equal(res.statusCode, 201, res.body);
      }
      assert.equal((await statusOf(c3.id)).status, 'assigned');
      const assigned = await view(a.mediatorSteenwijkerland, p3.id);
      assert.equal(assigned.statusCode, 200, assigned.body);
      assert.equal(assigned.json().status, 'assigned');
      const back = await a.coordinator.post(`/api/v1/cases/${c3.id}/transitions`, { from: 'assigned', to: 'matching', reason: 'De mediator is langdurig ziek' });
      assert.equal(back.statusCode, 200, back.body);
      assert.equal((await view(a.mediatorSteenwijkerland, p3.id)).statusCode, 404, 'released: the proposal is no longer theirs');
      assert.equal((await view(a.coordinator, p3.id)).statusCode, 200);
    });

    test('a stale proposal left open by a status change elsewhere is closed when the case is proposed again', async () => {
      const c = await newCase();
      const first = await propose(c.id, { mediatorId: bram().profile.id });
      // The coordinator uses the generic lifecycle (proposed → matching) instead of withdrawing here.
      await db().updateTable('mediation_case').set({ status: 'matching' }).where('id', '=', c.id).execute();
      const second = await propose(c.id, { mediatorId: w.mediators.westerveld.profile.id });
      const rows = await db().selectFrom('case_proposal').select(['id', 'status']).where('case_id', '=', c.id).orderBy('proposed_at').execute();
      assert.deepEqual(rows.map((r) => [r.id, r.status]), [
        [first.id, 'withdrawn'],
        [second.id, 'open'],
      ]);
      await a.coordinator.post(`/api/v1/proposals/${second.id}/withdraw`, { reason: 'Opruimen' });
    });
  });
}
