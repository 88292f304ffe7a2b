import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { caseWithMediator, createHoursWorld, hoursAgents, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF').toString('base64');

/**
 * A contact of the requesting municipality has limited access to a case: status, dates and route,
 * and the outcome category only when the parties allowed sharing it. Every route they can reach
 * about the case shows that much and no more: the timeline only the status steps (from, to, when)
 * and, with the parties' permission, the outcome; no mediator's name, no session, document,
 * agreement or matching steps, no reasons. The other routes answer 404 or refuse without content.
 */
for (const engine of testEngines()) {
  describe(`what a contact sees of a case, through every route (${engine})`, () => {
    let t: TestApp;
    let w: HoursWorld;
    let a: Record<HoursWho, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createHoursWorld(t.handle.db);
      a = await hoursAgents(t.app, w);
    });
    after(() => t.close());

    const MEDIATOR = 'Sanne Staphorst';
    // Not the title (the referrer wrote it; the limited view shows it), but the parties, the mediator and the content.
    const SECRETS = [MEDIATOR, 'Medewerker A', 'Leidinggevende B', 'VERTROUWELIJK', 'Gemeentehuis', 'overeenkomst.pdf', 'Vertrouwelijk'];

    /**
     * A case that went the whole way: assigned with a mediator (the matching steps on the
     * timeline), the agreement uploaded and signed, started, a session planned, hours approved,
     * the outcome recorded (shared or not) and concluded by the mediator.
     */
    async function concludedCase(share: boolean) {
      const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.staphorst.id, status: 'assigned' });
      const event = (e: { kind: string; actor: string; from?: string; to?: string; reason?: string; detail: Record<string, unknown> }) =>
        t.handle.db
          .insertInto('case_event')
          .values({ pool_id: w.pool.id, case_id: c.id, actor_user_id: null, actor_label: e.actor, kind: e.kind, from_status: e.from ?? null, to_status: e.to ?? null, reason: e.reason ?? null, detail: JSON.stringify(e.detail) })
          .execute();
      // What matching writes on the way to `assigned`.
      await event({ kind: 'proposal', actor: 'Carla Coördinator', detail: { mediators: [MEDIATOR] } });
      await event({ kind: 'declaration', actor: MEDIATOR, detail: { relationshipsDisclosure: null } });
      await event({ kind: 'transition', actor: 'systeem', from: 'proposed', to: 'assigned', reason: 'De mediator heeft de verklaring getekend en alle partijen stemmen in.', detail: { mediators: [`${MEDIATOR} (mediator)`] } });

      const doc = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/documents`, { kind: 'mediation_agreement', filename: 'overeenkomst.pdf', contentBase64: PDF });
      assert.equal(doc.statusCode, 201, doc.body);
      const signed = await a.mediatorStaphorst.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/mediation-agreement`, payload: { signedOn: '2026-06-10', documentId: doc.json().id } });
      assert.equal(signed.statusCode, 200, signed.body);
      const started = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/transitions`, { to: 'in_progress', from: 'assigned' });
      assert.equal(started.statusCode, 200, started.body);
      const session = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/sessions`, {
        date: '2026-10-26',
        start: '14:00',
        end: '15:30',
        location: 'Gemeentehuis Meppel, zaal 2',
        description: 'VERTROUWELIJK: spanning rond het verzuim',
        partyIds: [c.parties[0]!.id],
      });
      assert.equal(session.statusCode, 201, session.body);
      await logAndApprove(a.mediatorStaphorst, a.coordinator, c.id, '2026-06-11', 90);
      const outcome = await a.mediatorStaphorst.request({ method: 'PUT', url: `/api/v1/cases/${c.id}/outcome`, payload: { outcome: 'full_agreement', writtenAgreement: true, shareWithReferrer: share } });
      assert.equal(outcome.statusCode, 200, outcome.body);
      const concluded = await a.mediatorStaphorst.post(`/api/v1/cases/${c.id}/transitions`, { to: 'concluded', from: 'in_progress', reason: 'Vaststellingsovereenkomst getekend door Medewerker A' });
      assert.equal(concluded.statusCode, 200, concluded.body);
      // The coordinator and the mediator see every step.
      const full = (await a.coordinator.get(`/api/v1/cases/${c.id}/events`)).json().items.map((e: { kind: string }) => e.kind);
      for (const kind of ['proposal', 'declaration', 'document', 'agreement-signed', 'session-planned', 'outcome-recorded']) assert.ok(full.includes(kind), kind);
      return { ...c, sessionId: session.json().id as string, documentId: doc.json().id as string };
    }

    interface Step {
      kind: string;
      actor: string | null;
      fromStatus: string | null;
      toStatus: string | null;
      reason: string | null;
      detail: Record<string, unknown>;
    }

    const noSecrets = (body: string, what: string) => {
      for (const s of SECRETS) assert.ok(!body.includes(s), `${what} shows "${s}": ${body}`);
    };

    /** The contact's timeline: status steps and (only when shared) the outcome; no names, no reasons. */
    async function assertLimitedTimeline(caseId: string, shared: boolean) {
      const res = await a.contactMeppel.get(`/api/v1/cases/${caseId}/events`);
      assert.equal(res.statusCode, 200, res.body);
      noSecrets(res.body, 'the timeline');
      const items = res.json().items as Step[];
      const statusSteps = items.filter((e) => e.kind !== 'outcome-recorded');
      for (const e of statusSteps) {
        assert.ok(e.toStatus !== null, `only status steps, not ${e.kind}`);
        assert.equal(e.reason, null);
        assert.deepEqual(e.detail, {});
        assert.equal(e.actor, null, `no names (${e.kind})`);
      }
      assert.deepEqual(statusSteps.map((e) => e.toStatus).slice(-3), ['assigned', 'in_progress', 'concluded']);
      const outcomeSteps = items.filter((e) => e.kind === 'outcome-recorded');
      if (!shared) assert.deepEqual(outcomeSteps, [], 'no outcome without the parties’ permission');
      else {
        assert.equal(outcomeSteps.length, 1);
        assert.deepEqual(outcomeSteps[0]!.detail, { outcome: 'full_agreement' }, 'the category only');
        assert.equal(outcomeSteps[0]!.actor, null);
        assert.equal(outcomeSteps[0]!.reason, null);
      }
      // The same as the case view: the outcome category only when shared.
      const outcome = (await a.contactMeppel.get(`/api/v1/cases/${caseId}/outcome`)).json();
      assert.equal(outcome.outcome, shared ? 'full_agreement' : null);
      assert.equal(outcomeSteps.length > 0, outcome.outcome !== null);
      const detail = await a.contactMeppel.get(`/api/v1/cases/${caseId}`);
      assert.equal(detail.statusCode, 200);
      assert.equal(detail.json().access, 'limited');
      assert.equal(detail.json().confidential, null);
      noSecrets(detail.body, 'the case view');
    }

    test('sharing off: the timeline holds only the status steps, no names, sessions, documents, agreement or outcome', async () => {
      const c = await concludedCase(false);
      await assertLimitedTimeline(c.id, false);
    });

    test('sharing on: the outcome step is added, with the category only', async () => {
      const c = await concludedCase(true);
      await assertLimitedTimeline(c.id, true);
    });

    test('every other route about the case answers the contact 404 or refuses, and shows nothing of it', async () => {
      const c = await concludedCase(true);
      const reads: [string, string][] = [
        ['documents', `/api/v1/cases/${c.id}/documents`],
        ['document download', `/api/v1/cases/${c.id}/documents/${c.documentId}/content`],
        ['sessions', `/api/v1/cases/${c.id}/sessions`],
        ['session', `/api/v1/sessions/${c.sessionId}`],
        ['session ics', `/api/v1/sessions/${c.sessionId}/ics`],
        ['hours', `/api/v1/cases/${c.id}/hours`],
        ['agreement', `/api/v1/cases/${c.id}/mediation-agreement`],
        ['external costs', `/api/v1/cases/${c.id}/external-costs`],
        ['proposals', `/api/v1/cases/${c.id}/proposals`],
        ['candidates', `/api/v1/cases/${c.id}/candidates`],
      ];
      for (const [what, url] of reads) {
        const res = await a.contactMeppel.get(url);
        assert.ok([403, 404].includes(res.statusCode), `${what}: ${res.statusCode} ${res.body}`);
        noSecrets(res.body, what);
        // The coordinator does get an answer there (so the 404 is the contact's, not a wrong address).
        assert.ok([200, 409].includes((await a.coordinator.get(url)).statusCode), `${what} for the coordinator`);
      }
      // What the contact may read about the case: the same limited view everywhere.
      for (const url of [`/api/v1/cases/${c.id}`, `/api/v1/cases/${c.id}/outcome`, `/api/v1/cases/${c.id}/events`, '/api/v1/cases']) {
        const res = await a.contactMeppel.get(url);
        assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
        noSecrets(res.body, url);
      }
      // The case's matching: its status and nothing to do.
      const matching = await a.contactMeppel.get(`/api/v1/cases/${c.id}/matching`);
      assert.equal(matching.statusCode, 200, matching.body);
      assert.deepEqual(matching.json(), { caseId: c.id, caseStatus: 'concluded', allowedActions: [] });
      const outcome = (await a.contactMeppel.get(`/api/v1/cases/${c.id}/outcome`)).json();
      assert.deepEqual(
        { writtenAgreement: outcome.writtenAgreement, sessionsHeld: outcome.sessionsHeld, minutesApproved: outcome.minutesApproved, aftercare: outcome.aftercare, survey: outcome.survey },
        { writtenAgreement: null, sessionsHeld: null, minutesApproved: null, aftercare: null, survey: null },
      );
    });
  });
}
