import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

/**
 * Conclusion with an outcome: no conclusion without one; the referrer's feedback mail (status, and
 * the outcome category only with the parties' permission, never content); derived sessions and
 * hours; aftercare as a task that closes the case; the anonymous survey; authorization per role.
 */
for (const engine of testEngines()) {
  describe(`outcomes, referrer feedback and aftercare (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    const runningCase = (status = 'in_progress') =>
      caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, status, partyEmail: 'partij@example.test' });
    const putOutcome = (agent: Agent, caseId: string, body: Record<string, unknown>) => agent.request({ method: 'PUT', url: `/api/v1/cases/${caseId}/outcome`, payload: body });
    const conclude = (agent: Agent, caseId: string) => agent.post(`/api/v1/cases/${caseId}/transitions`, { to: 'concluded', from: 'in_progress' });
    const status = async (caseId: string) => (await t.handle.db.selectFrom('mediation_case').select('status').where('id', '=', caseId).executeTakeFirstOrThrow()).status;
    const mailsFor = (caseNumber: string) => t.handle.db.selectFrom('mail_outbox').selectAll().where('kind', '=', 'referrer-feedback').where('subject', 'like', `%${caseNumber}%`).execute();

    test('a case cannot be concluded without an outcome; with one it can, and sessions and hours are derived', async () => {
      const c = await runningCase();
      const refused = await conclude(a.mediatorStaphorst, c.id);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().type, 'urn:mediatorpool:problem:outcome-missing');
      assert.match(refused.json().detail, /uitkomst/);
      assert.equal(await status(c.id), 'in_progress');
      assert.equal((await mailsFor(c.number)).length, 0, 'no mail for a refused conclusion');

      await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-06-10', 90);
      await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-06-11', 45);
      const put = await putOutcome(a.mediatorStaphorst, c.id, { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: true });
      assert.equal(put.statusCode, 200, put.body);
      assert.equal(put.json().outcome, 'full_agreement');
      assert.equal(put.json().writtenAgreement, true);
      assert.equal(put.json().minutesApproved, 135);
      assert.equal(put.json().sessionsHeld, 0);

      const ok = await conclude(a.mediatorStaphorst, c.id);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(await status(c.id), 'concluded');
      const outcome = (await a.coordinator.get(`/api/v1/cases/${c.id}/outcome`)).json();
      assert.ok(outcome.aftercare.dueOn, 'aftercare due date set');
      assert.equal(outcome.aftercare.agreementsKept, null);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', c.id).execute();
      assert.ok(audit.some((x) => x.action === 'case.outcome'));
    });

    test('the referrer gets a mail with the outcome category only when the parties allowed it, never content', async () => {
      const shared = await runningCase();
      await putOutcome(a.coordinator, shared.id, { outcome: 'partial_agreement', writtenAgreement: false, shareWithReferrer: true });
      assert.equal((await conclude(a.coordinator, shared.id)).statusCode, 200);
      const [m1] = await mailsFor(shared.number);
      assert.ok(m1, 'mail queued');
      assert.equal(m1.to_address, w.users.coordinator.email, 'the referrer (the coordinator referred it)');
      assert.match(m1.body_text, /gedeeltelijke overeenstemming/);
      assert.doesNotMatch(m1.body_text, /Medewerker A|Leidinggevende B|Burgerzaken/);

      const secret = await runningCase();
      await putOutcome(a.mediatorStaphorst, secret.id, { outcome: 'no_agreement', writtenAgreement: false, shareWithReferrer: false });
      assert.equal((await conclude(a.mediatorStaphorst, secret.id)).statusCode, 200);
      const [m2] = await mailsFor(secret.number);
      assert.ok(m2);
      assert.match(m2.body_text, /afgerond/);
      assert.match(m2.body_text, /geen toestemming/);
      assert.doesNotMatch(m2.body_text, /geen overeenstemming/);

      // A contact of the municipality sees the status, and the category only with permission.
      const limitedShared = (await a.contactMeppel.get(`/api/v1/cases/${shared.id}/outcome`)).json();
      assert.equal(limitedShared.outcome, 'partial_agreement');
      assert.equal(limitedShared.minutesApproved, null);
      const limitedSecret = (await a.contactMeppel.get(`/api/v1/cases/${secret.id}/outcome`)).json();
      assert.equal(limitedSecret.outcome, null);
      assert.equal(limitedSecret.status, 'concluded');
    });

    test('aftercare: a task for the mediator; recording it closes the case', async () => {
      const c = await runningCase();
      await putOutcome(a.mediatorStaphorst, c.id, { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: false });
      await conclude(a.mediatorStaphorst, c.id);
      const tasks = (await a.mediatorStaphorst.get('/api/v1/me/aftercare-tasks')).json().items;
      assert.ok(tasks.some((x: { caseId: string }) => x.caseId === c.id));
      assert.equal((await a.mediatorMeppel.get('/api/v1/me/aftercare-tasks')).json().items.length, 0, 'not the other mediator');
      const poolTask = (await a.coordinator.get('/api/v1/me/aftercare-tasks')).json().items.find((x: { caseId: string }) => x.caseId === c.id);
      assert.ok(poolTask);
      assert.equal(poolTask.leadMediatorName, 'Sanne Staphorst', 'the coordinator sees whose check it is');
      assert.equal((await a.contactMeppel.get('/api/v1/me/aftercare-tasks')).statusCode, 403);
      assert.equal((await a.anonymous.get('/api/v1/me/aftercare-tasks')).statusCode, 401);

      assert.equal((await a.mediatorMeppel.post(`/api/v1/cases/${c.id}/aftercare`, { agreementsKept: 'yes' })).statusCode, 404);
      assert.equal((await a.contactMeppel.post(`/api/v1/cases/${c.id}/aftercare`, { agreementsKept: 'yes' })).statusCode, 404);
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/aftercare`, { agreementsKept: 'maybe' })).statusCode, 400);
      const res = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/aftercare`, { agreementsKept: 'partly', note: 'Eén afspraak liep later.' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().aftercare.agreementsKept, 'partly');
      assert.equal(await status(c.id), 'closed');
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/aftercare`, { agreementsKept: 'yes' })).statusCode, 409);
      assert.ok(!(await a.mediatorStaphorst.get('/api/v1/me/aftercare-tasks')).json().items.some((x: { caseId: string }) => x.caseId === c.id));
      const events = (await a.coordinator.get(`/api/v1/cases/${c.id}/events`)).json().items.map((e: { kind: string }) => e.kind);
      assert.ok(events.includes('aftercare'));
      assert.equal((await putOutcome(a.coordinator, c.id, { outcome: 'no_agreement', writtenAgreement: false, shareWithReferrer: false })).statusCode, 409, 'closed: no change');
    });

    test('authorization and bad input on the outcome', async () => {
      const c = await runningCase();
      const body = { outcome: 'no_agreement', writtenAgreement: false, shareWithReferrer: false };
      assert.equal((await putOutcome(a.mediatorMeppel, c.id, body)).statusCode, 404, 'not their case');
      assert.equal((await putOutcome(a.contactMeppel, c.id, body)).statusCode, 404, 'contact: limited access');
      assert.equal((await putOutcome(a.finance, c.id, body)).statusCode, 404);
      assert.equal((await putOutcome(a.otherPool, c.id, body)).statusCode, 404);
      assert.equal((await putOutcome(a.anonymous, c.id, body)).statusCode, 401);
      assert.equal((await a.contactStaphorst.get(`/api/v1/cases/${c.id}/outcome`)).statusCode, 404);
      assert.equal((await putOutcome(a.coordinator, c.id, { ...body, outcome: 'happy' })).statusCode, 400);
      assert.equal((await putOutcome(a.coordinator, c.id, { ...body, extra: 1 })).statusCode, 400);
      assert.equal((await putOutcome(a.coordinator, c.id, {})).statusCode, 400);
      assert.equal((await putOutcome(a.coordinator, 'not-a-uuid', body)).statusCode, 400);
      assert.equal((await putOutcome(a.coordinator, '00000000-0000-4000-8000-000000000000', body)).statusCode, 404);
      const registered = await runningCase('registered');
      assert.equal((await putOutcome(a.coordinator, registered.id, body)).statusCode, 409);
    });

    test('the anonymous survey: one link per party, once; answers carry no case', async () => {
      const c = await runningCase();
      assert.equal((await a.coordinator.post(`/api/v1/cases/${c.id}/satisfaction-invitations`)).statusCode, 409, 'not concluded yet');
      await putOutcome(a.coordinator, c.id, { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: false });
      await conclude(a.coordinator, c.id);
      assert.equal((await a.contactMeppel.post(`/api/v1/cases/${c.id}/satisfaction-invitations`)).statusCode, 404);
      const inv = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/satisfaction-invitations`);
      assert.equal(inv.statusCode, 201, inv.body);
      assert.equal(inv.json().invited, 1);
      assert.equal((await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/satisfaction-invitations`)).statusCode, 409);
      const mail = await t.handle.db.selectFrom('mail_outbox').select('body_text').where('kind', '=', 'satisfaction-survey').where('to_address', '=', 'partij@example.test').executeTakeFirstOrThrow();
      const token = /tevredenheid\/([A-Za-z0-9_-]+)/.exec(mail.body_text)?.[1];
      assert.ok(token);
      assert.equal((await a.anonymous.get(`/api/v1/satisfaction/${token}`)).json().answered, false);
      assert.equal((await a.anonymous.post(`/api/v1/satisfaction/${token}`, { process: 6, mediator: 5, outcome: 5 })).statusCode, 400);
      assert.equal((await a.anonymous.post(`/api/v1/satisfaction/${token}`, { process: 4, mediator: 5, outcome: 3, comment: 'Prettig.' })).statusCode, 204);
      assert.equal((await a.anonymous.post(`/api/v1/satisfaction/${token}`, { process: 4, mediator: 5, outcome: 3 })).statusCode, 409);
      assert.equal((await a.anonymous.get('/api/v1/satisfaction/nonsense')).statusCode, 404);
      assert.equal((await a.anonymous.get(`/api/v1/satisfaction/${'x'.repeat(43)}`)).statusCode, 404);
      const answers = await t.handle.db.selectFrom('satisfaction_answer').selectAll().execute();
      assert.equal(answers.length, 1);
      assert.ok(!('case_id' in answers[0]!));
    });
  });
}
