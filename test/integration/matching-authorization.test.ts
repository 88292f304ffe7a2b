import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createDemoMatchingPool, createMatchingCase, declaration, matchingAgents, type MatchingAgents, type MatchingWorld } from '../helpers/matching-factories.js';

/**
 * Every matching endpoint for every role. `proposed` is the mediator of the proposal under test,
 * `otherMediator` a mediator of the same pool who is not; `contact` is the referring
 * municipality's contact (sees the case, limited), `contactElsewhere` a contact who does not;
 * `outsider` holds every role in another pool. Not yours = 404, a role refusal = 403.
 */
type Who = 'coordinator' | 'contact' | 'contactElsewhere' | 'proposed' | 'otherMediator' | 'admin' | 'finance' | 'outsider' | 'anonymous';
const WHO: Who[] = ['contact', 'contactElsewhere', 'proposed', 'otherMediator', 'admin', 'finance', 'outsider', 'anonymous', 'coordinator'];

for (const engine of testEngines()) {
  describe(`matching authorization per endpoint and role (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let all: MatchingAgents;
    let agents: Record<Who, Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      all = await matchingAgents(() => new Agent(t.app), w);
      // Every test leaves proposals open; room enough for all of them.
      await t.handle.db.updateTable('mediator_profile').set({ max_concurrent_cases: 20 }).where('id', '=', w.mediators.steenwijkerland.profile.id).execute();
      agents = {
        coordinator: all.coordinator,
        contact: all.contact,
        contactElsewhere: all.contactStaphorst,
        proposed: all.mediatorSteenwijkerland,
        otherMediator: all.mediatorWesterveld,
        admin: all.admin,
        finance: all.finance,
        outsider: all.outsider,
        anonymous: all.anonymous,
      };
    });
    after(() => t.close());

    const newCase = () => createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
    const bram = () => w.mediators.steenwijkerland.profile.id;
    const proposalFor = async (caseId: string) => {
      const res = await all.coordinator.post(`/api/v1/cases/${caseId}/proposals`, { mediatorId: bram() });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

    const expectEach = async (call: (a: Agent) => Promise<{ statusCode: number; body: string }>, expected: Record<Who, number>) => {
      for (const who of WHO) {
        const res = await call(agents[who]);
        assert.equal(res.statusCode, expected[who], `${who}: expected ${expected[who]}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    };

    test('GET /cases/:id/candidates', async () => {
      const c = await newCase();
      await expectEach((a) => a.get(`/api/v1/cases/${c.id}/candidates`), {
        coordinator: 200, contact: 403, contactElsewhere: 404, proposed: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401,
      });
    });

    test('GET /matching/batch-suggestion', () =>
      expectEach((a) => a.get('/api/v1/matching/batch-suggestion'), {
        coordinator: 200, contact: 403, contactElsewhere: 403, proposed: 403, otherMediator: 403, admin: 403, finance: 403, outsider: 200, anonymous: 401,
      }));

    test('GET and PATCH /matching/settings', async () => {
      const expected = { coordinator: 200, admin: 200, contact: 403, contactElsewhere: 403, proposed: 403, otherMediator: 403, finance: 403, outsider: 200, anonymous: 401 };
      await expectEach((a) => a.get('/api/v1/matching/settings'), expected);
      await expectEach((a) => a.patch('/api/v1/matching/settings', { weights: { language: 0.1 } }), expected);
    });

    test('POST /cases/:id/proposals and /external-mediator', async () => {
      const c = await newCase();
      await expectEach((a) => a.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: bram() }), {
        contact: 403, contactElsewhere: 404, proposed: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401, coordinator: 201,
      });
      const c2 = await newCase();
      const external = {
        name: 'Mr. J. de Wit',
        organisation: 'De Wit Mediation',
        mfnNumber: '12345',
        agreedRateCents: 12500,
        chosenBy: 'coordinator',
        reason: 'Geen interne mediator vrij',
        declaration: declaration(),
      };
      await expectEach((a) => a.post(`/api/v1/cases/${c2.id}/external-mediator`, external), {
        contact: 403, contactElsewhere: 404, proposed: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401, coordinator: 201,
      });
    });

    test('GET /cases/:id/proposals and GET /proposals/:id', async () => {
      const c = await newCase();
      const id = await proposalFor(c.id);
      await expectEach((a) => a.get(`/api/v1/cases/${c.id}/proposals`), {
        coordinator: 200, contact: 403, contactElsewhere: 404, proposed: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401,
      });
      await expectEach((a) => a.get(`/api/v1/proposals/${id}`), {
        coordinator: 200, proposed: 200, contact: 404, contactElsewhere: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401,
      });
      assert.equal((await agents.proposed.get(`/api/v1/proposals/${id}`)).json().view, 'mediator');
      assert.equal((await agents.coordinator.get(`/api/v1/proposals/${id}`)).json().view, 'coordinator');
      assert.equal((await agents.coordinator.get('/api/v1/proposals/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    });

    test('POST /proposals/:id/accept and /decline: only the proposed mediator', async () => {
      const c = await newCase();
      const id = await proposalFor(c.id);
      const others = { coordinator: 403, contact: 404, contactElsewhere: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401 };
      await expectEach((a) => a.post(`/api/v1/proposals/${id}/decline`, { reason: 'Nee' }), { ...others, proposed: 200 });
      const c2 = await newCase();
      const id2 = await proposalFor(c2.id);
      await expectEach((a) => a.post(`/api/v1/proposals/${id2}/accept`, declaration()), { ...others, proposed: 200 });
    });

    test('POST /proposals/:id/consent-links, /consents and /withdraw: only the coordinator', async () => {
      const c = await newCase();
      const id = await proposalFor(c.id);
      await agents.proposed.post(`/api/v1/proposals/${id}/accept`, declaration());
      const partyId = c.parties[1]!.id;
      const refused = { proposed: 403, contact: 404, contactElsewhere: 404, otherMediator: 404, admin: 404, finance: 404, outsider: 404, anonymous: 401 };
      await expectEach((a) => a.post(`/api/v1/proposals/${id}/consent-links`, { partyId: c.parties[0]!.id }), { ...refused, coordinator: 201 });
      await expectEach((a) => a.post(`/api/v1/proposals/${id}/consents`, { partyId, decision: 'accept', method: 'phone', givenOn: today() }), { ...refused, coordinator: 201 });
      await expectEach((a) => a.post(`/api/v1/proposals/${id}/withdraw`, { reason: 'Toch niet' }), { ...refused, coordinator: 200 });
    });

    test('GET /me/tasks: mediators only, each sees their own', async () => {
      const c = await newCase();
      const id = await proposalFor(c.id);
      await expectEach((a) => a.get('/api/v1/me/tasks'), {
        proposed: 200, otherMediator: 200, outsider: 200, coordinator: 403, contact: 403, contactElsewhere: 403, admin: 403, finance: 403, anonymous: 401,
      });
      assert.ok((await agents.proposed.get('/api/v1/me/tasks')).json().items.some((x: { proposalId: string }) => x.proposalId === id));
      assert.deepEqual((await agents.otherMediator.get('/api/v1/me/tasks')).json().items, []);
      assert.deepEqual((await agents.outsider.get('/api/v1/me/tasks')).json().items, []);
    });

    test('the consent endpoints need no account, and a session does not change what they show', async () => {
      const c = await newCase();
      const id = await proposalFor(c.id);
      await agents.proposed.post(`/api/v1/proposals/${id}/accept`, declaration());
      const mail = await t.handle.db.selectFrom('mail_outbox').select('body_text').where('kind', '=', 'matching.consent-request').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
      const token = /\/instemming\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
      const anonymous = await agents.anonymous.get(`/api/v1/consents/${token}`);
      const signedIn = await agents.coordinator.get(`/api/v1/consents/${token}`);
      assert.equal(anonymous.statusCode, 200);
      assert.deepEqual(signedIn.json(), anonymous.json());
    });
  });
}
