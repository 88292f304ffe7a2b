import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';
import { readCsv } from '../../src/domain/registry/csv.js';
import { lastYear } from '../../src/server/modules/directory/queries/get-pool-page.js';
import { PUBLIC_DIRECTORY_LIMIT } from '../../src/server/modules/directory/public-rate-limit.js';

/**
 * Issue 15, item 3: the public directory. "Which pool serves Zeist?" finds the Regional Mediation
 * Network; its page and open data (JSON and CSV, CC0) parse and follow the small-number rule
 * (4 cases: nothing; 5 cases: the figures); only the platform administrator changes initiatives.
 */
for (const engine of testEngines()) {
  describe(`public directory (${engine})`, () => {
    let t: TestApp;
    let home: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let platform: Agent;
    let rmnId: string;
    const year = lastYear();
    const anon = (url: string) => t.app.inject({ method: 'GET', url });

    /** `n` concluded cases of the pool referred last year, all with full agreement. */
    async function addCases(poolId: string, municipalityId: string, referrerId: string, n: number, from: number) {
      for (let i = 0; i < n; i += 1) {
        const c = await t.handle.db
          .insertInto('mediation_case')
          .values({
            pool_id: poolId,
            number: `MP-${year}-${String(from + i).padStart(4, '0')}`,
            requesting_municipality_id: municipalityId,
            case_type: 'employment',
            title: 'Vertrouwelijke titel Jansen',
            description: 'Vertrouwelijke omschrijving',
            status: 'concluded',
            route: 'formal_mediation',
            referral_source: 'hr',
            referrer_user_id: referrerId,
            referred_on: `${year}-03-03`,
            assigned_on: `${year}-03-05`,
            concluded_on: `${year}-04-01`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await t.handle.db.insertInto('case_outcome').values({ case_id: c.id, pool_id: poolId, outcome: 'full_agreement', written_agreement: true, recorded_by: referrerId }).execute();
      }
    }

    before(async () => {
      t = await createTestApp(engine);
      home = await createPoolWithRoles(t.handle.db);
      await t.handle.db.updateTable('app_user').set({ platform_admin: true }).where('id', '=', home.users.admin.id).execute();
      platform = await new Agent(t.app).login(home.users.admin.email, home.users.admin.password);
      const created = await platform.post('/api/v1/platform/pools', {
        name: 'Regionaal Mediatorsnetwerk',
        municipalityCodes: ['GM0034', 'GM0307', 'GM0310', 'GM0402', 'GM0342', 'GM0344', 'GM0355'],
        firstAdmin: { name: 'Rian Beheer', email: `rian-${engine}@rmn.test` },
      });
      assert.equal(created.statusCode, 201, created.body);
      rmnId = created.json().pool.id;
      await t.handle.db.updateTable('pool_settings').set({ contact_email: 'netwerk@rmn.test', contact_phone: '030 123 4567', require_second_factor: false }).where('pool_id', '=', rmnId).execute();
    });
    after(() => t.close());

    test('without signing in, "Zeist" finds the Regional Mediation Network (by name or code); the list of municipalities is the CBS list', async () => {
      for (const q of ['Zeist', 'zeist', ' ZEIST ', 'GM0355']) {
        const res = await anon(`/api/v1/directory/search?municipality=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json();
        assert.equal(body.municipality.code, 'GM0355');
        assert.deepEqual(body.pools.map((p: { name: string }) => p.name), ['Regionaal Mediatorsnetwerk']);
        const zeist = body.pools[0].municipalities.find((m: { code: string }) => m.code === 'GM0355');
        assert.equal(zeist.name, 'Zeist');
        assert.ok(zeist.lat > 52 && zeist.lon > 5, 'coordinates for the map');
      }
      const none = await anon('/api/v1/directory/search?municipality=Groningen');
      assert.equal(none.statusCode, 200);
      assert.deepEqual(none.json().pools, []);

      const list = await anon('/api/v1/directory/municipalities');
      assert.equal(list.statusCode, 200);
      assert.equal(list.json().items.length, 342);
      const all = await anon('/api/v1/directory');
      assert.equal(all.statusCode, 200);
      assert.ok(all.json().pools.some((p: { id: string }) => p.id === rmnId));
    });

    test('bad input: an unknown municipality, a script, 10,000 characters, an unknown or malformed pool: clear answers, never a 500', async () => {
      const unknown = await anon('/api/v1/directory/search?municipality=Atlantis');
      assert.equal(unknown.statusCode, 400, unknown.body);
      assert.equal(unknown.json().invalidParams[0].name, 'municipality');
      assert.equal(unknown.json().invalidParams[0].code, 'unknown-municipality');
      const script = await anon(`/api/v1/directory/search?municipality=${encodeURIComponent('<script>alert(1)</script>')}`);
      assert.equal(script.statusCode, 400);
      assert.doesNotMatch(script.body, /<script>/);
      const long = await anon(`/api/v1/directory/search?municipality=${'a'.repeat(10_000)}`);
      assert.equal(long.statusCode, 400);
      assert.equal(long.json().invalidParams[0].name, 'municipality');
      assert.equal((await anon('/api/v1/directory/search')).statusCode, 400);
      assert.equal((await anon('/api/v1/directory/pools/00000000-0000-4000-8000-000000000000')).statusCode, 404);
      assert.equal((await anon('/api/v1/directory/pools/00000000-0000-4000-8000-000000000000/open-data.csv')).statusCode, 404);
      assert.equal((await anon('/api/v1/directory/pools/niet-een-id')).statusCode, 400);
    });

    test('the pool page and its open data: 4 cases withhold every figure, 5 show them; JSON and CSV parse, CC0 stated; nothing of cases or people', async () => {
      const sanne = await createUser(t.handle.db, rmnId, { roles: ['coordinator'], name: 'Sanne Visser' });
      const utrecht = await t.handle.db.selectFrom('municipality').select('id').where('code', '=', 'GM0344').executeTakeFirstOrThrow();
      await addCases(rmnId, utrecht.id, sanne.id, 4, 1);

      const page4 = await anon(`/api/v1/directory/pools/${rmnId}`);
      assert.equal(page4.statusCode, 200, page4.body);
      const p4 = page4.json();
      assert.equal(p4.keyFigures.year, year);
      assert.equal(p4.keyFigures.minimumGroup, 5);
      assert.ok(p4.keyFigures.figures.every((f: { value: number | null; withheld: boolean }) => f.value === null && f.withheld), JSON.stringify(p4.keyFigures));
      assert.deepEqual(p4.contact, { email: 'netwerk@rmn.test', phone: '030 123 4567' });

      await addCases(rmnId, utrecht.id, sanne.id, 1, 5);
      const page5 = (await anon(`/api/v1/directory/pools/${rmnId}`)).json();
      const fig = (m: string) => page5.keyFigures.figures.find((f: { measure: string }) => f.measure === m);
      assert.equal(fig('referrals').value, 5);
      assert.equal(fig('concluded').value, 5);
      assert.equal(fig('agreement_rate').value, 100);
      assert.equal(fig('referrals').withheld, false);
      assert.equal(typeof fig('median_to_conclusion').value, 'number');
      for (const secret of ['Sanne Visser', 'Jansen', 'Vertrouwelijk', sanne.email]) assert.ok(!JSON.stringify(page5).includes(secret), secret);

      const json = await anon(`/api/v1/directory/pools/${rmnId}/open-data.json`);
      assert.equal(json.statusCode, 200, json.body);
      assert.match(String(json.headers.link), /creativecommons\.org\/publicdomain\/zero\/1\.0\/>; rel="license"/);
      const data = JSON.parse(json.body);
      assert.equal(data.licence.id, 'CC0-1.0');
      assert.equal(data.pool.name, 'Regionaal Mediatorsnetwerk');
      assert.ok(data.pool.municipalityCodes.includes('GM0355'));
      assert.equal(data.figures.find((f: { measure: string }) => f.measure === 'referrals').value, 5);

      const csv = await anon(`/api/v1/directory/pools/${rmnId}/open-data.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.match(String(csv.headers['content-disposition']), /attachment; filename="kerncijfers-\d{4}\.csv"/);
      assert.match(String(csv.headers.link), /rel="license"/);
      const parsed = readCsv(csv.body, { maxRows: 100, delimiter: ',' });
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.header, ['pool_id', 'pool_name', 'year', 'measure', 'value', 'withheld', 'minimum_group', 'licence']);
      const rows = parsed.rows.map((r) => Object.fromEntries(parsed.header.map((h, i) => [h, r.fields[i]])));
      assert.equal(rows.length, 5);
      assert.ok(rows.every((r) => r.licence === 'CC0-1.0' && r.pool_id === rmnId && r.year === String(year)));
      assert.equal(rows.find((r) => r.measure === 'referrals')!.value, '5');
      assert.equal(rows.find((r) => r.measure === 'agreement_rate')!.value, '100');
    });

    test('initiatives: the platform administrator adds, changes and removes; others 403, anonymous 401; bad input 400 and nothing changed', async () => {
      const body = { name: 'Buurtbemiddeling Zeist', kind: 'neighbourhood_mediation', municipalityCodes: ['GM0355'], region: null, url: 'https://buurtbemiddeling.example/zeist', description: 'Buren helpen buren.' };
      const coordinator = await new Agent(t.app).login(home.users.coordinator.email, home.users.coordinator.password);
      assert.equal((await coordinator.post('/api/v1/platform/initiatives', body)).statusCode, 403);
      assert.equal((await coordinator.get('/api/v1/platform/initiatives')).statusCode, 403);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/platform/initiatives', payload: body })).statusCode, 401);

      for (const [bad, field] of [
        [{ ...body, municipalityCodes: ['GM9998'] }, 'municipalityCodes'],
        [{ ...body, municipalityCodes: [], region: null }, 'municipalityCodes'],
        [{ ...body, name: '   ' }, 'name'],
        [{ ...body, url: 'javascript:alert(1)' }, 'url'],
        [{ ...body, description: 'x'.repeat(10_000) }, 'description'],
        [{ ...body, kind: 'cult' }, 'kind'],
      ] as const) {
        const res = await platform.post('/api/v1/platform/initiatives', bad);
        assert.equal(res.statusCode, 400, res.body);
        assert.ok(res.json().invalidParams.some((p: { name: string }) => p.name.replace(/^\//, '').startsWith(field)), `${field}: ${res.body}`);
      }
      assert.equal((await t.handle.db.selectFrom('directory_initiative').select('id').execute()).length, 0, 'nothing stored');

      const created = await platform.post('/api/v1/platform/initiatives', body);
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id;
      assert.equal(created.json().municipalities[0].name, 'Zeist');
      const found = (await anon('/api/v1/directory/search?municipality=Zeist')).json();
      assert.deepEqual(found.initiatives.map((i: { name: string }) => i.name), ['Buurtbemiddeling Zeist']);
      assert.ok((await anon(`/api/v1/directory/pools/${rmnId}`)).json().initiatives.some((i: { id: string }) => i.id === id), 'on the page of a pool in Zeist');

      assert.equal((await coordinator.put(`/api/v1/platform/initiatives/${id}`, body)).statusCode, 403);
      assert.equal((await coordinator.delete(`/api/v1/platform/initiatives/${id}`)).statusCode, 403);
      assert.equal((await platform.put('/api/v1/platform/initiatives/00000000-0000-4000-8000-000000000000', body)).statusCode, 404);
      const changed = await platform.put(`/api/v1/platform/initiatives/${id}`, { ...body, name: 'Buurtbemiddeling Zeist en De Bilt', municipalityCodes: ['GM0355', 'GM0310'] });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal((await anon('/api/v1/directory/search?municipality=De%20Bilt')).json().initiatives.length, 1);

      const removed = await platform.delete(`/api/v1/platform/initiatives/${id}`);
      assert.equal(removed.statusCode, 204);
      assert.equal((await platform.delete(`/api/v1/platform/initiatives/${id}`)).statusCode, 404);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', id).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['directory.initiative-create', 'directory.initiative-update', 'directory.initiative-delete']);
    });

    // Last: it uses up this app's allowance for the address.
    test('the public routes are limited per address: beyond the limit 429 with Retry-After, the admin routes are not counted', async () => {
      let status = 200;
      let calls = 0;
      while (status === 200 && calls < PUBLIC_DIRECTORY_LIMIT + 5) {
        status = (await anon('/api/v1/directory/pools/00000000-0000-4000-8000-000000000000')).statusCode === 404 ? 200 : 429;
        calls += 1;
      }
      assert.equal(status, 429);
      assert.ok(calls <= PUBLIC_DIRECTORY_LIMIT + 1, `${calls} calls`);
      const refused = await anon('/api/v1/directory');
      assert.equal(refused.statusCode, 429);
      assert.match(String(refused.headers['retry-after']), /^\d+$/);
      assert.equal(refused.json().type, 'urn:mediatorpool:problem:too-many-requests');
      assert.equal((await platform.get('/api/v1/platform/initiatives')).statusCode, 200);
    });
  });
}
