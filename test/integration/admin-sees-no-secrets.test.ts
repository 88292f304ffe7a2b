import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createDemoMatchingPool, createMatchingCase, declaration, type MatchingWorld } from '../helpers/matching-factories.js';

/**
 * Issue 12, "Done when": an administrator, signed in, can find no live link or case content
 * anywhere in the product. The administrator manages accounts, the outbox and the audit log, but
 * is not allowed to see cases; a link in a mail would let them act as its addressee.
 *
 * The world holds every kind of secret mail (a password reset, an invitation, a consent request)
 * and a case with parties; the administrator then calls every GET operation of the OpenAPI
 * document, with every identifier the world knows, and no response may hold a link, a token, or
 * the case's title, parties or their addresses.
 */
describe('An administrator finds no live link or case content anywhere', () => {
  let t: TestApp;
  let w: MatchingWorld;
  let admin: Agent;
  let basePath: string;
  let getPaths: string[];
  const params: Record<string, string> = {};
  const forbidden: string[] = [];

  before(async () => {
    t = await createTestApp('pglite');
    w = await createDemoMatchingPool(t.handle.db);
    admin = await new Agent(t.app).login(w.users.admin.email, w.users.admin.password);
    const coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
    const mediator = await new Agent(t.app).login(w.mediators.steenwijkerland.user.email, w.mediators.steenwijkerland.user.password);

    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: w.users.coordinator.email } })).statusCode, 202);
    const invited = await admin.post('/api/v1/invitations', { email: 'pieter@gemeente.test', name: 'Pieter de Vries', roles: ['contact'], municipalityId: null });
    assert.equal(invited.statusCode, 201, invited.body);
    const c = await createMatchingCase(t.handle.db, w.pool.id, { municipalityId: w.municipalities.meppel.id, referrerUserId: w.users.contact.id });
    const proposal = await coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: w.mediators.steenwijkerland.profile.id });
    assert.equal(proposal.statusCode, 201, proposal.body);
    assert.equal((await mediator.post(`/api/v1/proposals/${proposal.json().id}/accept`, declaration())).statusCode, 200);

    const queued = await t.handle.db.selectFrom('mail_outbox').selectAll().where('pool_id', '=', w.pool.id).execute();
    // The links that act for their addressee (a case page link is only the case's address).
    const links = queued.flatMap((m) => m.body_text.match(/https?:\/\/\S+/g) ?? []).filter((l) => /\/(wachtwoord-herstellen|uitnodiging|instemming|tevredenheid)\//.test(l));
    const tokens = links.map((l) => l.split('/').pop()!).filter((s) => s.length >= 16);
    assert.ok(tokens.length >= 3, 'the world holds a reset, an invitation and a consent link');
    forbidden.push(...links, ...tokens, c.title, ...c.parties.map((p) => p.name));
    const partyMails = await t.handle.db.selectFrom('case_party').select('email').where('case_id', '=', c.id).execute();
    forbidden.push(...partyMails.flatMap((p) => (p.email ? [p.email] : [])));

    // Every identifier the world knows, so that each operation is called on a real object.
    params.caseId = c.id;
    params.proposalId = proposal.json().id;
    params.partyId = c.parties[0]!.id;
    params.userId = w.users.coordinator.id;
    params.municipalityId = w.municipalities.meppel.id;
    params.mediatorId = w.mediators.steenwijkerland.profile.id;
    params.invitationId = invited.json().id;
    params.mailId = queued[0]!.id;
    params.id = queued[0]!.id;
    // A sign-in service's client secret is write-only (issue 17, item 2; ADR 0016).
    const sso = await admin.post('/api/v1/sso-providers', { label: 'Gemeente Meppel', issuer: 'https://login.meppel.example', clientId: 'mediatorpool', clientSecret: 'sso-client-secret-never-shown-0123' });
    assert.equal(sso.statusCode, 201, sso.body);
    forbidden.push('sso-client-secret-never-shown-0123');
    params.providerId = sso.json().id;

    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    basePath = new URL(doc.servers[0].url).pathname;
    getPaths = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path);
  });
  after(() => t.close());

  test('every GET operation, with every identifier the world knows, returns no link, token or case content', async () => {
    assert.ok(getPaths.length > 40, 'the walk covers the whole API');
    const leaks: string[] = [];
    let called = 0;
    let answered = 0;
    for (const path of getPaths) {
      const url = `${basePath}${path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000')}`;
      const res = await admin.get(url);
      called += 1;
      assert.notEqual(res.statusCode, 500, `${path} gave 500: ${res.body}`);
      if (res.statusCode === 200) answered += 1;
      for (const secret of forbidden) if (res.body.includes(secret)) leaks.push(`${path} (${res.statusCode}) shows "${secret.slice(0, 40)}"`);
    }
    assert.deepEqual(leaks, []);
    assert.equal(called, getPaths.length);
    assert.ok(answered >= 10, `the administrator's own pages answered (${answered})`);
  });

  test('the audit log names no party, link or case title', async () => {
    const first = await admin.get('/api/v1/audit-events?pageSize=100');
    assert.equal(first.statusCode, 200, first.body);
    const page = first.json() as { total: number; items: unknown[] };
    assert.ok(page.items.length > 5, 'the setup left audit rows');
    for (const secret of forbidden) assert.ok(!first.body.includes(secret), `the audit log shows "${secret.slice(0, 40)}"`);
  });
});
