import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { agentsFor, createMediator, createRegistryWorld } from '../helpers/registry-factories.js';
import { createUser } from '../helpers/factories.js';
import { poolToday } from '../../src/server/modules/registry/registry-support.js';
import { addDays, addYears } from '../../src/domain/calendar/iso-date.js';

for (const engine of testEngines()) {
  describe(`registry: mediators (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createRegistryWorld>>;
    let as: Awaited<ReturnType<typeof agentsFor>>;
    const today = poolToday();
    const profiles = async () => (await t.handle.db.selectFrom('mediator_profile').select('id').execute()).length;
    before(async () => {
      t = await createTestApp(engine);
      world = await createRegistryWorld(t.handle.db);
      as = await agentsFor(() => new Agent(t.app), world);
    });
    after(() => t.close());

    test('registering an existing account gives it the mediator role and a status history', async () => {
      const user = await createUser(t.handle.db, world.pool.id, { roles: ['contact'], municipalityId: world.municipality.id, name: 'Aafke Aukes' });
      const res = await as.coordinator.post('/api/v1/mediators', {
        userId: user.id,
        department: 'Juridische zaken',
        kind: 'mediator',
        specialisms: ['employment', 'citizen_government'],
        languages: ['nl', 'fy'],
        mfnRegisterNumber: 'MFN-1001',
        registrationExpiresOn: addYears(today, 2),
        maxConcurrentCases: 3,
        hoursPerMonth: 12,
      });
      assert.equal(res.statusCode, 201, res.body);
      const m = res.json();
      assert.equal(res.headers.location, `/api/v1/mediators/${m.id}`);
      assert.equal(m.name, 'Aafke Aukes');
      assert.equal(m.email, user.email);
      assert.equal(m.municipality.id, world.municipality.id);
      assert.equal(m.status, 'in_training');
      assert.equal(m.statusHistory.length, 1);
      assert.equal(m.accountStatus, 'active');
      assert.equal(m.view, 'full');
      const roles = (await t.handle.db.selectFrom('app_user').select('roles').where('id', '=', user.id).executeTakeFirstOrThrow()).roles;
      assert.deepEqual(roles.sort(), ['contact', 'mediator']);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', m.id).execute();
      assert.ok(audit.some((a) => a.action === 'mediator.create'));
      assert.equal((await as.admin.post('/api/v1/mediators', { userId: user.id })).statusCode, 409);
    });

    test('registering with an invitation mails the person; accepting links the account to the profile', async () => {
      const email = `nieuw-${Date.now()}@steenwijkerland.test`;
      const res = await as.admin.post('/api/v1/mediators', {
        invite: { email, name: 'Bram Bos' },
        municipalityId: world.second.id,
        status: 'active',
        specialisms: ['neighbours'],
      });
      assert.equal(res.statusCode, 201, res.body);
      const m = res.json();
      assert.equal(m.accountStatus, 'invited');
      assert.equal(m.userId, null);
      assert.equal(m.name, 'Bram Bos');
      assert.equal(m.municipality.id, world.second.id);
      const mail = await t.handle.db.selectFrom('mail_outbox').select(['body_text', 'kind']).where('to_address', '=', email).executeTakeFirstOrThrow();
      assert.equal(mail.kind, 'invitation');
      const token = /\/uitnodiging\/(\S+)/.exec(mail.body_text)![1]!;

      assert.equal((await as.admin.post('/api/v1/mediators', { invite: { email: email.toUpperCase(), name: 'Bram Bos' }, municipalityId: world.second.id })).statusCode, 409);

      // The administrator sends a fresh invitation through the accounts page; accepting that one links the profile too.
      const resent = await as.admin.post('/api/v1/invitations', { email, name: 'Bram Bos', roles: ['mediator'], municipalityId: world.second.id });
      assert.equal(resent.statusCode, 201, resent.body);
      const freshToken = new URL(resent.json().acceptUrl).pathname.split('/').pop()!;
      assert.notEqual(freshToken, token);
      const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/acceptances', payload: { token: freshToken, password: 'een-lang-wachtwoord-42' } });
      assert.equal(accepted.statusCode, 201, accepted.body);
      const after = (await as.admin.get(`/api/v1/mediators/${m.id}`)).json();
      assert.equal(after.userId, accepted.json().userId);
      assert.equal(after.accountStatus, 'active');
      const self = await new Agent(t.app).login(email, 'een-lang-wachtwoord-42');
      assert.equal((await self.get(`/api/v1/mediators/${m.id}/upkeep`)).statusCode, 200);
    });

    test('bad registrations are clear 400s/409s and write nothing', async () => {
      const before = await profiles();
      const outbox = (await t.handle.db.selectFrom('mail_outbox').select('id').execute()).length;
      const user = await createUser(t.handle.db, world.pool.id, { roles: [], municipalityId: world.municipality.id });
      const both = await as.admin.post('/api/v1/mediators', { userId: user.id, invite: { email: 'x@y.test', name: 'X' } });
      assert.equal(both.statusCode, 400);
      assert.equal((await as.admin.post('/api/v1/mediators', { department: 'HR' })).statusCode, 400);
      const expired = await as.admin.post('/api/v1/mediators', { userId: user.id, status: 'active', registrationExpiresOn: addDays(today, -1) });
      assert.equal(expired.statusCode, 400);
      assert.equal(expired.json().invalidParams[0].name, 'registrationExpiresOn');
      assert.match(expired.json().invalidParams[0].reason, /mag niet verlopen zijn/);
      const foreignMunicipality = await as.admin.post('/api/v1/mediators', { userId: user.id, municipalityId: world.foreign.municipality.id });
      assert.equal(foreignMunicipality.statusCode, 400);
      assert.equal(foreignMunicipality.json().invalidParams[0].name, 'municipalityId');
      const badLanguage = await as.admin.post('/api/v1/mediators', { userId: user.id, languages: ['Nederlands'] });
      assert.equal(badLanguage.statusCode, 400);
      const foreignUser = await as.admin.post('/api/v1/mediators', { userId: world.foreign.users.contact.id });
      assert.equal(foreignUser.statusCode, 400);
      const takenEmail = await as.admin.post('/api/v1/mediators', { invite: { email: world.users.finance.email, name: 'Dubbel' }, municipalityId: world.municipality.id });
      assert.equal(takenEmail.statusCode, 409);
      const dupNumber = await createMediator(t.handle.db, world.pool.id, { municipalityId: world.municipality.id });
      await t.handle.db.updateTable('mediator_profile').set({ mfn_register_number: 'MFN-DUP' }).where('id', '=', dupNumber.profile.id).execute();
      const dup = await as.admin.post('/api/v1/mediators', { invite: { email: 'dup-number@gemeente.test', name: 'Dubbel Nummer' }, municipalityId: world.municipality.id, mfnRegisterNumber: 'MFN-DUP' });
      assert.equal(dup.statusCode, 409);
      assert.equal(await profiles(), before + 1); // only the factory's
      assert.equal((await t.handle.db.selectFrom('mail_outbox').select('id').execute()).length, outbox, 'no invitation mail left behind');
      const roles = (await t.handle.db.selectFrom('app_user').select('roles').where('id', '=', user.id).executeTakeFirstOrThrow()).roles;
      assert.deepEqual(roles, []);
    });

    test('editing: an expiry date in the past for an active mediator is refused; a mediator edits only languages and capacity', async () => {
      const id = world.ownMediator.id;
      const past = await as.coordinator.patch(`/api/v1/mediators/${id}`, { registrationExpiresOn: addDays(today, -10), department: 'Anders' });
      assert.equal(past.statusCode, 400);
      assert.equal((await as.admin.get(`/api/v1/mediators/${id}`)).json().department, null);
      const ok = await as.coordinator.patch(`/api/v1/mediators/${id}`, { registrationExpiresOn: addYears(today, 1), department: 'P&O', specialisms: ['employment', 'group'] });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().department, 'P&O');

      const own = await as.mediator.patch(`/api/v1/mediators/${id}`, { languages: ['nl', 'en', 'ar'], maxConcurrentCases: 4, hoursPerMonth: 16 });
      assert.equal(own.statusCode, 200);
      assert.deepEqual(own.json().languages, ['nl', 'en', 'ar']);
      const notOwn = await as.mediator.patch(`/api/v1/mediators/${id}`, { department: 'Zelf gekozen' });
      assert.equal(notOwn.statusCode, 403);
      assert.equal((await as.mediator.patch(`/api/v1/mediators/${world.otherMediator.profile.id}`, { languages: ['de'] })).statusCode, 404);
      assert.equal((await as.contact.patch(`/api/v1/mediators/${id}`, { languages: ['de'] })).statusCode, 404);
    });

    test('status changes keep a dated history and refuse impossible changes', async () => {
      const m = await createMediator(t.handle.db, world.pool.id, { municipalityId: world.municipality.id, status: 'active', statusSince: '2024-01-01' });
      const id = m.profile.id;
      const res = await as.coordinator.post(`/api/v1/mediators/${id}/status-changes`, { status: 'dormant', fromDate: '2025-01-01', note: 'Geen zaken meer' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.headers.location, `/api/v1/mediators/${id}/status-changes/${res.json().id}`);
      assert.equal((await as.coordinator.get(res.headers.location as string)).json().note, 'Geen zaken meer');
      assert.equal((await as.coordinator.post(`/api/v1/mediators/${id}/status-changes`, { status: 'dormant' })).statusCode, 409);
      const backdated = await as.coordinator.post(`/api/v1/mediators/${id}/status-changes`, { status: 'active', fromDate: '2024-12-31' });
      assert.equal(backdated.statusCode, 400);
      assert.equal((await as.coordinator.post(`/api/v1/mediators/${id}/status-changes`, { status: 'active', fromDate: addDays(today, 1) })).statusCode, 400);
      await as.coordinator.patch(`/api/v1/mediators/${id}`, { registrationExpiresOn: addDays(today, -1) });
      const expired = await as.coordinator.post(`/api/v1/mediators/${id}/status-changes`, { status: 'active' });
      assert.equal(expired.statusCode, 400);
      assert.match(expired.json().invalidParams[0].reason, /verlopen/);
      const history = (await as.admin.get(`/api/v1/mediators/${id}/status-changes`)).json().items;
      assert.deepEqual(history.map((h: { status: string }) => h.status), ['dormant', 'active']);
      assert.equal((await as.admin.get(`/api/v1/mediators/${id}`)).json().status, 'dormant');
      assert.equal((await as.mediator.post(`/api/v1/mediators/${world.ownMediator.id}/status-changes`, { status: 'dormant' })).statusCode, 403);
    });

    test('unavailability: no overlaps, no end before start, nothing half-written', async () => {
      const base = `/api/v1/mediators/${world.ownMediator.id}/unavailability`;
      const first = await as.mediator.post(base, { startsOn: '2026-07-01', endsOn: '2026-07-05', kind: 'holiday', note: 'Zomer' });
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.headers.location, `${base}/${first.json().id}`);
      const touching = await as.mediator.post(base, { startsOn: '2026-07-05', endsOn: '2026-07-10', kind: 'leave' });
      assert.equal(touching.statusCode, 409);
      assert.match(touching.json().detail, /overlapt met vakantie van 2026-07-01 tot en met 2026-07-05/);
      assert.equal((await as.coordinator.post(base, { startsOn: '2026-06-01', endsOn: '2026-08-01', kind: 'other' })).statusCode, 409);
      const backwards = await as.mediator.post(base, { startsOn: '2026-09-10', endsOn: '2026-09-01', kind: 'holiday' });
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().invalidParams[0].name, 'endsOn');
      const next = await as.mediator.post(base, { startsOn: '2026-07-06', endsOn: '2026-07-10', kind: 'leave' });
      assert.equal(next.statusCode, 201);
      assert.equal((await as.mediator.patch(`${base}/${next.json().id}`, { startsOn: '2026-07-04' })).statusCode, 409);
      assert.equal((await as.mediator.patch(`${base}/${next.json().id}`, { endsOn: '2026-07-12' })).json().endsOn, '2026-07-12');
      const list = (await as.coordinator.get(base)).json().items;
      assert.deepEqual(list.map((p: { startsOn: string; endsOn: string }) => [p.startsOn, p.endsOn]), [['2026-07-01', '2026-07-05'], ['2026-07-06', '2026-07-12']]);
      // The database refuses an overlap on its own too.
      await assert.rejects(
        t.handle.db.insertInto('mediator_unavailability').values({ pool_id: world.pool.id, mediator_id: world.ownMediator.id, starts_on: '2026-07-02', ends_on: '2026-07-03', kind: 'other' }).execute(),
      );
      assert.equal((await as.mediator.delete(`${base}/${next.json().id}`)).statusCode, 204);
      assert.equal((await as.contact.get(base)).statusCode, 404);
      assert.equal((await as.mediator.post(`/api/v1/mediators/${world.otherMediator.profile.id}/unavailability`, { startsOn: '2026-07-01', endsOn: '2026-07-02', kind: 'holiday' })).statusCode, 404);
    });

    test('declared relationships to a municipality, a department or a person', async () => {
      const base = `/api/v1/mediators/${world.ownMediator.id}/relationships`;
      const municipality = await as.mediator.post(base, { kind: 'municipality', municipalityId: world.second.id, reason: 'Partner werkt daar', since: '2020-01-01' });
      assert.equal(municipality.statusCode, 201, municipality.body);
      assert.equal(municipality.json().municipality.id, world.second.id);
      const department = await as.mediator.post(base, { kind: 'department', municipalityId: world.municipality.id, department: 'Sociaal Domein', reason: 'Eigen afdeling', since: '2019-05-01' });
      assert.equal(department.statusCode, 201);
      const person = await as.mediator.post(base, { kind: 'person', personName: 'J. de Vries', reason: 'Buurman', since: '2015-01-01' });
      assert.equal(person.statusCode, 201);
      const missingDept = await as.mediator.post(base, { kind: 'department', municipalityId: world.municipality.id, reason: 'x', since: '2020-01-01' });
      assert.equal(missingDept.statusCode, 400);
      assert.equal(missingDept.json().invalidParams[0].name, 'department');
      const strayName = await as.mediator.post(base, { kind: 'municipality', municipalityId: world.second.id, personName: 'X', reason: 'x', since: '2020-01-01' });
      assert.equal(strayName.statusCode, 400);
      const foreign = await as.mediator.post(base, { kind: 'municipality', municipalityId: world.foreign.municipality.id, reason: 'x', since: '2020-01-01' });
      assert.equal(foreign.statusCode, 400);
      const future = await as.mediator.post(base, { kind: 'person', personName: 'X', reason: 'x', since: addDays(today, 5) });
      assert.equal(future.statusCode, 400);
      const changed = await as.mediator.patch(`${base}/${person.json().id}`, { kind: 'municipality', municipalityId: world.second.id });
      assert.equal(changed.statusCode, 200);
      assert.equal(changed.json().personName, null);
      assert.equal((await as.coordinator.get(base)).json().items.length, 3);
      assert.equal((await as.finance.get(base)).statusCode, 404);
      assert.equal((await as.mediator.delete(`${base}/${department.json().id}`)).statusCode, 204);
    });

    test('upkeep entries feed the upkeep summary; a mediator reads but does not write them', async () => {
      const m = await createMediator(t.handle.db, world.pool.id, { municipalityId: world.municipality.id, upkeepCycleStart: addYears(today, -1) });
      const base = `/api/v1/mediators/${m.profile.id}/upkeep-entries`;
      const d = (n: number) => addDays(today, -n);
      for (const [i, day] of [300, 200, 100].entries()) {
        const r = await as.coordinator.post(base, { type: 'mediation', occurredOn: d(day), contactMinutes: 300, writtenAgreement: i === 0, coMediation: false });
        assert.equal(r.statusCode, 201, r.body);
      }
      assert.equal((await as.coordinator.post(base, { type: 'education', occurredOn: d(50), points: 16, educationKind: 'intervision', description: 'Intervisiegroep' })).statusCode, 201);
      assert.equal((await as.coordinator.post(base, { type: 'peer_review', occurredOn: d(40) })).statusCode, 201);
      const wrongFields = await as.coordinator.post(base, { type: 'mediation', occurredOn: d(1), points: 3 });
      assert.equal(wrongFields.statusCode, 400);
      assert.deepEqual(wrongFields.json().invalidParams.map((p: { name: string }) => p.name).sort(), ['coMediation', 'contactMinutes', 'points', 'writtenAgreement']);
      assert.equal((await as.coordinator.post(base, { type: 'peer_review', occurredOn: addDays(today, 1) })).statusCode, 400);
      const summary = (await as.coordinator.get(`/api/v1/mediators/${m.profile.id}/upkeep`)).json();
      assert.equal(summary.mediations.counted, 3);
      assert.equal(summary.contactMinutes.counted, 900);
      assert.equal(summary.educationPoints.intervision, 16);
      assert.equal(summary.peerReview.last, d(40));
      assert.ok(['on_track', 'behind', 'at_risk'].includes(summary.state));
      const profile = await t.handle.db.selectFrom('mediator_profile').select('last_activity_at').where('id', '=', m.profile.id).executeTakeFirstOrThrow();
      assert.equal(profile.last_activity_at!.toISOString().slice(0, 10), d(100));

      const self = await new Agent(t.app).login(m.user.email, m.user.password);
      assert.equal((await self.get(`/api/v1/mediators/${m.profile.id}/upkeep`)).statusCode, 200);
      assert.equal((await self.get(base)).json().items.length, 5);
      assert.equal((await self.post(base, { type: 'peer_review', occurredOn: d(1) })).statusCode, 403);
      assert.equal((await as.mediator.get(`/api/v1/mediators/${m.profile.id}/upkeep`)).statusCode, 404);
      assert.equal((await as.contact.get(`/api/v1/mediators/${m.profile.id}/upkeep`)).statusCode, 404);
    });

    test('list: search and filters by status, kind, municipality and specialism, with totals', async () => {
      await createMediator(t.handle.db, world.pool.id, { municipalityId: world.second.id, kind: 'process_facilitator', status: 'dormant', specialisms: ['group'], name: 'Procesbegeleider Piet' });
      const all = (await as.admin.get('/api/v1/mediators?pageSize=2')).json();
      assert.equal(all.items.length, 2);
      assert.ok(all.total >= 5);
      const pf = (await as.admin.get('/api/v1/mediators?kind=process_facilitator')).json();
      assert.deepEqual(pf.items.map((m: { name: string }) => m.name), ['Procesbegeleider Piet']);
      const dormantGroup = (await as.admin.get(`/api/v1/mediators?status=dormant&specialism=group&municipalityId=${world.second.id}`)).json();
      assert.equal(dormantGroup.total, 1);
      const several = (await as.admin.get('/api/v1/mediators?status=dormant&status=active')).json();
      assert.ok(several.items.every((m: { status: string }) => ['dormant', 'active'].includes(m.status)));
      assert.equal((await as.admin.get('/api/v1/mediators?q=procesbeg')).json().total, 1);
      assert.equal((await as.admin.get('/api/v1/mediators?status=sleeping')).statusCode, 400);
    });

    test('a contact sees names and municipalities, but no e-mail of people from other municipalities', async () => {
      const list = (await as.contact.get('/api/v1/mediators?pageSize=100')).json().items as { id: string; email: string | null; municipality: { id: string }; view: string; department: string | null }[];
      const other = list.find((m) => m.id === world.otherMediator.profile.id)!;
      assert.equal(other.email, null);
      assert.equal(other.view, 'limited');
      assert.equal(other.department, null);
      assert.equal(other.municipality.id, world.second.id);
      const same = list.find((m) => m.id === world.ownMediator.id)!;
      assert.equal(same.email, world.users.mediator.email);
      const detail = (await as.contact.get(`/api/v1/mediators/${world.otherMediator.profile.id}`)).json();
      assert.equal(detail.email, null);
      assert.equal(detail.registrationExpiresOn, null);
      assert.deepEqual(detail.statusHistory, []);
      const byEmail = (await as.contact.get(`/api/v1/mediators?q=${encodeURIComponent(world.otherMediator.user.email)}`)).json();
      assert.equal(byEmail.total, 0);
      assert.equal((await as.admin.get(`/api/v1/mediators?q=${encodeURIComponent(world.otherMediator.user.email)}`)).json().total, 1);
    });

    test('reading a mediator’s particulars is audited with a purpose; other pools get 404', async () => {
      await as.admin.get(`/api/v1/mediators/${world.otherMediator.profile.id}`);
      const read = await t.handle.db.selectFrom('audit_event').selectAll().where('action', '=', 'mediator.read').where('object_id', '=', world.otherMediator.profile.id).execute();
      assert.ok(read.some((r) => r.purpose === 'mediatorprofiel bekijken' && r.actor_user_id === world.users.admin.id));
      assert.equal((await as.foreign.get(`/api/v1/mediators/${world.ownMediator.id}`)).statusCode, 404);
      assert.equal((await as.admin.get(`/api/v1/mediators/${world.foreign.mediator.profile.id}`)).statusCode, 404);
      assert.equal((await as.foreign.get('/api/v1/mediators')).json().items.some((m: { id: string }) => m.id === world.ownMediator.id), false);
    });
  });
}
