import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, TEST_BASE_URL, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';
import { assignMediator } from '../helpers/case-factories.js';
import type { Database } from '../../src/server/db/database.js';
import { runCaseDiscussionDigest } from '../../src/server/jobs/case-discussion-digest.js';

type Role = 'admin' | 'coordinator' | 'contact' | 'mediator' | 'finance';

let caseSeq = 7000;
/** A case in the given status with two parties who have e-mail and phone, inserted as the case module would leave it. */
async function caseWithParties(db: Database, poolId: string, municipalityId: string, referrerId: string, status: string) {
  const number = `MP-2025-${caseSeq++}`;
  const c = await db
    .insertInto('mediation_case')
    .values({ pool_id: poolId, number, requesting_municipality_id: municipalityId, case_type: 'employment', title: 'Arbeidsconflict', description: 'Vertrouwelijk.', status, referral_source: 'hr', referrer_user_id: referrerId, referred_on: '2025-03-01' })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('case_party')
    .values([
      { pool_id: poolId, case_id: c.id, position: 1, role: 'employee', name: 'Anouk Verhoeven', email: 'anouk.verhoeven@example.nl', phone: '06-24681357' },
      { pool_id: poolId, case_id: c.id, position: 2, role: 'manager', name: 'Gerrit Postma', email: null, phone: null },
    ])
    .execute();
  return c;
}

/**
 * The case discussion (issue 16, item 5): a post with party data of the linked case (or a BSN,
 * a phone number, an e-mail address) is refused with the reason and stored nowhere; a post
 * without is visible to the pool's mediators and not to contacts or finance; only a concluded
 * case the author worked on may be named; coordinators hide posts (audited); follow and digest.
 */
