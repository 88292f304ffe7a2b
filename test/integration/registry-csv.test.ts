import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { addMember, agentsFor, createMediator, createRegistryWorld } from '../helpers/registry-factories.js';
import { readCsv } from '../../src/domain/registry/csv.js';
import type { Database } from '../../src/server/db/database.js';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** Everything an import could touch, to prove that it did not. */
async function snapshot(db: Database) {
  const [members, municipalities, profiles, history, invitations, mails, users] = await Promise.all([
    db.selectFrom('pool_member').selectAll().orderBy('pool_id').orderBy('municipality_id').execute(),
    db.selectFrom('municipality').selectAll().orderBy('code').execute(),
    db.selectFrom('mediator_profile').selectAll().orderBy('id').execute(),
    db.selectFrom('mediator_status_change').selectAll().orderBy('id').execute(),
    db.selectFrom('invitation').selectAll().orderBy('id').execute(),
    db.selectFrom('mail_outbox').select(['id']).orderBy('id').execute(),
    db.selectFrom('app_user').select(['id', 'name', 'roles', 'municipality_id', 'updated_at']).orderBy('id').execute(),
  ]);
  return JSON.stringify({ members, municipalities, profiles, history, invitations, mails, users });
}

for (const engine of testEngines()) {
  describe(`registry: CSV import and export (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createRegistryWorld>>;
    let as: Awaited<ReturnType<typeof agentsFor>>;
    const importMunicipalities = (content: string | Buffer, dryRun = false) => as.admin.post('/api/v1/csv-imports/municipalities', { contentBase64: b64(content), dryRun });
    const importMediators = (content: string | Buffer, dryRun = false) => as.coordinator.post('/api/v1/csv-imports/mediators', { contentBase64: b64(content), dryRun });
    before(async () => {
      t = await createTestApp(engine);
      world = await createRegistryWorld(t.handle.db);
      as = await agentsFor(() => new Agent(t.app), world);
      for (const code of ['GM0119', 'GM1708']) await addMember(t.handle.db, world.pool.id, code);
      const meppel = await t.handle.db.selectFrom('municipality').select('id').where('code', '=', 'GM0119').executeTakeFirstOrThrow();
      await createMediator(t.handle.db, world.pool.id, {
        municipalityId: meppel.id,
        name: 'Jeroen "JJ" Smit; HR',
        department: '=Juridisch, Bezwaar',
        specialisms: ['employment', 'neighbours'],
        languages: ['nl', 'de'],
        registrationExpiresOn: '2027-05-01',
      });
      await createMediator(t.handle.db, world.pool.id, { municipalityId: meppel.id, status: 'dormant', registrationExpiresOn: '2020-01-01' });
    });
    after(() => t.close());

    test('municipalities: export is a UTF-8 CSV with BOM and semicolons; re-importing it changes nothing', async () => {
      const res = await as.admin.get('/api/v1/csv-exports/municipalities');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/csv; charset=utf-8/);
      assert.match(res.headers['content-disposition'] as string, /attachment; filename="gemeenten-\d{4}-\d{2}-\d{2}\.csv"/);
      assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const parsed = readCsv(res.body, { maxRows: 100 });
      assert.ok(parsed.ok);
      assert.equal(parsed.delimiter, ';');
      assert.deepEqual(parsed.header, ['code', 'name', 'province', 'latitude', 'longitude', 'memberSince', 'memberUntil']);
      assert.ok(parsed.rows.some((r) => r.fields[0] === 'GM0119' && r.fields[1] === 'Meppel'));

      const before = await snapshot(t.handle.db);
      const again = await importMunicipalities(res.rawPayload);
      assert.equal(again.statusCode, 200, again.body);
      assert.deepEqual(again.json(), { rows: parsed.rows.length, created: 0, updated: 0, unchanged: parsed.rows.length, dryRun: false, warnings: [] });
      assert.equal(await snapshot(t.handle.db), before);
      const comma = await as.admin.get('/api/v1/csv-exports/municipalities?delimiter=comma');
      assert.equal((await importMunicipalities(comma.rawPayload)).json().unchanged, parsed.rows.length);
      assert.equal(await snapshot(t.handle.db), before);
    });

    test('mediators: export then re-import changes nothing (quotes, delimiters, formula-like text, lapsed registrations)', async () => {
      const res = await as.coordinator.get('/api/v1/csv-exports/mediators');
      assert.equal(res.statusCode, 200);
      const parsed = readCsv(res.body, { maxRows: 100 });
      assert.ok(parsed.ok);
      const jeroen = parsed.rows.find((r) => r.fields[1] === 'Jeroen "JJ" Smit; HR');
      assert.ok(jeroen, res.body);
      assert.equal(jeroen.fields[3], "'=Juridisch, Bezwaar");
      assert.equal(jeroen.fields[6], 'employment|neighbours');
      const audit = await t.handle.db.selectFrom('audit_event').select('purpose').where('action', '=', 'csv-export.mediators').executeTakeFirstOrThrow();
      assert.equal(audit.purpose, 'registerexport');

      const before = await snapshot(t.handle.db);
      const again = await importMediators(res.rawPayload);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().unchanged, parsed.rows.length);
      assert.equal(again.json().created + again.json().updated, 0);
      assert.equal(await snapshot(t.handle.db), before);
    });

    test('one bad row imports nothing and names that row and field', async () => {
      const before = await snapshot(t.handle.db);
      const file = ['code;name;province;latitude;longitude;memberSince;memberUntil', 'GM1701;;;;;2013-03-01;', 'GM180;Staphorst;;;;2013-03-01;', 'GM1896;;;;;2013-03-01;'].join('\r\n');
      const res = await importMunicipalities(file);
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json().invalidParams.map((p: { name: string }) => p.name), ['row 3/code']);
      assert.match(res.json().detail, /niets geïmporteerd: rij 3 is niet in orde/);
      assert.equal(await snapshot(t.handle.db), before);
    });

    test('every failing row and field is listed at once', async () => {
      const file = [
        'email,name,municipalityCode,department,kind,status,specialisms,languages,mfnRegisterNumber,registrationExpiresOn,upkeepCycleStart,maxConcurrentCases,hoursPerMonth',
        'goed@meppel.test,Goed Persoon,GM0119,,mediator,active,employment,nl,,2030-01-01,,2,8',
        'geen-adres,Fout Een,GM0119,,mediator,active,employment,nl,,,,2,8',
        'fout2@meppel.test,Fout Twee,GM0001,,healer,sleeping,cooking,Nederlands,,2020-01-01,,-1,many',
        'goed@meppel.test,Dubbel,GM0119,,mediator,active,,,,,,,',
        'verlopen@meppel.test,Verlopen,GM0119,,mediator,active,,,,2020-01-01,,,',
        `${world.foreign.users.admin.email},Ander Pool,GM0119,,,,,,,,,,`,
      ].join('\n');
      const before = await snapshot(t.handle.db);
      const res = await importMediators(file);
      assert.equal(res.statusCode, 400);
      const names = res.json().invalidParams.map((p: { name: string }) => p.name);
      assert.deepEqual(names, [
        'row 3/email',
        'row 4/municipalityCode',
        'row 4/kind',
        'row 4/status',
        'row 4/specialisms',
        'row 4/languages',
        'row 4/maxConcurrentCases',
        'row 4/hoursPerMonth',
        'row 5/email',
        'row 6/registrationExpiresOn',
        'row 7/email',
      ]);
      assert.equal(await snapshot(t.handle.db), before, 'nothing written, no invitation sent');
    });

    test('a wrong header, non-UTF-8 bytes and 100,000 rows are clear 400s', async () => {
      const header = await importMunicipalities('gemeente;naam\nGM0119;Meppel\n');
      assert.equal(header.statusCode, 400);
      assert.match(header.json().detail, /kopregel klopt niet \(ontbrekend: code, name, province, latitude, longitude, memberSince, memberUntil; onbekend: gemeente, naam\)/);
      assert.equal(header.json().invalidParams[0].name, 'header');

      const latin1 = Buffer.concat([Buffer.from('code;name;province;latitude;longitude;memberSince;memberUntil\nGM1701;Westerveld '), Buffer.from([0xeb]), Buffer.from(';;;;;\n')]);
      const encoding = await importMunicipalities(latin1);
      assert.equal(encoding.statusCode, 400);
      assert.match(encoding.json().detail, /niet in UTF-8/);
      assert.equal(encoding.json().invalidParams[0].code, 'encoding');

      const huge = 'code;name;province;latitude;longitude;memberSince;memberUntil\n' + 'GM1701;;;;;;\n'.repeat(100_000);
      const tooMany = await importMunicipalities(huge);
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.json().detail, /meer dan 10\.000 regels/);
      assert.equal((await importMunicipalities('')).statusCode, 400);
      assert.equal((await as.admin.post('/api/v1/csv-imports/municipalities', { contentBase64: '@@@' })).statusCode, 400);
    });

    test('importing adds and updates by key, never duplicates; comma or semicolon, with or without BOM, Dutch numbers and dates', async () => {
      const commaNoBom = 'code,name,province,latitude,longitude,memberSince,memberUntil\r\nGM1701,,,,,2013-03-01,\r\n"GM0180","Staphorst",,"52,64","6,21",1-3-2013,\r\n';
      const first = await importMunicipalities(commaNoBom);
      assert.equal(first.statusCode, 200, first.body);
      assert.deepEqual([first.json().created, first.json().updated], [2, 0]);
      const staphorst = await t.handle.db.selectFrom('municipality').selectAll().where('code', '=', 'GM0180').executeTakeFirstOrThrow();
      assert.equal(staphorst.lat, 52.64);
      const westerveld = await t.handle.db.selectFrom('municipality').selectAll().where('code', '=', 'GM1701').executeTakeFirstOrThrow();
      assert.equal(westerveld.name, 'Westerveld');
      assert.equal(westerveld.province, 'Drenthe');

      const semicolonBom = '\ufeffcode;name;province;latitude;longitude;memberSince;memberUntil\nGM1701;;;;;2013-03-01;2025-12-31\nGM0180;;;;;01-03-2013;\n';
      const second = await importMunicipalities(semicolonBom);
      assert.equal(second.statusCode, 200, second.body);
      assert.deepEqual([second.json().created, second.json().updated, second.json().unchanged], [0, 1, 1]);
      const members = await t.handle.db.selectFrom('pool_member as pm').innerJoin('municipality as m', 'm.id', 'pm.municipality_id').select(['m.code', 'pm.member_until']).where('pm.pool_id', '=', world.pool.id).where('m.code', '=', 'GM1701').execute();
      assert.deepEqual(members, [{ code: 'GM1701', member_until: '2025-12-31' }]);
    });

    test('new mediators are invited once; a re-import updates by e-mail and records status changes', async () => {
      const head = 'email;name;municipalityCode;department;kind;status;specialisms;languages;mfnRegisterNumber;registrationExpiresOn;upkeepCycleStart;maxConcurrentCases;hoursPerMonth';
      const file = [head, 'lotte.hoekstra@staphorst.test;Lotte Hoekstra;GM0180;Personeelszaken;mediator;in_training;employment|group;nl|en;MFN-77;;;1;4'].join('\n');
      const dry = await importMediators(file, true);
      assert.deepEqual(dry.json(), { rows: 1, created: 1, updated: 0, unchanged: 0, dryRun: true, warnings: [] });
      assert.equal((await t.handle.db.selectFrom('invitation').select('id').where('email', '=', 'lotte.hoekstra@staphorst.test').execute()).length, 0);

      const res = await importMediators(file);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().created, 1);
      const mails = () => t.handle.db.selectFrom('mail_outbox').select('id').where('to_address', '=', 'lotte.hoekstra@staphorst.test').execute();
      assert.equal((await mails()).length, 1);
      assert.equal((await importMediators(file)).json().unchanged, 1);
      assert.equal((await mails()).length, 1, 're-import sends no new invitation');

      const changed = [head, 'LOTTE.HOEKSTRA@staphorst.test;Lotte Hoekstra-de Vries;GM0180;Personeelszaken;mediator;active;employment|group;nl|en;MFN-77;2028-01-01;;2;8'].join('\n');
      const update = await importMediators(changed);
      assert.equal(update.statusCode, 200, update.body);
      assert.deepEqual([update.json().created, update.json().updated], [0, 1]);
      const profiles = await t.handle.db
        .selectFrom('mediator_profile as mp')
        .innerJoin('invitation as i', 'i.id', 'mp.invitation_id')
        .select(['mp.id', 'mp.status', 'mp.registration_expires_on', 'mp.max_concurrent_cases', 'i.name'])
        .where('i.email', '=', 'lotte.hoekstra@staphorst.test')
        .execute();
      assert.equal(profiles.length, 1, 'never duplicated');
      assert.deepEqual({ ...profiles[0], id: undefined }, { id: undefined, status: 'active', registration_expires_on: '2028-01-01', max_concurrent_cases: 2, name: 'Lotte Hoekstra-de Vries' });
      const history = await t.handle.db.selectFrom('mediator_status_change').select(['status', 'note']).where('mediator_id', '=', profiles[0]!.id).orderBy('changed_at').execute();
      assert.deepEqual(history.map((h) => h.status), ['in_training', 'active']);
      assert.equal(history[1]!.note, 'Gewijzigd via CSV-import');
    });

    test('only administrators and coordinators import and export; each pool exports its own', async () => {
      for (const role of ['contact', 'mediator', 'finance'] as const) {
        assert.equal((await as[role].get('/api/v1/csv-exports/mediators')).statusCode, 403, role);
        assert.equal((await as[role].get('/api/v1/csv-exports/municipalities')).statusCode, 403, role);
        assert.equal((await as[role].post('/api/v1/csv-imports/mediators', { contentBase64: b64('email\n') })).statusCode, 403, role);
        assert.equal((await as[role].post('/api/v1/csv-imports/municipalities', { contentBase64: b64('code\n') })).statusCode, 403, role);
      }
      const foreign = (await as.foreign.get('/api/v1/csv-exports/mediators')).body;
      assert.ok(!foreign.includes(world.users.mediator.email));
      assert.ok(foreign.includes(world.foreign.mediator.user.email));
    });
  });
}
