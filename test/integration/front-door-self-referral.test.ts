import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createMunicipality, createPool, createUser } from '../helpers/factories.js';
import type { Database } from '../../src/server/db/database.js';

/**
 * The public front door (issue 15, item 4): a resident of a member municipality self-refers into
 * the right pool's intake and follows it by a status link; a resident who reports threats gets
 * advice and leaves no personal data; bad input changes nothing and reveals nothing.
 */
let nextAddress = 1;
const address = () => `10.1.0.${nextAddress++}`;

async function tableDigests(db: Database): Promise<Map<string, string>> {
  const { rows } = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const out = new Map<string, string>();
  for (const { name } of rows) {
    const r = await sql<{ n: number; d: string | null }>`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM ${sql.table(name)} t`.execute(db);
    out.set(name, `${r.rows[0]!.n}:${r.rows[0]!.d ?? ''}`);
  }
  return out;
}

for (const engine of testEngines()) {
  describe(`the public front door (${engine})`, () => {
    let t: TestApp;
    let meppelPool: { id: string };
    let otherPool: { id: string };
    let coordinator: Agent;
    let otherCoordinator: Agent;

    before(async () => {
      t = await createTestApp(engine);
      const db = t.handle.db;
      meppelPool = await createPool(db, { name: 'Mediatorpool Meppel en omstreken' });
      otherPool = await createPool(db, { name: 'Regionaal Mediatorsnetwerk' });
      const meppel = await createMunicipality(db, meppelPool.id, { code: 'GM0119', name: 'Meppel' });
      await createMunicipality(db, meppelPool.id, { code: 'GM1896', name: 'Zwartewaterland' });
      await createMunicipality(db, otherPool.id, { code: 'GM0355', name: 'Zeist' });
      const c = await createUser(db, meppelPool.id, { roles: ['coordinator'], municipalityId: meppel.id, email: 'coordinator@meppel.test' });
      const o = await createUser(db, otherPool.id, { roles: ['coordinator'], email: 'coordinator@rmn.test' });
      coordinator = await new Agent(t.app).login(c.email, c.password);
      otherCoordinator = await new Agent(t.app).login(o.email, o.password);
    });
    after(() => t.close());

    const post = (url: string, payload: object, ip = address()) => t.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
    const get = (url: string, ip = address()) => t.app.inject({ method: 'GET', url, remoteAddress: ip });
    const permitAdvice = { askerRole: 'resident', conflictWith: 'municipality_government', tried: ['contact_with_department'], contraIndications: [], municipalityCode: 'GM1896', aboutDecision: true, decisionDate: '2026-11-02' };
    const referral = (over: object = {}) => ({
      municipalityCode: 'GM1896',
      askerRole: 'resident',
      conflictWith: 'municipality_government',
      name: 'Jan de Vries',
      email: 'jan@example.test',
      phone: null,
      description: 'Mijn vergunning voor een dakkapel is geweigerd; ik wil graag in gesprek.',
      privacyAcknowledged: true,
      prefersIndependentMediator: true,
      decisionDate: '2026-11-02',
      ...over,
    });

    test('a resident of Zwartewaterland with a permit conflict: the advice names the Meppel pool, with the Awb dates', async () => {
      const res = await post('/api/v1/front-door/advice', permitAdvice);
      assert.equal(res.statusCode, 200, res.body);
      const a = res.json();
      assert.equal(a.route, 'pool_mediation');
      assert.equal(a.selfReferral, true);
      assert.equal(a.poolName, 'Mediatorpool Meppel en omstreken');
      assert.equal(a.municipality.name, 'Zwartewaterland');
      assert.equal(a.objection.lastDayToObject, '2026-12-14');
      assert.ok(a.alternatives.includes('independent_mediator'));
    });

    test('the self-referral lands in the Meppel intake as a self-referral; the status link shows "ontvangen"', async () => {
      const res = await post('/api/v1/front-door/self-referrals', referral());
      assert.equal(res.statusCode, 201, res.body);
      const { statusPath, mailed } = res.json();
      assert.equal(mailed, true);
      const token = /\/voorportaal\/status\/([A-Za-z0-9_-]+)$/.exec(statusPath)![1]!;

      const list = (await coordinator.get('/api/v1/cases?status=registered')).json();
      const c = list.items.find((x: { title: string }) => x.title === 'Zelfaanmelding via het voorportaal');
      assert.ok(c, 'the self-referral is in the Meppel intake');
      assert.equal(c.requestingMunicipality.name, 'Zwartewaterland');
      assert.equal(c.caseType, 'citizen_government');
      const detail = (await coordinator.get(`/api/v1/cases/${c.id}`)).json();
      assert.equal(detail.confidential.referralSource, 'self_referral');
      assert.equal(detail.confidential.referrer, null);
      assert.equal(detail.confidential.wantsExternalMediator, true);
      assert.equal(detail.confidential.parties[0].name, 'Jan de Vries');

      const work = (await coordinator.get('/api/v1/me/work')).json();
      const triage = JSON.stringify(work);
      assert.ok(triage.includes(c.number), 'on the coordinator\'s start page among the referrals to triage');

      const other = (await otherCoordinator.get('/api/v1/cases')).json();
      assert.equal(other.items.length, 0, 'not in the other pool');
      assert.equal((await otherCoordinator.get(`/api/v1/cases/${c.id}`)).statusCode, 404);

      const status = await get(`/api/v1/front-door/status/${token}`);
      assert.equal(status.statusCode, 200, status.body);
      assert.deepEqual(status.json(), { status: 'received' });

      const mail = await t.handle.db.selectFrom('mail_outbox').select(['body_text', 'subject']).where('kind', '=', 'front-door-confirmation').where('to_address', '=', 'jan@example.test').executeTakeFirstOrThrow();
      assert.ok(mail.body_text.includes(`/voorportaal/status/${token}`));
      const coordinatorMail = await t.handle.db.selectFrom('mail_outbox').select('body_text').where('kind', '=', 'case-referred').where('to_address', '=', 'coordinator@meppel.test').executeTakeFirst();
      assert.ok(coordinatorMail, 'the coordinator hears of the new referral');
      assert.ok(!coordinatorMail.body_text.includes('dakkapel'), 'without the confidential description');
      const links = await t.handle.db.selectFrom('front_door_status_link').select('token_hash').execute();
      assert.ok(links.every((l) => l.token_hash !== token), 'only the hash is kept');
    });

    test('an altered or unknown status link answers the same 404 as any unknown link', async () => {
      const res = await post('/api/v1/front-door/self-referrals', referral({ email: null, phone: '06-12345678' }));
      assert.equal(res.statusCode, 201, res.body);
      const token = res.json().statusPath.split('/').pop() as string;
      const flip = (ch: string) => (ch === 'A' ? 'B' : 'A');
      const altered = token.slice(0, 10) + flip(token[10]!) + token.slice(11);
      const a = await get(`/api/v1/front-door/status/${altered}`);
      const u = await get(`/api/v1/front-door/status/${'x'.repeat(43)}`);
      const s = await get('/api/v1/front-door/status/x');
      assert.equal(a.statusCode, 404);
      for (const r of [u, s]) {
        assert.equal(r.statusCode, 404);
        assert.equal(r.json().detail, a.json().detail);
        assert.equal(r.json().type, a.json().type);
      }
    });

    test('a resident who reports threats gets the police / Veilig Thuis advice and the database holds no personal data', async () => {
      const before = await tableDigests(t.handle.db);
      const ip = address();
      assert.equal((await get('/api/v1/front-door/municipalities', ip)).statusCode, 200);
      const res = await post('/api/v1/front-door/advice', { askerRole: 'resident', conflictWith: 'neighbour', tried: ['talked_together'], contraIndications: ['violence_or_threats'], municipalityCode: 'GM1896' }, ip);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().route, 'police_or_veilig_thuis');
      assert.equal(res.json().selfReferral, false);
      assert.ok(res.json().alternatives.includes('independent_mediator'));
      const after = await tableDigests(t.handle.db);
      const changed = [...after].filter(([name, d]) => before.get(name) !== d).map(([name]) => name);
      assert.deepEqual(changed, ['front_door_route_count'], 'only the anonymous counter changed');
      const counts = await t.handle.db.selectFrom('front_door_route_count').selectAll().where('route', '=', 'police_or_veilig_thuis').execute();
      assert.equal(counts.length, 1);
      assert.match(counts[0]!.month, /^\d{4}-\d{2}-01$/);
      assert.deepEqual(Object.keys(counts[0]!).sort(), ['count', 'month', 'municipality_code', 'pool_id', 'route']);
    });

    test('the coordinator\'s report counts routes per month for the pool, small numbers withheld; others 403 or 401', async () => {
      for (let i = 0; i < 5; i++) await post('/api/v1/front-door/advice', { ...permitAdvice, decisionDate: null, aboutDecision: false });
      const res = await coordinator.get('/api/v1/front-door/report');
      assert.equal(res.statusCode, 200, res.body);
      const rows = res.json().rows as { month: string; route: string; count: number | null }[];
      const pool = rows.find((r) => r.route === 'pool_mediation');
      assert.ok(pool && pool.count !== null && pool.count >= 5);
      assert.equal(rows.find((r) => r.route === 'police_or_veilig_thuis')?.count, null, 'one advice: withheld');
      const other = (await otherCoordinator.get('/api/v1/front-door/report')).json();
      assert.equal(other.rows.length, 0, "the other pool sees none of Meppel's counts");
      assert.equal((await get('/api/v1/front-door/report')).statusCode, 401);
    });
  });

  describe(`the front door refuses bad input (${engine})`, () => {
    let t: TestApp;
    let coordinator: Agent;
    before(async () => {
      t = await createTestApp(engine);
      const pool = await createPool(t.handle.db);
      const m = await createMunicipality(t.handle.db, pool.id, { code: 'GM1896', name: 'Zwartewaterland' });
      const c = await createUser(t.handle.db, pool.id, { roles: ['coordinator'], municipalityId: m.id });
      coordinator = await new Agent(t.app).login(c.email, c.password);
    });
    after(() => t.close());

    const body = (over: object = {}) => ({
      municipalityCode: 'GM1896',
      askerRole: 'employee',
      conflictWith: 'employer_or_colleague',
      name: 'Els Smit',
      email: 'els@example.test',
      description: 'Conflict met mijn leidinggevende.',
      privacyAcknowledged: true,
      prefersIndependentMediator: false,
      ...over,
    });
    const submit = (payload: object, ip: string) => t.app.inject({ method: 'POST', url: '/api/v1/front-door/self-referrals', payload, remoteAddress: ip });
    const caseCount = async () => (await t.handle.db.selectFrom('mediation_case').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

    test('a script in the text is stored as text, exactly as typed', async () => {
      const script = '<script>alert("x")</script> en <img src=x onerror=alert(1)>';
      const res = await submit(body({ name: script, description: script }), '10.2.0.1');
      assert.equal(res.statusCode, 201, res.body);
      const party = await t.handle.db.selectFrom('case_party').select('name').orderBy('id').execute();
      assert.ok(party.some((p) => p.name === script));
      const c = (await coordinator.get('/api/v1/cases?status=registered')).json().items[0];
      const detail = (await coordinator.get(`/api/v1/cases/${c.id}`)).json();
      assert.equal(detail.confidential.description, script);
    });

    test('10,000 characters are refused with the field named; nothing stored', async () => {
      const n = await caseCount();
      const res = await submit(body({ description: 'a'.repeat(10_000) }), '10.2.0.2');
      assert.equal(res.statusCode, 400);
      assert.ok(res.json().invalidParams.some((p: { name: string }) => p.name.includes('description')), res.body);
      assert.equal(await caseCount(), n);
    });

    test('no contact and no privacy acknowledgement: clear errors, nothing stored', async () => {
      const n = await caseCount();
      const res = await submit(body({ email: '', phone: null, privacyAcknowledged: false }), '10.2.0.3');
      assert.equal(res.statusCode, 400);
      const names = res.json().invalidParams.map((p: { name: string }) => p.name);
      assert.deepEqual(names, ['email', 'privacyAcknowledged']);
      assert.equal(await caseCount(), n);
      const none = await submit(body({ municipalityCode: 'GM0355' }), '10.2.0.3');
      assert.equal(none.statusCode, 400);
      assert.equal(none.json().invalidParams[0].code, 'no-pool-for-municipality');
      assert.equal(await caseCount(), n);
    });

    test('a filled honeypot answers like a success and stores nothing', async () => {
      const n = await caseCount();
      const mails = await t.handle.db.selectFrom('mail_outbox').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const res = await submit(body({ website: 'http://spam.example' }), '10.2.0.4');
      assert.equal(res.statusCode, 201);
      assert.match(res.json().statusPath, /^\/voorportaal\/status\/[A-Za-z0-9_-]{43}$/);
      assert.equal(await caseCount(), n);
      assert.equal((await t.handle.db.selectFrom('mail_outbox').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n, mails.n);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/front-door${res.json().statusPath.replace('/voorportaal', '')}`, remoteAddress: '10.2.0.4' })).statusCode, 404);
    });

    test('50 posts a minute from one address: the first few pass, the rest 429 with Retry-After and nothing stored', async () => {
      const n = await caseCount();
      const codes: number[] = [];
      for (let i = 0; i < 50; i++) codes.push((await submit(body({ name: `Flood ${i}` }), '10.2.0.50')).statusCode);
      const passed = codes.filter((c) => c === 201).length;
      assert.equal(passed, 5);
      assert.equal(codes.filter((c) => c === 429).length, 45);
      assert.equal(await caseCount(), n + 5);
      const refused = await submit(body(), '10.2.0.50');
      assert.equal(refused.statusCode, 429);
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.equal((await submit(body(), '10.2.0.51')).statusCode, 201, 'another address is not held back');
    });

    test('status links are limited per address too', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 35; i++) codes.push((await t.app.inject({ method: 'GET', url: `/api/v1/front-door/status/${'y'.repeat(43)}`, remoteAddress: '10.2.0.60' })).statusCode);
      assert.equal(codes.filter((c) => c === 404).length, 30);
      assert.equal(codes.filter((c) => c === 429).length, 5);
    });
  });
}