for (const engine of testEngines()) {
  describe(`case discussion (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let a: Record<Role, Agent>;
    let colleague: Agent;
    let colleagueUser: Awaited<ReturnType<typeof createUser>>;
    let concluded: { id: string; number: string };

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(t.handle.db);
      const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);
      a = {
        admin: await login(w.users.admin),
        coordinator: await login(w.users.coordinator),
        contact: await login(w.users.contact),
        mediator: await login(w.users.mediator),
        finance: await login(w.users.finance),
      };
      colleagueUser = await createUser(t.handle.db, w.pool.id, { roles: ['mediator'], name: 'Collega Mediator' });
      colleague = await login(colleagueUser);
      concluded = await caseWithParties(t.handle.db, w.pool.id, w.municipality.id, w.users.contact.id, 'concluded');
      await assignMediator(t.handle.db, w.pool.id, concluded.id, w.users.mediator.id);
    });
    after(() => t.close());

    const posts = async () => Number((await t.handle.db.selectFrom('case_discussion_post').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const start = (agent: Agent, body: string, caseNumber: string | null = concluded.number, title = 'Vastgelopen tweede gesprek') =>
      agent.post('/api/v1/case-discussion/threads', { title, caseNumber, body });

    test("a post naming a party of the linked case is refused with the reason (not the name); nothing is stored", async () => {
      const before = await posts();
      const res = await start(a.mediator, 'Anouk Verhoeven wilde na het eerste gesprek niet verder. Hoe hadden jullie dat aangepakt?');
      assert.equal(res.statusCode, 400, res.body);
      const problem = res.json();
      assert.deepEqual(problem.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['body', 'personal-data-party-name']]);
      assert.match(problem.invalidParams[0].reason, /naam van een partij/);
      assert.doesNotMatch(res.body, /Verhoeven/, 'the refusal does not echo the data');
      assert.equal(await posts(), before);

      for (const [body, code] of [
        ['Mevrouw Postma belde me nog', 'personal-data-party-name'],
        ['Haar nummer 06 2468 1357 staat in het dossier', 'personal-data-phone'],
        ['Zie BSN 111222333', 'personal-data-bsn'],
        ['Mail naar iemand@gemeente.nl', 'personal-data-email'],
      ] as const) {
        const r = await start(a.mediator, body);
        assert.equal(r.statusCode, 400, body);
        assert.ok(r.json().invalidParams.some((p: { code: string }) => p.code === code), `${body}: ${r.body}`);
      }
      const inTitle = await start(a.mediator, 'Een gewone vraag.', concluded.number, 'Gesprek met Anouk Verhoeven');
      assert.equal(inTitle.statusCode, 400);
      assert.equal(inTitle.json().invalidParams[0].name, 'title');
      assert.equal(await posts(), before);
    });

    test('a post without party data is visible to the pool’s mediators, not to contacts, finance, admins or another pool', async () => {
      const res = await start(a.mediator, 'Na het eerste gesprek wilde de medewerker niet verder. Hoe hadden jullie de pauze ingezet?');
      assert.equal(res.statusCode, 201, res.body);
      const thread = res.json();
      assert.equal(thread.caseNumber, concluded.number);
      assert.equal(thread.following, true, 'the author follows');
      const seen = await colleague.get(`/api/v1/case-discussion/threads/${thread.id}`);
      assert.equal(seen.statusCode, 200);
      assert.match(seen.json().posts[0].body, /pauze/);
      assert.ok((await colleague.get('/api/v1/case-discussion/threads')).json().items.some((i: { id: string }) => i.id === thread.id));
      for (const who of ['contact', 'finance', 'admin'] as const) {
        assert.equal((await a[who].get(`/api/v1/case-discussion/threads/${thread.id}`)).statusCode, 404, who);
        assert.equal((await a[who].get('/api/v1/case-discussion/threads')).statusCode, 403, who);
        assert.equal((await a[who].post(`/api/v1/case-discussion/threads/${thread.id}/posts`, { body: 'Mag ik meelezen?' })).statusCode, 404, who);
      }
      const otherPool = await createPoolWithRoles(t.handle.db);
      const outsider = await new Agent(t.app).login(otherPool.users.mediator.email, otherPool.users.mediator.password);
      assert.equal((await outsider.get(`/api/v1/case-discussion/threads/${thread.id}`)).statusCode, 404);
      const reply = await colleague.post(`/api/v1/case-discussion/threads/${thread.id}/posts`, { body: 'Wij lieten de medewerker een week bedenktijd.' });
      assert.equal(reply.statusCode, 201, reply.body);
      assert.equal(reply.json().posts.length, 2);
      const badReply = await colleague.post(`/api/v1/case-discussion/threads/${thread.id}/posts`, { body: 'Was dat niet meneer Postma?' });
      assert.equal(badReply.statusCode, 400, 'replies pass the guard with the thread’s case');
    });

    test('only a concluded case the author worked on may be named', async () => {
      const open = await caseWithParties(t.handle.db, w.pool.id, w.municipality.id, w.users.contact.id, 'in_progress');
      await assignMediator(t.handle.db, w.pool.id, open.id, w.users.mediator.id);
      const notConcluded = await start(a.mediator, 'Een vraag over de aanpak.', open.number);
      assert.equal(notConcluded.statusCode, 400);
      assert.equal(notConcluded.json().invalidParams[0].name, 'caseNumber');
      const notTheirs = await start(colleague, 'Een vraag over de aanpak.', concluded.number);
      assert.equal(notTheirs.statusCode, 400, 'the colleague did not work on it');
      const unknown = await start(a.mediator, 'Een vraag over de aanpak.', 'MP-1999-1');
      assert.deepEqual(unknown.json().invalidParams, notTheirs.json().invalidParams, 'unknown and not yours answer alike');
      assert.equal((await start(a.coordinator, 'Een vraag over de aanpak.', concluded.number)).statusCode, 201, 'a coordinator coordinated every case');
      assert.equal((await start(colleague, 'Zonder zaak: hoe openen jullie een groepsgesprek?', null)).statusCode, 201);
    });

    test('a coordinator hides a post (audited, with reason); a mediator may not; twice is a 409', async () => {
      const thread = (await start(a.mediator, 'Hoe gaan jullie om met een partij die steeds te laat komt?', null)).json();
      const postId = thread.posts[0].id as string;
      assert.deepEqual(thread.posts[0].allowedActions, []);
      assert.equal((await colleague.post(`/api/v1/case-discussion/posts/${postId}/hide`, { reason: 'x' })).statusCode, 403);
      assert.equal((await a.contact.post(`/api/v1/case-discussion/posts/${postId}/hide`, { reason: 'x' })).statusCode, 404);
      const hidden = await a.coordinator.post(`/api/v1/case-discussion/posts/${postId}/hide`, { reason: 'Te herleidbaar tot de zaak' });
      assert.equal(hidden.statusCode, 200, hidden.body);
      const shown = (await colleague.get(`/api/v1/case-discussion/threads/${thread.id}`)).json().posts[0];
      assert.equal(shown.hidden, true);
      assert.equal(shown.body, null);
      assert.equal(shown.hiddenReason, 'Te herleidbaar tot de zaak');
      assert.equal((await a.coordinator.post(`/api/v1/case-discussion/posts/${postId}/hide`, { reason: 'nog eens' })).statusCode, 409);
      const audit = await t.handle.db.selectFrom('audit_event').select(['action', 'actor_user_id']).where('object_id', '=', postId).where('action', '=', 'case-discussion.post.hide').execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.actor_user_id, w.users.coordinator.id);
    });

    test('follow and a daily digest through the outbox: once per day, titles and counts only', async () => {
      const thread = (await start(a.mediator, 'Wie heeft ervaring met pendelbemiddeling?', null, 'Pendelbemiddeling')).json();
      const followed = await colleague.put(`/api/v1/case-discussion/threads/${thread.id}/follow`, undefined);
      assert.equal(followed.statusCode, 200);
      assert.equal(followed.json().following, true);
      assert.deepEqual(followed.json().allowedActions, ['reply', 'unfollow']);
      assert.equal((await a.contact.put('/api/v1/case-discussion/digest', { frequency: 'daily' })).statusCode, 403);
      assert.equal((await colleague.put('/api/v1/case-discussion/digest', { frequency: 'hourly' })).statusCode, 400);
      const digest = await colleague.put('/api/v1/case-discussion/digest', { frequency: 'daily' });
      assert.equal(digest.statusCode, 200);
      assert.equal(digest.json().frequency, 'daily');
      await a.mediator.post(`/api/v1/case-discussion/threads/${thread.id}/posts`, { body: 'Ik deed het twee keer, met een korte pauze tussendoor.' });

      const now = new Date();
      const first = await runCaseDiscussionDigest(t.handle.db, { baseUrl: TEST_BASE_URL, now });
      assert.ok(first >= 1);
      const mail = await t.handle.db.selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', colleagueUser.email).where('kind', '=', 'case-discussion-digest').execute();
      assert.equal(mail.length, 1);
      assert.match(mail[0]!.body_text, /Pendelbemiddeling \(\d+ nieuwe? bericht/);
      assert.match(mail[0]!.body_text, new RegExp(`${TEST_BASE_URL}/community/casuistiek/${thread.id}`));
      assert.doesNotMatch(mail[0]!.body_text, /korte pauze/, 'no post text in mail');
      await a.mediator.post(`/api/v1/case-discussion/threads/${thread.id}/posts`, { body: 'Nog een aanvulling.' });
      await runCaseDiscussionDigest(t.handle.db, { baseUrl: TEST_BASE_URL, now });
      const again = await t.handle.db.selectFrom('mail_outbox').select('id').where('to_address', '=', colleagueUser.email).where('kind', '=', 'case-discussion-digest').execute();
      assert.equal(again.length, 1, 'one digest per day');
      assert.equal((await colleague.delete(`/api/v1/case-discussion/threads/${thread.id}/follow`)).json().following, false);
    });
  });
}
