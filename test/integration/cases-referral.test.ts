import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createCaseWorld, referralBody } from '../helpers/case-factories.js';
import { createUser } from '../helpers/factories.js';

for (const engine of testEngines()) {
  describe(`case referral, triage and confidentiality (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createCaseWorld>>;
    const agents: Record<string, Agent> = {};
    before(async () => {
      t = await createTestApp(engine);
      w = await createCaseWorld(t.handle.db);
      for (const [k, u] of Object.entries(w.users)) agents[k] = await new Agent(t.app).login(u.email, u.password);
    });
    after(() => t.close());

    test('a Meppel contact refers; the coordinator triages it to matching; Staphorst gets 404; Meppel sees status but not the description', async () => {
      const year = new Date().getFullYear();
      const refer = await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id));
      assert.equal(refer.statusCode, 201, refer.body);
      const { id, number } = refer.json();
      assert.match(number, new RegExp(`^MP-${year}-\\d{4}$`));
      assert.equal(refer.headers.location, `/api/v1/cases/${id}`);

      const coordinator = agents.coordinator!;
      const start = await coordinator.post(`/api/v1/cases/${id}/transitions`, { to: 'triage', from: 'registered' });
      assert.equal(start.statusCode, 200, start.body);
      const shortcut = await coordinator.post(`/api/v1/cases/${id}/transitions`, { to: 'matching', from: 'triage' });
      assert.equal(shortcut.statusCode, 409, 'matching only through a recorded triage decision');
      const triage = await coordinator.post(`/api/v1/cases/${id}/triage`, { route: 'formal_mediation', contraIndications: [] });
      assert.equal(triage.statusCode, 200, triage.body);
      assert.equal(triage.json().status, 'matching');
      assert.equal(triage.json().route, 'formal_mediation');

      assert.equal((await agents.contactStaphorst!.get(`/api/v1/cases/${id}`)).statusCode, 404);
      assert.equal((await agents.contactStaphorst!.get(`/api/v1/cases/${id}/events`)).statusCode, 404);

      const seen = await agents.contactMeppel!.get(`/api/v1/cases/${id}`);
      assert.equal(seen.statusCode, 200);
      const body = seen.json();
      assert.equal(body.status, 'matching');
      assert.equal(body.access, 'limited');
      assert.equal(body.confidential, null);
      assert.ok(!seen.body.includes('spreken al maanden'), 'the description never reaches the contact');
      assert.ok(!seen.body.includes('Medewerker A'), 'nor the parties');

      const full = (await coordinator.get(`/api/v1/cases/${id}`)).json();
      assert.match(full.confidential.description, /spreken al maanden/);
      assert.equal(full.confidential.parties.length, 2);
      assert.equal(full.confidential.triage.route, 'formal_mediation');

      const timeline = (await coordinator.get(`/api/v1/cases/${id}/events`)).json().items;
      assert.deepEqual(
        timeline.map((e: { kind: string; toStatus: string }) => `${e.kind}:${e.toStatus}`),
        ['referral:registered', 'transition:triage', 'triage:matching'],
      );
      assert.equal(timeline[0].actor, w.users.contactMeppel.name);
      assert.equal(timeline[1].actor, w.users.coordinator.name);
      assert.ok(timeline.every((e: { at: string }) => !Number.isNaN(Date.parse(e.at))));

      const reads = await t.handle.db.selectFrom('audit_event').select(['action', 'purpose', 'actor_user_id']).where('object_id', '=', id).where('action', '=', 'case.read').execute();
      assert.ok(reads.some((r) => r.actor_user_id === w.users.coordinator.id && r.purpose), 'reading the confidential fields is audited with a purpose');
      // The contact's limited view is personal data too (issue 12, item 6): its read is audited, with the route's purpose.
      assert.ok(reads.some((r) => r.actor_user_id === w.users.contactMeppel.id && r.purpose === 'zaakbehandeling'), 'the limited read is audited too');
    });

    test('a contact cannot refer for another municipality; bad referrals change nothing', async () => {
      const before = await t.handle.db.selectFrom('mediation_case').select('id').execute();
      const other = await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.staphorst.id));
      assert.equal(other.statusCode, 403);
      const badRole = await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id, { parties: [{ role: 'boss', name: 'X', informed: true }] }));
      assert.equal(badRole.statusCode, 400);
      assert.equal(badRole.json().invalidParams[0].name, 'parties/0/role');
      const huge = await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id, { description: 'x'.repeat(1024 * 1024) }));
      assert.ok([400, 413].includes(huge.statusCode), `1 MB description: ${huge.statusCode}`);
      const future = await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id, { objection: { decisionSentOn: '2999-01-04', advisoryCommittee: false } }));
      assert.equal(future.statusCode, 400);
      assert.match(future.json().invalidParams[0].name, /^objection\//);
      const noParties = await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id, { parties: [] }));
      assert.equal(noParties.statusCode, 400);
      const after = await t.handle.db.selectFrom('mediation_case').select('id').execute();
      assert.equal(after.length, before.length);
      const counters = await t.handle.db.selectFrom('case_number_counter').selectAll().execute();
      assert.ok(counters.every((c) => c.last_number === before.length), 'no number is used up by a failed referral');
    });

    test('the statutory decision deadline follows the Awb example', async () => {
      const res = await agents.coordinator!.post('/api/v1/cases', referralBody(w.meppel.id, { caseType: 'citizen_government', objection: { decisionSentOn: '2026-11-02', advisoryCommittee: true } }));
      assert.equal(res.statusCode, 201, res.body);
      const detail = (await agents.coordinator!.get(`/api/v1/cases/${res.json().id}`)).json();
      assert.equal(detail.confidential.objection.decisionDueOn, '2027-03-08');
      assert.ok(detail.clocks.some((c: { key: string; dueOn: string }) => c.key === 'statutory' && c.dueOn === '2027-03-08'));
      const adjourned = await agents.coordinator!.request({
        method: 'PUT',
        url: `/api/v1/cases/${res.json().id}/objection`,
        payload: { decisionSentOn: '2026-11-02', advisoryCommittee: true, adjournmentWeeks: 6, adjournmentAnnouncedOn: '2026-11-20', postponementDays: null, postponementConsentOn: null },
      });
      assert.equal(adjourned.statusCode, 200, adjourned.body);
      assert.equal(adjourned.json().confidential.objection.decisionDueOn, '2027-04-19');
      const noConsent = await agents.coordinator!.request({
        method: 'PUT',
        url: `/api/v1/cases/${res.json().id}/objection`,
        payload: { decisionSentOn: '2026-11-02', advisoryCommittee: true, adjournmentWeeks: null, postponementDays: 14, postponementConsentOn: null },
      });
      assert.equal(noConsent.statusCode, 400);
    });

    test('an illegal or stale transition answers 409 and changes nothing', async () => {
      const { id } = (await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id))).json();
      const illegal = await agents.coordinator!.post(`/api/v1/cases/${id}/transitions`, { to: 'concluded' });
      assert.equal(illegal.statusCode, 409);
      assert.equal((await agents.coordinator!.post(`/api/v1/cases/${id}/transitions`, { to: 'triage', from: 'registered' })).statusCode, 200);
      const stale = await agents.coordinator!.post(`/api/v1/cases/${id}/transitions`, { to: 'triage', from: 'registered' });
      assert.equal(stale.statusCode, 409);
      const noReason = await agents.coordinator!.post(`/api/v1/cases/${id}/transitions`, { to: 'withdrawn' });
      assert.equal(noReason.statusCode, 400);
      assert.equal(noReason.json().invalidParams[0].name, 'reason');
      const row = await t.handle.db.selectFrom('mediation_case').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'triage');
      const events = await t.handle.db.selectFrom('case_event').select('kind').where('case_id', '=', id).execute();
      assert.equal(events.length, 2);
    });

    test('triage to a route outside the pool ends the case as referred, with the destination', async () => {
      const { id } = (await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id, { caseType: 'neighbours' }))).json();
      await agents.coordinator!.post(`/api/v1/cases/${id}/transitions`, { to: 'triage' });
      const missing = await agents.coordinator!.post(`/api/v1/cases/${id}/triage`, { route: 'refer_elsewhere', contraIndications: ['threats_or_intimidation'] });
      assert.equal(missing.statusCode, 400);
      const res = await agents.coordinator!.post(`/api/v1/cases/${id}/triage`, {
        route: 'refer_elsewhere',
        contraIndications: ['threats_or_intimidation'],
        destination: 'Politie Meppel',
        reason: 'Bedreiging: eerst veiligheid.',
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, 'referred');
      assert.equal(res.json().referredTo, 'Politie Meppel');
      assert.deepEqual(res.json().allowedTransitions, []);
    });

    test('the referrer may withdraw before assignment and sees the withdraw option only', async () => {
      const { id } = (await agents.contactMeppel!.post('/api/v1/cases', referralBody(w.meppel.id))).json();
      const detail = (await agents.contactMeppel!.get(`/api/v1/cases/${id}`)).json();
      assert.deepEqual(detail.allowedTransitions.map((t: { to: string }) => t.to), ['withdrawn']);
      const res = await agents.contactMeppel!.post(`/api/v1/cases/${id}/transitions`, { to: 'withdrawn', reason: 'Partijen hebben het zelf opgelost.' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().status, 'withdrawn');
    });

    test('a coordinator who registers a case is not mailed about it; the other coordinators are', async () => {
      const second = await createUser(t.handle.db, w.pool.id, { roles: ['coordinator'], municipalityId: w.staphorst.id });
      const refer = await agents.coordinator!.post('/api/v1/cases', referralBody(w.meppel.id));
      assert.equal(refer.statusCode, 201, refer.body);
      const mails = await t.handle.db
        .selectFrom('mail_outbox')
        .select('to_address')
        .where('kind', '=', 'case-referred')
        .where('subject', 'like', `%${refer.json().number}`)
        .execute();
      assert.deepEqual(mails.map((m) => m.to_address), [second.email]);
    });
  });
}
