import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Agent, type TestApp } from '../helpers/test-app.js';
import { caseWithMediator, createHoursWorld, engageExternalMediator, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from '../helpers/hours-factories.js';
import { consentTokenFromMail, declaration } from '../helpers/matching-factories.js';
import { createMediator, SAMPLE_PDF } from '../helpers/registry-factories.js';
import { createLendingPool } from '../helpers/lending-factories.js';

interface Operation {
  'x-personal-data'?: string;
  security?: unknown[];
}

/** The reads issue 12 (item 6) names: each returns personal data and must leave a read audit row. */
const NAMED = [
  'get /cases/{caseId}',
  'get /cases/{caseId}/events',
  'get /cases/{caseId}/documents',
  'get /cases/{caseId}/hours',
  'get /cases/{caseId}/mediation-agreement',
  'get /hours/approval-queue',
  'get /me/tasks',
  'get /me/hours',
  'get /audit-events',
  'get /settlements/{settlementId}/export.csv',
];

/** Required query parameters, with values that find the world's data. */
const QUERY: Record<string, string> = {
  '/me/hours': '?month=2026-07',
  '/hours/totals': '?from=2026-07-01&to=2026-09-30',
  '/external-costs': '?from=2026-07-01&to=2026-09-30',
  '/reports/case-register': '',
  '/reports/export': '?format=csv&table=mediators',
  '/reports/benchmark': '?year=2026',
  '/reports/annual': '?year=2026',
  '/data-subjects': '?q=Meppel',
  '/directory/search': '?municipality=Meppel',
};

/** Declared reads this world's case (in progress, past matching) cannot serve; their use cases write their own row. */
const NOT_IN_WORLD = new Set(['get /cases/{caseId}/candidates']);

/**
 * GET operations this world cannot make answer 200, and why (the walk still calls them).
 */
const UNREACHED = new Map([
  ['get /satisfaction/{token}', 'needs a concluded case with a sent survey; shows only the pool name and whether it was answered'],
  ['get /sso-providers/{providerId}/sign-in', 'the way out to a sign-in service: answers a redirect (303) only, never a body'],
  ['get /sso/callback', 'the way back from a sign-in service: answers a redirect (303) only, never a body'],
]);

/**
 * Secret-link routes whose reader is the link's holder, whoever calls: the calendar feed is the
 * mediator's own agenda (read by their calendar app), so it shows them their own name only.
 */
const OWN_DATA_OF: Record<string, HoursWho> = { '/calendar-feeds/{token}/sessions.ics': 'mediatorMeppel' };

/**
 * Reads of one's own data that leave no row (not a read of someone else's): the mediator of
 * `mediatorId` (Mark Meppel) reading their own register entry, absence, relationships and upkeep.
 */
const OWN_READS: [string, HoursWho][] = [['/mediators/{mediatorId}', 'mediatorMeppel']];

/** Seeded people whose names or addresses no undeclared route may return. */
const PARTY_MARKERS = ['Medewerker A', 'Leidinggevende B', 'medewerker.a@example.test', 'sanne@example.org'];

/**
 * Seeded staff (mediators, users, an invitee, an external mediator, a mediator's relation) whose
 * names or addresses no undeclared route may return to anyone but the person themself: a read of
 * one's own data (the signed-in session, one's own profile) is not a read of someone else's.
 */
const STAFF_INVITEE = { name: 'Pieter Uitgenodigd', email: 'pieter.uitgenodigd@gemeente.test' };
const STAFF_RELATION = 'Rita Relatie';
const STAFF_EXTERNAL = 'mr. E. Extern';

describe('Every read of personal data is audited (who, what, when, why)', () => {
  let t: TestApp;
  let w: HoursWorld;
  let a: Record<HoursWho, Agent>;
  let ops: { key: string; path: string; op: Operation }[];
  let basePath: string;
  const params: Record<string, string> = {};
  const tryAs: HoursWho[] = ['coordinator', 'contactMeppel', 'mediatorMeppel', 'finance', 'admin'];
  /** Path parameters whose name means another object on some paths. */
  const pathParams: Record<string, Record<string, string>> = {};
  /** Each staff marker, with the agent it belongs to (that agent may see it: it is their own). */
  const staff: { marker: string; owner: HoursWho | null }[] = [];

  before(async () => {
    t = await createTestApp('pglite');
    w = await createHoursWorld(t.handle.db);
    a = await hoursAgents(t.app, w);
    const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id });
    params.caseId = c.id;
    params.entryId = await logAndApprove(a.mediatorMeppel, a.coordinator, c.id, '2026-07-15', 90);
    const pending = await a.mediatorMeppel.post(`/api/v1/cases/${c.id}/hours`, hoursBody('2026-07-16', 60));
    assert.equal(pending.statusCode, 201, pending.body);
    const settlement = await a.coordinator.post('/api/v1/settlements', { period: '2026-K3' });
    assert.equal(settlement.statusCode, 201, settlement.body);
    params.settlementId = settlement.json().id;
    params.municipalityId = w.meppel.id;
    params.userId = w.users.contactMeppel.id;
    params.mediatorId = w.profiles.meppel.id;
    params.year = '2026';
    const mediatorUrl = `/api/v1/mediators/${w.profiles.meppel.id}`;
    /** Creates an object through the API as the first role allowed to; its id. */
    const made = async (agent: Agent, url: string, body: unknown): Promise<string> => {
      let res = await agent.post(url, body);
      for (const who of ['coordinator', 'admin', 'finance'] as const) if (res.statusCode === 403) res = await a[who].post(url, body);
      assert.ok([200, 201].includes(res.statusCode), `${url}: ${res.statusCode} ${res.body}`);
      return (res.json() as { id: string }).id;
    };
    params.changeId = (await t.handle.db.selectFrom('mediator_status_change').select('id').where('mediator_id', '=', w.profiles.meppel.id).executeTakeFirstOrThrow()).id;
    params.periodId = await made(a.coordinator, `${mediatorUrl}/unavailability`, { startsOn: '2026-10-01', endsOn: '2026-10-14', kind: 'holiday', note: 'Vakantie' });
    params.relationshipId = await made(a.coordinator, `${mediatorUrl}/relationships`, { kind: 'person', personName: STAFF_RELATION, reason: 'Zus', since: '2020-01-01' });
    // Only a dormant mediator is woken: Sanne Staphorst sleeps, and her wake-ups are walked.
    await t.handle.db.updateTable('mediator_profile').set({ status: 'dormant' }).where('id', '=', w.profiles.staphorst.id).execute();
    const wakeUpId = await made(a.coordinator, `/api/v1/mediators/${w.profiles.staphorst.id}/wake-ups`, { message: 'Hoe gaat het?' });
    pathParams['/mediators/{mediatorId}/wake-ups'] = { mediatorId: w.profiles.staphorst.id };
    pathParams['/mediators/{mediatorId}/wake-ups/{wakeUpId}'] = { mediatorId: w.profiles.staphorst.id, wakeUpId };
    pathParams['/mediators/{mediatorId}/upkeep-entries/{entryId}'] = {
      entryId: await made(a.coordinator, `${mediatorUrl}/upkeep-entries`, { type: 'education', occurredOn: '2026-03-01', points: 4, educationKind: 'training', description: 'Training' }),
    };
    const covenant = await a.admin.put('/api/v1/pool-settings/covenant-document', { filename: 'convenant.pdf', contentBase64: SAMPLE_PDF.toString('base64') });
    assert.equal(covenant.statusCode, 200, covenant.body);
    params.dayOffId = await made(a.coordinator, '/api/v1/pool-settings/days-off', { date: '2026-12-24', description: 'Kerstavond' });
    params.invitationId = await made(a.admin, '/api/v1/invitations', { ...STAFF_INVITEE, roles: ['contact'], municipalityId: null });
    params.documentId = await made(a.coordinator, `/api/v1/cases/${c.id}/documents`, { kind: 'letter', filename: 'brief.pdf', contentBase64: SAMPLE_PDF.toString('base64') });
    params.sessionId = await made(a.mediatorMeppel, `/api/v1/cases/${c.id}/sessions`, { date: '2026-07-20', start: '10:00', end: '11:30', location: 'Stadhuis Meppel', partyIds: c.parties.map((p) => p.id) });
    const externalAssignmentId = await engageExternalMediator(t.handle.db, { poolId: w.pool.id, caseId: c.id, createdBy: w.users.coordinator.id, name: STAFF_EXTERNAL });
    await made(a.coordinator, `/api/v1/cases/${c.id}/external-costs`, { externalAssignmentId, minutes: 120, declaredOn: '2026-07-10' });
    const feed = await a.mediatorMeppel.post('/api/v1/me/calendar-feed');
    assert.equal(feed.statusCode, 201, feed.body);
    pathParams['/calendar-feeds/{token}/sessions.ics'] = { token: String((feed.json() as { url: string }).url.split('/').at(-2)) };
    params.listId = (await t.handle.db.insertInto('destruction_list').values({ pool_id: w.pool.id, month: '2026-12', proposed_label: 'Maandelijkse taak' }).returning('id').executeTakeFirstOrThrow()).id;
    // A party of the world's case, exported as a data subject (AVG art. 15).
    const partyId = (await t.handle.db.selectFrom('case_party').select('id').where('case_id', '=', c.id).orderBy('position').executeTakeFirstOrThrow()).id;
    pathParams['/data-subjects/{kind}/{personId}/export'] = { kind: 'party', personId: partyId };
    pathParams['/data-subjects/{kind}/{personId}/export.pdf'] = { kind: 'party', personId: partyId };
    // A case in matching with a proposal the mediator accepted: a party's consent link exists.
    const open = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, status: 'matching', partyEmail: 'sanne@example.org' });
    params.proposalId = await made(a.coordinator, `/api/v1/cases/${open.id}/proposals`, { mediatorId: w.profiles.idle.id });
    const accepted = await a.mediatorIdle.post(`/api/v1/proposals/${params.proposalId}/accept`, declaration());
    assert.equal(accepted.statusCode, 200, accepted.body);
    pathParams['/satisfaction/{token}'] = { token: 'onbekende-link-0000000000000000' };
    // A self-referral through the public front door, for its status link (status only, issue 15 item 4).
    const selfReferral = await t.app.inject({
      method: 'POST',
      url: '/api/v1/front-door/self-referrals',
      payload: { municipalityCode: w.meppel.code, askerRole: 'employee', conflictWith: 'employer_or_colleague', name: 'Zelf Aanmelder', email: 'zelf@example.org', description: 'Conflict op het werk.', privacyAcknowledged: true, prefersIndependentMediator: false },
    });
    assert.equal(selfReferral.statusCode, 201, selfReferral.body);
    pathParams['/front-door/status/{token}'] = { token: String((selfReferral.json() as { statusPath: string }).statusPath.split('/').at(-1)) };
    // The public directory's pool page and its open data (issue 15, item 3): no personal data, walked all the same.
    for (const p of ['/directory/pools/{poolId}', '/directory/pools/{poolId}/open-data.json', '/directory/pools/{poolId}/open-data.csv']) pathParams[p] = { poolId: w.pool.id };
    pathParams['/consents/{token}'] = { token: await consentTokenFromMail(t.handle.db, 'sanne@example.org') };
    pathParams['/processing-activities/{code}'] = { code: 'zaakbehandeling' };
    // An article and a thread of the community (issue 16, items 4 and 5).
    params.articleId = await made(a.coordinator, '/api/v1/knowledge-base/articles', { kind: 'article', title: 'Artikel', bodyMarkdown: 'Over bemiddeling.' });
    pathParams['/knowledge-base/articles/{articleId}/versions/{version}'] = { articleId: params.articleId, version: '1' };
    // The article's document, one version (migration 0026).
    const documentUpload = await a.coordinator.post(`/api/v1/knowledge-base/articles/${params.articleId}/document/versions`, { filename: 'model.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
    assert.equal(documentUpload.statusCode, 201, documentUpload.body);
    pathParams['/knowledge-base/articles/{articleId}/document/versions/{version}/content'] = { articleId: params.articleId, version: '1' };
    // A loan of a partner pool's mediator for the case (lending between pools, issue 15).
    const lending = await createLendingPool(t.handle.db, w.pool.id);
    params.loanId = (
      await t.handle.db
        .insertInto('mediator_loan')
        .values({ pool_id: w.pool.id, lender_pool_id: lending.pool.id, agreement_id: lending.agreement.id, case_id: c.id, mediator_user_id: lending.lent.user.id, lender_profile_id: lending.lent.profile.id, requested_by: w.users.coordinator.id })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    params.threadId = await made(a.coordinator, '/api/v1/case-discussion/threads', { title: 'Draad', body: 'Een vraag over de aanpak.' });
    // A past training the Meppel mediator attended: the event page and the certificate are walked (issue 16, item 3).
    const eventStart = new Date(Date.now() - 7 * 24 * 3600_000);
    params.eventId = await made(a.coordinator, '/api/v1/events', { kind: 'training', title: 'Training', startsAt: eventStart.toISOString(), endsAt: new Date(eventStart.getTime() + 3600_000).toISOString(), location: 'Meppel', capacity: 5, points: 2 });
    params.registrationId = (await t.handle.db.insertInto('event_registration').values({ pool_id: w.pool.id, event_id: params.eventId, user_id: w.users.mediatorMeppel.id, status: 'registered', attended: true }).returning('id').executeTakeFirstOrThrow()).id;
    // An intervision group of four with Mark Meppel as facilitator, and a first-session date poll on the world's case with a party's personal link (issue 16, items 1 and 2).
    const fourth = await createMediator(t.handle.db, w.pool.id, { municipalityId: w.staphorst.id, name: 'Vera Vierde' });
    params.groupId = await made(a.coordinator, '/api/v1/intervision-groups', {
      name: 'Intervisie Noord',
      facilitatorId: w.profiles.meppel.id,
      memberIds: [w.profiles.meppel.id, w.profiles.staphorst.id, w.profiles.idle.id, fourth.profile.id],
      meetingsPerYear: 4,
    });
    const pollDay = new Date(Date.now() + 10 * 24 * 3600_000).toISOString().slice(0, 10);
    params.pollId = await made(a.mediatorMeppel, `/api/v1/cases/${c.id}/first-session-polls`, { location: 'Stadhuis Meppel', slots: [{ date: pollDay, start: '10:00', end: '11:30' }] });
    const pollInvite = await t.handle.db.selectFrom('mail_outbox').select('body_text').where('pool_id', '=', w.pool.id).where('kind', '=', 'poll-invite').executeTakeFirstOrThrow();
    pathParams['/poll-links/{token}'] = { token: /\/datumprikker\/([A-Za-z0-9_-]+)/.exec(pollInvite.body_text ?? '')![1]! };
    // A sign-in service of the pool (its configuration is the administrator's; the way out to it answers a redirect).
    params.providerId = await made(a.admin, '/api/v1/sso-providers', { label: 'Gemeente Meppel', issuer: 'https://login.meppel.example', clientId: 'mediatorpool', clientSecret: 'sso-client-secret-0123456789abcdef' });
    // The world's administrator also administers the installation (ADR 0022): the platform's pools are walked.
    await t.handle.db.updateTable('app_user').set({ platform_admin: true }).where('id', '=', w.users.admin.id).execute();

    const people: [HoursWho | null, { name: string; email: string }][] = [
      ['coordinator', w.users.coordinator],
      ['contactMeppel', w.users.contactMeppel],
      ['mediatorMeppel', w.users.mediatorMeppel],
      ['mediatorStaphorst', w.users.mediatorStaphorst],
      ['mediatorIdle', w.users.mediatorIdle],
      ['finance', w.users.finance],
      [null, STAFF_INVITEE],
    ];
    for (const [owner, p] of people) staff.push({ marker: p.name, owner }, { marker: p.email, owner });
    staff.push({ marker: STAFF_RELATION, owner: null }, { marker: STAFF_EXTERNAL, owner: null });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    basePath = new URL(doc.servers[0].url).pathname;
    ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method} ${path}`, path, op })),
    );
  });
  after(() => t.close());

  const urlOf = (path: string): string | null => {
    let missing = false;
    const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => pathParams[path]?.[name] ?? params[name] ?? ((missing = true), ''));
    return missing ? null : `${basePath}${filled}${QUERY[path] ?? ''}`;
  };

  test('the OpenAPI document declares x-personal-data, with a purpose, on every named read', () => {
    const declared = new Map(ops.filter((o) => o.op['x-personal-data']).map((o) => [o.key, o.op['x-personal-data']]));
    const undeclared = NAMED.filter((k) => !declared.has(k));
    assert.deepEqual(undeclared, [], 'these reads return personal data but do not declare x-personal-data');
  });

  test('every declared read, called with real data by a role that may read it, writes a read audit row with actor, object and purpose', async () => {
    const declared = ops.filter((o) => o.key.startsWith('get ') && o.op['x-personal-data']);
    assert.ok(declared.length >= NAMED.length);
    const problems: string[] = [];
    for (const { key, path, op } of declared) {
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      const url = urlOf(path);
      if (!url) continue; // an object this world has none of; the safety net below still walks it
      let served = false;
      for (const who of tryAs) {
        const res = await a[who].get(url);
        if (res.statusCode !== 200) continue;
        served = true;
        const rows = await t.handle.db
          .selectFrom('audit_event')
          .select(['actor_user_id', 'actor_label', 'object_type', 'object_id', 'purpose', 'at'])
          .where('request_id', '=', String(res.headers['x-request-id']))
          .where('purpose', 'is not', null)
          .execute();
        const row = rows[0];
        if (!row && OWN_READS.some(([prefix, owner]) => path.startsWith(prefix) && owner === who)) continue;
        if (!row) problems.push(`${key} as ${who}: no read audit row`);
        else if (!(row.actor_user_id || (isPublic && row.actor_label)) || !row.object_type || !row.object_id || !row.purpose) problems.push(`${key} as ${who}: incomplete row ${JSON.stringify(row)}`);
        // A public link's reader is its addressee (a party), not whoever happens to be signed in.
        else if (isPublic) assert.equal(row.actor_user_id, null, `${key}: a link's read names the link's addressee`);
        else assert.equal(row.actor_user_id, w.users[who as keyof HoursWorld['users']].id, `${key}: the row names who read`);
      }
      if (!served && !NOT_IN_WORLD.has(key)) problems.push(`${key}: no role could read it in this world`);
    }
    assert.deepEqual(problems, []);
  });

  test('the walk reaches every GET operation with real identifiers of its world: each answers 200 to some role', async () => {
    const unreached: string[] = [];
    for (const { key, path } of ops) {
      if (!key.startsWith('get ')) continue;
      const url = urlOf(path);
      if (!url) {
        unreached.push(`${key}: no identifier for its path`);
        continue;
      }
      let served = false;
      for (const who of tryAs) if ((await a[who].get(url)).statusCode === 200) served = true;
      if (!served && !NOT_IN_WORLD.has(key) && !UNREACHED.has(key)) unreached.push(`${key}: no role got 200`);
    }
    assert.deepEqual(unreached, []);
  });

  test('safety net: no undeclared GET answers with a seeded party’s or staff member’s name or address', async () => {
    const leaks: string[] = [];
    for (const { key, path, op } of ops) {
      if (!key.startsWith('get ') || op['x-personal-data']) continue;
      const url = urlOf(path);
      if (!url) continue;
      for (const who of tryAs) {
        const res = await a[who].get(url);
        if (res.statusCode !== 200) continue;
        const reader = OWN_DATA_OF[path] ?? who;
        const seen = [...PARTY_MARKERS, ...staff.filter((m) => m.owner !== reader).map((m) => m.marker)].filter((m) => res.body.includes(m));
        if (seen.length > 0) leaks.push(`${key} as ${who}: ${seen.join(', ')}`);
      }
    }
    assert.deepEqual(leaks, [], 'these routes return personal data without declaring x-personal-data');
  });
});
