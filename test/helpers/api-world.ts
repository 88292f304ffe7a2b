import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Agent, TestApp } from './test-app.js';
import { caseWithMediator, createHoursWorld, engageExternalMediator, hoursAgents, hoursBody, logAndApprove, type HoursWho, type HoursWorld } from './hours-factories.js';
import { consentTokenFromMail, declaration } from './matching-factories.js';
import { createMediator, SAMPLE_PDF } from './registry-factories.js';
import { createUser } from './factories.js';
import { createLendingPool } from './lending-factories.js';

/**
 * A pool with one of every object the API serves, made through the API where it can be, so that
 * walks over every operation of the OpenAPI document can call each path with real identifiers:
 * the role matrix, the personal-data audit walk, the cross-pool walk.
 *
 * `params` fills a path parameter by its name; `pathParams` overrides it for one path where the
 * same name means another object (the wake-ups of a dormant mediator, an upkeep entry).
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  formatMinimum?: string;
}

export interface ApiOperation {
  method: string;
  path: string;
  /** `get /cases/{caseId}` */
  key: string;
  op: {
    security?: unknown[];
    'x-personal-data'?: string;
    parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
    requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  };
}

/** Every operation of the app's OpenAPI document, in the document's order, and the API's base path. */
export async function apiOperations(t: TestApp): Promise<{ basePath: string; ops: ApiOperation[] }> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  const basePath = new URL(doc.servers[0].url).pathname;
  const ops = Object.entries(doc.paths as Record<string, Record<string, ApiOperation['op']>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, key: `${method} ${path}`, op })),
  );
  return { basePath, ops };
}

export const isPublicOperation = (o: ApiOperation) => Array.isArray(o.op.security) && o.op.security.length === 0;

/** Required query parameters, with values that find the world's data. */
export const WORLD_QUERY: Record<string, string> = {
  '/me/hours': '?month=2026-07',
  '/hours/totals': '?from=2026-07-01&to=2026-09-30',
  '/external-costs': '?from=2026-07-01&to=2026-09-30',
  '/reports/case-register': '',
  '/reports/export': '?format=csv&table=mediators',
  '/reports/benchmark': '?year=2026',
  '/reports/annual': '?year=2026',
  '/data-subjects': '?q=Meppel',
  '/directory/search': '?municipality=Zeist',
};

/** A staff member's invitation, a mediator's relation and an external mediator: names no undeclared read may show. */
export const STAFF_INVITEE = { name: 'Pieter Uitgenodigd', email: 'pieter.uitgenodigd@gemeente.test' };
export const STAFF_RELATION = 'Rita Relatie';
export const STAFF_EXTERNAL = 'mr. E. Extern';

export interface ApiWorld {
  w: HoursWorld;
  a: Record<HoursWho, Agent>;
  /** The case in progress with Mark Meppel (mediatorMeppel) on it. */
  caseId: string;
  /** A case in matching with a proposal Ingrid Idle accepted; a party's consent link is out. */
  openCaseId: string;
  params: Record<string, string>;
  pathParams: Record<string, Record<string, string>>;
}

/**
 * The worked example's pool (createHoursWorld) with the second factor off, and every object of the
 * API in it. The world's administrator is not a platform administrator.
 */
