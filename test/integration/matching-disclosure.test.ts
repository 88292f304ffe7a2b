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
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { DEMO_DISCLOSURE_CASES } from '../../src/server/modules/matching/seed-demo-disclosure.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

interface Ranked {
  mediator: { id: string };
  disclosures: { code: string; reason: string }[];
}
interface Excluded {
  mediator: { id: string };
  exclusions: { code: string; reason: string }[];
}

/**
 * MfN conduct rule 2.3 through the API: a mediator with a registered relationship with a party
 * is proposed with the relationship disclosed; each party accepts it in writing (by its link, or
 * the coordinator records the written acceptance); only then is the case assigned. One refusal
 * excludes the mediator for the case.
 */
for (const engine of testEngines()) {
  describe(`matching: a disclosed relationship that every party accepts (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let a: MatchingAgents;
    const DISCLOSURE = 'Carla Westra en Karel Jansen zaten van 2018 tot 2020 samen in een projectgroep van de regio.';

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      a = await matchingAgents(() => new Agent(t.app), w);
      // Carla registered a relationship with Karel Jansen, a party in every case below.
      await t.handle.db
        .insertInto('mediator_relationship')
        .values({ pool_id: w.pool.id, mediator_id: w.mediators.westerveld.profile.id, kind: 'person', person_name: 'Karel Jansen', reason: 'Projectgroep', since: '2018-01-01' })
        .execute();
    });
    after(() => t.close());

    const db = () => t.handle.db;
    const carla = () => w.mediators.westerveld;
    const newCase = () => createMatchingCase(db(), w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
    const statusOf = async (caseId: string) => (await db().selectFrom('mediation_case').select('status').where('id', '=', caseId).executeTakeFirstOrThrow()).status;
    const candidates = async (caseId: string) => {
      const res = await a.coordinator.get(`/api/v1/cases/${caseId}/candidates`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { eligible: Ranked[]; excluded: Excluded[] };
    };
    const proposeWithDisclosure = async (caseId: string) => {
      const res = await a.coordinator.post(`/api/v1/cases/${caseId}/proposals`, { mediatorId: carla().profile.id, disclosure: DISCLOSURE });
      assert.equal(res.statusCode, 201, res.body);
      const accepted = await a.mediatorWesterveld.post(`/api/v1/proposals/${res.json().id}/accept`, declaration());
      assert.equal(accepted.statusCode, 200, accepted.body);
      return accepted.json() as { id: string; disclosure: string | null; stage: string };
    };

    test('the candidate list shows the relationship as needing disclosure; proposing needs the disclosure text', async () => {
      const c = await newCase();
      const list = await candidates(c.id);
      assert.equal(list.excluded.find((e) => e.mediator.id === carla().profile.id), undefined, 'not excluded');
      const row = list.eligible.find((r) => r.mediator.id === carla().profile.id);
      assert.ok(row, 'eligible');
      assert.deepEqual(row.disclosures, [{ code: 'relationship_person', reason: 'Heeft een relatie gemeld met Karel Jansen, een partij in deze zaak' }]);
      const bram = list.eligible.find((r) => r.mediator.id === w.mediators.steenwijkerland.profile.id);
      assert.deepEqual(bram?.disclosures, []);

      for (const disclosure of [undefined, null, '   ']) {
        const res = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: carla().profile.id, ...(disclosure === undefined ? {} : { disclosure }) });
        assert.equal(res.statusCode, 400, res.body);
        assert.deepEqual(res.json().invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['disclosure', 'required']]);
        assert.match(res.json().invalidParams[0].reason, /Karel Jansen/);
      }
      assert.equal(await statusOf(c.id), 'matching', 'nothing changed');
      assert.equal((await timeline(db(), c.id)).length, 0);
    });

    test('one party accepts by its link, the other by the written acceptance the coordinator records: assigned', async () => {
      const c = await newCase();
      const [sanne, karel] = c.parties;
      const proposal = await proposeWithDisclosure(c.id);
      assert.equal(proposal.stage, 'awaiting_parties');
      assert.equal(proposal.disclosure, DISCLOSURE);

      // The party's page shows the disclosure; accepting needs the explicit acceptance of it.
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      const page = await a.anonymous.get(`/api/v1/consents/${token}`);
      assert.equal(page.statusCode, 200, page.body);
      assert.equal(page.json().disclosure, DISCLOSURE);
      const silent = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept' });
      assert.equal(silent.statusCode, 400);
      assert.equal(silent.json().invalidParams[0].name, 'disclosureAccepted');
      const contradictory = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept', disclosureAccepted: false });
      assert.equal(contradictory.statusCode, 400);
      assert.equal(contradictory.json().invalidParams[0].name, 'disclosureAccepted');
      const byLink = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'accept', disclosureAccepted: true });
      assert.equal(byLink.statusCode, 204, byLink.body);
      assert.equal(await statusOf(c.id), 'proposed', 'Karel has not accepted yet');

      // The coordinator records Karel's acceptance: it must have been given in writing.
      const byPhone = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel!.id, decision: 'accept', method: 'phone', givenOn: today(), disclosureAccepted: true });
      assert.equal(byPhone.statusCode, 400, byPhone.body);
      assert.deepEqual(byPhone.json().invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['method', 'not-in-writing']]);
      assert.equal(await statusOf(c.id), 'proposed');
      const byLetter = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel!.id, decision: 'accept', method: 'letter', givenOn: today(), disclosureAccepted: true });
      assert.equal(byLetter.statusCode, 201, byLetter.body);
      assert.equal(byLetter.json().status, 'assigned');
      assert.equal(await statusOf(c.id), 'assigned');

      const consents = await db().selectFrom('party_consent').select(['party_id', 'method', 'disclosure_text', 'disclosure_accepted']).where('proposal_id', '=', proposal.id).orderBy('recorded_at').execute();
      assert.deepEqual(consents.map((x) => [x.party_id, x.method, x.disclosure_text, x.disclosure_accepted]), [
        [sanne!.id, 'link', DISCLOSURE, true],
        [karel!.id, 'letter', DISCLOSURE, true],
      ]);
      const events = await timeline(db(), c.id);
      const proposed = events.find((e) => e.kind === 'proposal')!;
      assert.equal((proposed.detail as { disclosure?: string }).disclosure, DISCLOSURE);
      assert.deepEqual((proposed.detail as { relationships?: string[] }).relationships, ['Carla Westra: Heeft een relatie gemeld met Karel Jansen, een partij in deze zaak']);
      const consentEvents = events.filter((e) => e.kind === 'consent');
      assert.deepEqual(consentEvents.map((e) => [e.actor_label, (e.detail as { disclosureAccepted: boolean }).disclosureAccepted]), [
        ['partij (link)', true],
        ['Hans Koster', true],
      ]);
      assert.deepEqual(events.filter((e) => e.kind === 'transition').map((e) => e.to_status), ['proposed', 'assigned']);
      const audit = await db().selectFrom('audit_event').select(['action', 'detail']).where('action', 'in', ['matching.propose', 'matching.consent']).where((eb) => eb.or([eb('object_id', '=', c.id), eb('object_id', '=', proposal.id)])).orderBy('id').execute();
      assert.deepEqual(audit.map((x) => x.action), ['matching.propose', 'matching.consent', 'matching.consent']);
      assert.equal((audit[0]!.detail as { disclosure?: string }).disclosure, DISCLOSURE);
      assert.deepEqual(audit.slice(1).map((x) => (x.detail as { disclosureAccepted?: boolean }).disclosureAccepted), [true, true]);
      await db().updateTable('case_mediator').set({ released_at: new Date() }).where('case_id', '=', c.id).execute();
    });

    test('a party refuses the disclosure by its link: back to matching, the mediator is excluded for this case', async () => {
      const c = await newCase();
      const proposal = await proposeWithDisclosure(c.id);
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      const refused = await a.anonymous.post(`/api/v1/consents/${token}`, { decision: 'another_mediator', disclosureAccepted: false });
      assert.equal(refused.statusCode, 204, refused.body);
      assert.equal(await statusOf(c.id), 'matching');
      const row = await db().selectFrom('party_consent').select(['decision', 'disclosure_text', 'disclosure_accepted', 'disclosure_refused']).where('proposal_id', '=', proposal.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { decision: 'another_mediator', disclosure_text: DISCLOSURE, disclosure_accepted: false, disclosure_refused: true });
      const closed = (await a.coordinator.get(`/api/v1/proposals/${proposal.id}`)).json();
      assert.equal(closed.status, 'refused');
      assert.match(closed.closeReason, /accepteert de gemelde relatie niet/);

      const list = await candidates(c.id);
      assert.equal(list.eligible.find((r) => r.mediator.id === carla().profile.id), undefined);
      assert.deepEqual(list.excluded.find((e) => e.mediator.id === carla().profile.id)?.exclusions.map((e) => e.code), ['refused_by_party']);
      const again = await a.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: carla().profile.id, disclosure: DISCLOSURE });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'urn:mediatorpool:problem:mediator-excluded');
      const consentEvent = (await timeline(db(), c.id)).find((e) => e.kind === 'consent')!;
      assert.equal((consentEvent.detail as { disclosureRefused?: boolean }).disclosureRefused, true);
      const mail = await db().selectFrom('mail_outbox').select('subject').where('to_address', '=', w.users.coordinator.email).where('subject', 'like', `Zaak ${c.number}:%relatie%`).execute();
      assert.equal(mail.length, 1, 'the coordinator hears of it through the outbox');
    });

    test('the coordinator records a written refusal of the disclosure: the same exclusion', async () => {
      const c = await newCase();
      const karel = c.parties[1]!;
      const proposal = await proposeWithDisclosure(c.id);
      const res = await a.coordinator.post(`/api/v1/proposals/${proposal.id}/consents`, { partyId: karel.id, decision: 'another_mediator', method: 'email', givenOn: today(), disclosureAccepted: false, reason: 'Wil geen bekende als mediator' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().status, 'refused');
      assert.equal(await statusOf(c.id), 'matching');
      const list = await candidates(c.id);
      assert.deepEqual(list.excluded.find((e) => e.mediator.id === carla().profile.id)?.exclusions.map((e) => e.code), ['refused_by_party']);
      // Sanne's link no longer works: the proposal is closed.
      const token = await consentTokenFromMail(db(), 'sanne@example.org');
      assert.equal((await a.anonymous.get(`/api/v1/consents/${token}`)).statusCode, 409);
    });
  });
}

/**
 * The demo pool's scenario, as a new user runs it (README, "Demo scenarios"): the coordinator
 * proposes Ingrid Bakker, who registered a relationship with the manager Ruud Kampen; she accepts;
 * the employee accepts by her link and the coordinator records Ruud's letter: assigned. In the
 * second demo case one party refuses: Ingrid is excluded for that case.
 */
for (const engine of testEngines()) {
  describe(`matching: the demo scenario of a disclosed relationship (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
      await seedDemo(t.handle.db);
    });
    after(() => t.close());

    test('accepted by link and by the coordinator: assigned; refused in the second case: excluded', async () => {
      const db = t.handle.db;
      const coordinator = await new Agent(t.app).login('coordinator@mediatorpool.example', DEMO_PASSWORD);
      const ingrid = await new Agent(t.app).login('mediator@mediatorpool.example', DEMO_PASSWORD);
      const anonymous = new Agent(t.app);
      const [first, second] = await Promise.all(
        DEMO_DISCLOSURE_CASES.map((d) => db.selectFrom('mediation_case').select(['id', 'status']).where('title', '=', d.title).executeTakeFirstOrThrow()),
      );
      assert.deepEqual([first!.status, second!.status], ['matching', 'matching']);
      const caseList = (await coordinator.get('/api/v1/cases?status=matching')).json();
      assert.ok(JSON.stringify(caseList).includes('Publiekszaken'), 'the demo cases are in the coordinator’s list');

      const run = async (caseId: string) => {
        const list = (await coordinator.get(`/api/v1/cases/${caseId}/candidates`)).json() as { eligible: (Ranked & { mediator: { name: string } })[] };
        const row = list.eligible.find((r) => r.mediator.name === 'Ingrid Bakker');
        assert.ok(row, JSON.stringify(list.eligible.map((r) => r.mediator.name)));
        assert.deepEqual(row.disclosures.map((d) => d.reason), ['Heeft een relatie gemeld met Ruud Kampen, een partij in deze zaak']);
        const proposed = await coordinator.post(`/api/v1/cases/${caseId}/proposals`, { mediatorId: row.mediator.id, disclosure: 'Ingrid Bakker en Ruud Kampen werkten van 2012 tot 2016 samen bij de gemeente Steenwijkerland.' });
        assert.equal(proposed.statusCode, 201, proposed.body);
        const accepted = await ingrid.post(`/api/v1/proposals/${proposed.json().id}/accept`, declaration());
        assert.equal(accepted.statusCode, 200, accepted.body);
        return { proposalId: proposed.json().id as string, mediatorId: row.mediator.id };
      };

      const a = await run(first!.id);
      const ruud = await db.selectFrom('case_party').select('id').where('case_id', '=', first!.id).where('name', '=', 'Ruud Kampen').executeTakeFirstOrThrow();
      const marieke = await consentTokenFromMail(db, DEMO_DISCLOSURE_CASES[0].employee.email);
      assert.equal((await anonymous.post(`/api/v1/consents/${marieke}`, { decision: 'accept', disclosureAccepted: true })).statusCode, 204);
      const recorded = await coordinator.post(`/api/v1/proposals/${a.proposalId}/consents`, { partyId: ruud.id, decision: 'accept', method: 'letter', givenOn: today(), disclosureAccepted: true });
      assert.equal(recorded.statusCode, 201, recorded.body);
      assert.equal(recorded.json().status, 'assigned');

      const b = await run(second!.id);
      const youssef = await consentTokenFromMail(db, DEMO_DISCLOSURE_CASES[1].employee.email);
      assert.equal((await anonymous.post(`/api/v1/consents/${youssef}`, { decision: 'another_mediator', disclosureAccepted: false })).statusCode, 204);
      const after = (await coordinator.get(`/api/v1/cases/${second!.id}/candidates`)).json() as { excluded: Excluded[] };
      assert.deepEqual(after.excluded.find((e) => e.mediator.id === b.mediatorId)?.exclusions.map((e) => e.code), ['refused_by_party']);
    });
  });
}
