import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPool, createUser } from '../helpers/factories.js';
import { agentsFor, createRegistryWorld } from '../helpers/registry-factories.js';
import { createMatchingCase } from '../helpers/matching-factories.js';
import { poolToday } from '../../src/server/modules/registry/registry-support.js';
import { addDays, addYears } from '../../src/domain/calendar/iso-date.js';

const MEPPEL_POOL = [
  ['GM0119', 'Meppel'],
  ['GM1708', 'Steenwijkerland'],
  ['GM1701', 'Westerveld'],
  ['GM0180', 'Staphorst'],
  ['GM1896', 'Zwartewaterland'],
] as const;

for (const engine of testEngines()) {
  describe(`registry: pool health, the Meppel pool (${engine})`, () => {
    let t: TestApp;
    let admin: Agent;
    const today = poolToday();
    const ids: Record<string, string> = {};
    const mediators: Record<string, string> = {};
    before(async () => {
      t = await createTestApp(engine);
      const pool = await createPool(t.handle.db, { name: 'Mediatorpool Meppel en omstreken' });
      const a = await createUser(t.handle.db, pool.id, { roles: ['admin', 'coordinator'] });
      admin = await new Agent(t.app).login(a.email, a.password);
    });
    after(() => t.close());

    test('the five municipalities are entered by CBS code', async () => {
      for (const [code, name] of MEPPEL_POOL) {
        const res = await admin.post('/api/v1/municipalities', { code, memberSince: '2013-03-01' });
        assert.equal(res.statusCode, 201, res.body);
        assert.equal(res.json().name, name);
        ids[code] = res.json().id;
      }
      assert.equal((await admin.get('/api/v1/municipalities?membership=current')).json().total, 5);
    });

    test('3 active mediators, 1 in training and 2 dormant are entered', async () => {
      const people = [
        ['Ingrid Bakker', 'GM1708', 'active'],
        ['Jeroen Smit', 'GM0119', 'active'],
        ['Sanne Visser', 'GM1701', 'active'],
        ['Lotte Hoekstra', 'GM0180', 'in_training'],
        ['Karel Mulder', 'GM1896', 'dormant'],
        ['Henk de Wit', 'GM0119', 'dormant'],
      ] as const;
      for (const [name, code, status] of people) {
        const email = `${name.toLowerCase().replace(/\s+/g, '.')}@meppel-pool.test`;
        const created = await admin.post('/api/v1/mediators', {
          invite: { email, name },
          municipalityId: ids[code],
          status: status === 'dormant' ? 'active' : status,
          specialisms: ['employment'],
          maxConcurrentCases: 2,
          hoursPerMonth: 8,
          registrationExpiresOn: name === 'Sanne Visser' ? addDays(today, 30) : addYears(today, 2),
        });
        assert.equal(created.statusCode, 201, created.body);
        mediators[name] = created.json().id;
        if (status === 'dormant') {
          const res = await admin.post(`/api/v1/mediators/${created.json().id}/status-changes`, { status: 'dormant', note: 'Geen reactie meer op zaken' });
          assert.equal(res.statusCode, 201, res.body);
        }
      }
      await t.handle.db.updateTable('mediator_profile').set({ last_activity_at: new Date('2024-03-15T10:00:00Z') }).where('id', '=', mediators['Karel Mulder']!).execute();
    });

    test('the health page shows exactly that and names the municipalities without an active mediator', async () => {
      const res = await admin.get('/api/v1/pool-health');
      assert.equal(res.statusCode, 200, res.body);
      const h = res.json();
      assert.deepEqual(h.totals, { active: 3, inTraining: 1, dormant: 2, activeProcessFacilitators: 0, freeCases: 6 });
      const per = Object.fromEntries(h.municipalities.map((m: { code: string; active: number; inTraining: number; dormant: number }) => [m.code, [m.active, m.inTraining, m.dormant]]));
      assert.deepEqual(per, { GM0119: [1, 0, 1], GM1708: [1, 0, 0], GM1701: [1, 0, 0], GM0180: [0, 1, 0], GM1896: [0, 0, 1] });
      assert.deepEqual(h.municipalitiesWithoutActiveMediator.map((m: { name: string }) => m.name).sort(), ['Staphorst', 'Zwartewaterland']);
      assert.deepEqual(h.dormantMediators.map((d: { name: string }) => d.name).sort(), ['Henk de Wit', 'Karel Mulder']);
      const karel = h.dormantMediators.find((d: { name: string }) => d.name === 'Karel Mulder');
      assert.equal(karel.lastActivityAt, '2024-03-15T10:00:00.000Z');
      assert.equal(karel.municipality.name, 'Zwartewaterland');
      assert.deepEqual(h.expiringRegistrations.map((r: { name: string; daysLeft: number }) => [r.name, r.daysLeft]), [['Sanne Visser', 30]]);
      const meppel = h.municipalities.find((m: { code: string }) => m.code === 'GM0119');
      assert.deepEqual(meppel.freeCapacity, { cases: 2, hoursPerMonth: 8 });
    });

    test('an active mediator away today gives no free capacity', async () => {
      const res = await admin.post(`/api/v1/mediators/${mediators['Jeroen Smit']}/unavailability`, { startsOn: addDays(today, -1), endsOn: addDays(today, 7), kind: 'holiday' });
      assert.equal(res.statusCode, 201);
      const meppel = (await admin.get('/api/v1/pool-health')).json().municipalities.find((m: { code: string }) => m.code === 'GM0119');
      assert.deepEqual(meppel.freeCapacity, { cases: 0, hoursPerMonth: 0 });
      assert.equal(meppel.awayToday, 1);
      assert.equal(meppel.active, 1);
    });

    test('an open proposal reserves capacity, as matching counts it; a declined one does not', async () => {
      const steenwijk = () => admin.get('/api/v1/pool-health').then((r) => r.json().municipalities.find((m: { code: string }) => m.code === 'GM1708'));
      assert.equal((await steenwijk()).freeCapacity.cases, 2);
      const db = t.handle.db;
      const pool = await db.selectFrom('mediator_profile').select('pool_id').where('id', '=', mediators['Ingrid Bakker']!).executeTakeFirstOrThrow();
      const referrer = await db.selectFrom('app_user').select('id').where('pool_id', '=', pool.pool_id).executeTakeFirstOrThrow();
      const c = await createMatchingCase(db, pool.pool_id, { municipalityId: ids.GM0119!, referrerUserId: referrer.id, status: 'proposed' });
      const proposal = await db
        .insertInto('case_proposal')
        .values({ pool_id: pool.pool_id, case_id: c.id, proposed_by: referrer.id, proposed_at: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      const slot = await db
        .insertInto('proposal_mediator')
        .values({ pool_id: pool.pool_id, proposal_id: proposal.id, case_id: c.id, mediator_id: mediators['Ingrid Bakker']!, role: 'lead' })
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.equal((await steenwijk()).freeCapacity.cases, 1);
      await db.updateTable('proposal_mediator').set({ answer: 'declined', answered_at: new Date(), decline_reason: 'Geen tijd deze maand' }).where('id', '=', slot.id).execute();
      assert.equal((await steenwijk()).freeCapacity.cases, 2);
    });

    test('waking a dormant mediator sends a personal mail through the outbox and records it', async () => {
      const id = mediators['Karel Mulder']!;
      const res = await admin.post(`/api/v1/mediators/${id}/wake-ups`, { message: 'We zoeken iemand voor een buurtzaak in Hasselt.' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.headers.location, `/api/v1/mediators/${id}/wake-ups/${res.json().id}`);
      const mail = await t.handle.db.selectFrom('mail_outbox').selectAll().where('kind', '=', 'wake-up').executeTakeFirstOrThrow();
      assert.equal(mail.to_address, 'karel.mulder@meppel-pool.test');
      assert.equal(mail.status, 'queued');
      assert.match(mail.subject, /Mediatorpool Meppel en omstreken: doet u weer mee/);
      assert.match(mail.body_text, /^Beste Karel Mulder,/);
      assert.match(mail.body_text, /gemeente Zwartewaterland/);
      assert.match(mail.body_text, /15 maart 2024/);
      assert.match(mail.body_text, /buurtzaak in Hasselt/);
      const row = await t.handle.db.selectFrom('mediator_wake_up').selectAll().where('mediator_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.mail_id, mail.id);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', id).where('action', '=', 'mediator.wake-up').execute();
      assert.equal(audit.length, 1);
      assert.ok((await admin.get('/api/v1/pool-health')).json().dormantMediators.find((d: { id: string }) => d.id === id).lastWakeUpAt);
      assert.equal((await admin.get(`/api/v1/mediators/${id}/wake-ups`)).json().items.length, 1);

      const again = await admin.post(`/api/v1/mediators/${id}/wake-ups`, {});
      assert.equal(again.statusCode, 409);
      const active = await admin.post(`/api/v1/mediators/${mediators['Ingrid Bakker']}/wake-ups`, {});
      assert.equal(active.statusCode, 409);
      assert.match(active.json().detail, /slapende mediator/);
      const noBody = await admin.post(`/api/v1/mediators/${mediators['Henk de Wit']}/wake-ups`);
      assert.equal(noBody.statusCode, 201, noBody.body);
    });
  });

  describe(`registry: pool health, who may see it (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createRegistryWorld>>;
    let as: Awaited<ReturnType<typeof agentsFor>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createRegistryWorld(t.handle.db);
      as = await agentsFor(() => new Agent(t.app), world);
      await t.handle.db.updateTable('mediator_profile').set({ status: 'dormant' }).where('id', '=', world.otherMediator.profile.id).execute();
    });
    after(() => t.close());

    test('admins and coordinators; not contacts, mediators or finance; each pool its own', async () => {
      for (const role of ['admin', 'coordinator'] as const) assert.equal((await as[role].get('/api/v1/pool-health')).statusCode, 200, role);
      for (const role of ['contact', 'mediator', 'finance'] as const) assert.equal((await as[role].get('/api/v1/pool-health')).statusCode, 403, role);
      const foreign = (await as.foreign.get('/api/v1/pool-health')).json();
      assert.equal(foreign.dormantMediators.length, 0);
      assert.ok(!foreign.municipalities.some((m: { id: string }) => m.id === world.municipality.id));
      const wake = `/api/v1/mediators/${world.otherMediator.profile.id}/wake-ups`;
      assert.equal((await as.contact.post(wake, {})).statusCode, 404);
      assert.equal((await as.finance.post(wake, {})).statusCode, 404);
      assert.equal((await as.foreign.post(wake, {})).statusCode, 404);
      assert.equal((await as.coordinator.post(wake, {})).statusCode, 201);
    });
  });
}