export async function buildApiWorld(t: TestApp): Promise<ApiWorld> {
  const w = await createHoursWorld(t.handle.db);
  await sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);
  const a = await hoursAgents(t.app, w);
  const params: Record<string, string> = {};
  const pathParams: Record<string, Record<string, string>> = {};

  const c = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, mediatorProfileId: w.profiles.meppel.id });
  params.caseId = c.id;
  params.partyId = c.parties[0]!.id;
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
  params.wakeUpId = wakeUpId;
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
  params.externalAssignmentId = externalAssignmentId;
  params.declarationId = await made(a.coordinator, `/api/v1/cases/${c.id}/external-costs`, { externalAssignmentId, minutes: 120, declaredOn: '2026-07-10' });
  pathParams['/external-costs/{id}'] = { id: params.declarationId };
  params.poolId = w.pool.id;
  const feed = await a.mediatorMeppel.post('/api/v1/me/calendar-feed');
  assert.equal(feed.statusCode, 201, feed.body);
  pathParams['/calendar-feeds/{token}/sessions.ics'] = { token: String((feed.json() as { url: string }).url.split('/').at(-2)) };
  params.listId = (await t.handle.db.insertInto('destruction_list').values({ pool_id: w.pool.id, month: '2026-12', proposed_label: 'Maandelijkse taak' }).returning('id').executeTakeFirstOrThrow()).id;
  // A party of the world's case, exported as a data subject (AVG art. 15).
  pathParams['/data-subjects/{kind}/{personId}/export'] = { kind: 'party', personId: params.partyId };
  pathParams['/data-subjects/{kind}/{personId}/export.pdf'] = { kind: 'party', personId: params.partyId };
  // A case in matching with a proposal the mediator accepted: a party's consent link exists.
  const open = await caseWithMediator(t.app, t.handle.db, a.coordinator, { poolId: w.pool.id, municipalityId: w.meppel.id, status: 'matching', partyEmail: 'sanne@example.org' });
  params.proposalId = await made(a.coordinator, `/api/v1/cases/${open.id}/proposals`, { mediatorId: w.profiles.idle.id });
  const accepted = await a.mediatorIdle.post(`/api/v1/proposals/${params.proposalId}/accept`, declaration());
  assert.equal(accepted.statusCode, 200, accepted.body);
  params.mailId = (await t.handle.db.selectFrom('mail_outbox').select('id').where('pool_id', '=', w.pool.id).orderBy('created_at').orderBy('id').executeTakeFirstOrThrow()).id;
  params.id = params.mailId;
  pathParams['/satisfaction/{token}'] = { token: 'onbekende-link-0000000000000000' };
  pathParams['/consents/{token}'] = { token: await consentTokenFromMail(t.handle.db, 'sanne@example.org') };
  pathParams['/processing-activities/{code}'] = { code: 'zaakbehandeling' };
  // An article and a thread of the community (issue 16, items 4 and 5).
  params.articleId = await made(a.coordinator, '/api/v1/knowledge-base/articles', { kind: 'article', title: 'Artikel', bodyMarkdown: 'Over bemiddeling.' });
  pathParams['/knowledge-base/articles/{articleId}/versions/{version}'] = { articleId: params.articleId, version: '1' };
  // The article's document, one version (migration 0026).
  const documentUpload = await a.coordinator.post(`/api/v1/knowledge-base/articles/${params.articleId}/document/versions`, { filename: 'model.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
  assert.equal(documentUpload.statusCode, 201, documentUpload.body);
  pathParams['/knowledge-base/articles/{articleId}/document/versions/{version}/content'] = { articleId: params.articleId, version: '1' };
  params.threadId = await made(a.coordinator, '/api/v1/case-discussion/threads', { title: 'Draad', body: 'Een vraag over de aanpak.' });
  params.postId = (await t.handle.db.selectFrom('case_discussion_post').select('id').where('thread_id', '=', params.threadId).executeTakeFirstOrThrow()).id;
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
  // Lending (issue 15): a partner pool with a confirmed agreement, and a loan of its mediator asked for the case.
  const lending = await createLendingPool(t.handle.db, w.pool.id);
  params.agreementId = lending.agreement.id;
  params.loanId = (
    await t.handle.db
      .insertInto('mediator_loan')
      .values({ pool_id: w.pool.id, lender_pool_id: lending.pool.id, agreement_id: lending.agreement.id, case_id: c.id, mediator_user_id: lending.lent.user.id, lender_profile_id: lending.lent.profile.id, requested_by: w.users.coordinator.id })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  // An initiative of the public directory: the installation's, changed by the platform administrator only.
  params.initiativeId = (await t.handle.db.insertInto('directory_initiative').values({ name: 'Buurtbemiddeling Meppel', kind: 'neighbourhood_mediation', url: 'https://voorbeeld.nl/buurtbemiddeling' }).returning('id').executeTakeFirstOrThrow()).id;
  // A self-referral through the public front door, with its personal status link.
  const selfReferral = await t.app.inject({
    method: 'POST',
    url: '/api/v1/front-door/self-referrals',
    payload: { municipalityCode: w.meppel.code, askerRole: 'employee', conflictWith: 'employer_or_colleague', name: 'Zelf Aanmelder', email: 'zelf@example.org', description: 'Conflict op het werk.', privacyAcknowledged: true, prefersIndependentMediator: false },
  });
  assert.equal(selfReferral.statusCode, 201, selfReferral.body);
  pathParams['/front-door/status/{token}'] = { token: String((selfReferral.json() as { statusPath: string }).statusPath.split('/').at(-1)) };
  return { w, a, caseId: c.id, openCaseId: open.id, params, pathParams };
}

/** An account with no role in any pool's work that administers the installation (ADR 0022). */
export async function createPlatformAdmin(t: TestApp, poolId: string) {
  const u = await createUser(t.handle.db, poolId, { roles: [], name: 'Petra Platform' });
  await t.handle.db.updateTable('app_user').set({ platform_admin: true }).where('id', '=', u.id).execute();
  return u;
}

const UNKNOWN = '11111111-1111-4111-8111-111111111111';

/**
 * The address of `path` with the world's identifiers (an unknown id where it has none) and its
 * required query: the world's own (WORLD_QUERY) or, given the operation, values its schema accepts.
 */
export function worldUrl(world: Pick<ApiWorld, 'params' | 'pathParams'>, basePath: string, path: string, o?: ApiOperation): string {
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => world.pathParams[path]?.[name] ?? world.params[name] ?? UNKNOWN);
  let query = WORLD_QUERY[path];
  if (query === undefined && o) {
    const required = (o.op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
    query = required.length ? `?${required.map((p) => `${p.name}=${encodeURIComponent(String(world.params[p.name] ?? sampleValue(world.params, p.schema, p.name) ?? ''))}`).join('&')}` : '';
  }
  return `${basePath}${filled}${query ?? ''}`;
}

/** Strings tried, in order, against a schema's pattern: the first that matches is the sample. */
const PATTERN_SAMPLES = ['10:00', 'nl', '2026-K3', '2026-07', 'GM0119', 'https://voorbeeld.nl/pagina', '123456', 'walk-sample', 'Tekst uit de walk', 'a'];

/** A value the schema accepts; identifiers named like a path parameter are the world's. */
export function sampleValue(params: Record<string, string>, s: JsonSchema | undefined, name = ''): unknown {
  if (!s) return undefined;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sampleValue(params, alt.find((x) => x.type !== 'null') ?? alt[0], name);
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sampleValue(params, v, k);
      return out;
    }
    case 'array': {
      const one = sampleValue(params, s.items, name.replace(/s$/, ''));
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => one);
    }
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, Math.min(s.maximum ?? 60, 60));
    case 'boolean':
      return true;
    case 'string': {
      if (s.format === 'uuid') return params[name] ?? params[`${name}Id`] ?? UNKNOWN;
      // An end comes after its start.
      const isEnd = /^end/i.test(name);
      if (s.format === 'date') return s.formatMinimum && s.formatMinimum > '2026-07-20' ? s.formatMinimum : '2026-07-20';
      if (s.format === 'date-time') return isEnd ? '2026-07-20T12:00:00.000Z' : '2026-07-20T10:00:00.000Z';
      if (s.format === 'email') return 'iemand@gemeente.test';
      if (s.format === 'uri' || /^(url|issuer|link)$/i.test(name)) return 'https://voorbeeld.nl/pagina';
      if (/base64/i.test(name)) return SAMPLE_PDF.toString('base64');
      if (s.pattern) {
        const re = new RegExp(s.pattern);
        return [...(isEnd ? ['11:30'] : []), ...PATTERN_SAMPLES].find((x) => re.test(x));
      }
      if (name === 'period') return '2026-K3';
      const text = 'Tekst uit de walk';
      return text.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? text.length);
    }
    default:
      return undefined;
  }
}

/** Bodies for operations whose schema alone does not describe a body the rules accept (a link to a case's number, an https issuer). */
const WORLD_BODY: Record<string, unknown> = {
  'post /case-discussion/threads': { title: 'Vraag uit de walk', body: 'Hoe pakken jullie een eerste gesprek aan?' },
  'post /sso-providers': { label: 'Gemeente Staphorst', issuer: 'https://login.staphorst.example', clientId: 'mediatorpool', clientSecret: 'sso-client-secret-walk-0123456789' },
  'patch /sso-providers/{providerId}': { label: 'Gemeente Meppel (aangepast)' },
};

/** The JSON body an operation's schema accepts (undefined for reads and deletions). */
export function sampleBody(params: Record<string, string>, o: ApiOperation): unknown {
  if (o.method === 'get' || o.method === 'delete') return undefined;
  if (o.key in WORLD_BODY) return WORLD_BODY[o.key];
  return sampleValue(params, o.op.requestBody?.content?.['application/json']?.schema) ?? {};
}
