import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { agentsFor, createRegistryWorld } from '../helpers/registry-factories.js';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const HEADER = 'code,name,province,latitude,longitude,memberSince,memberUntil';
const RANGE_REASON = 'Kies een datum van 1 januari 2000 tot en met 31 december 2100.';

/**
 * A date the registry keeps (membership, days off, the covenant, a mediator's dates) lies in a
 * sensible window: 1899 and 3000 are typing errors, refused with a 400 that names the field and
 * the allowed range; an ordinary date is still accepted.
 */
describe('registry: dates outside 2000–2100 are refused', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createRegistryWorld>>;
  let as: Awaited<ReturnType<typeof agentsFor>>;
  before(async () => {
    t = await createTestApp('pglite');
    world = await createRegistryWorld(t.handle.db);
    as = await agentsFor(() => new Agent(t.app), world);
  });
  after(() => t.close());

  async function refused(res: Awaited<ReturnType<Agent['post']>>, field: string, reason = RANGE_REASON) {
    assert.equal(res.statusCode, 400, res.body);
    const p = (res.json() as { invalidParams?: { name: string; reason: string }[] }).invalidParams?.find((x) => x.name === field);
    assert.ok(p, `${field} named in ${res.body}`);
    assert.equal(p.reason, reason);
  }

  test('membership dates of a municipality', async () => {
    const m = world.municipality.id;
    for (const date of ['1899-01-01', '3000-01-01', '1999-12-31', '2101-01-01']) {
      await refused(await as.admin.post('/api/v1/municipalities', { code: 'GM1701', memberSince: date }), 'memberSince');
      await refused(await as.admin.patch(`/api/v1/municipalities/${m}`, { memberSince: date }), 'memberSince');
      await refused(await as.admin.patch(`/api/v1/municipalities/${m}`, { memberUntil: date }), 'memberUntil');
      await refused(await as.admin.post(`/api/v1/municipalities/${m}/membership-endings`, { memberUntil: date }), 'memberUntil');
    }
    assert.equal((await t.handle.db.selectFrom('municipality').select('id').where('code', '=', 'GM1701').execute()).length, 0);
    const added = await as.admin.post('/api/v1/municipalities', { code: 'GM1701', memberSince: '2013-03-01' });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal((await as.admin.patch(`/api/v1/municipalities/${m}`, { memberSince: '2000-01-01' })).statusCode, 200);
    const ended = await as.admin.post(`/api/v1/municipalities/${added.json().id}/membership-endings`, { memberUntil: '2100-12-31' });
    assert.ok(ended.statusCode < 300, ended.body);
  });

  test('membership dates in a CSV import', async () => {
    for (const date of ['1899-01-01', '3000-01-01']) {
      const res = await as.admin.post('/api/v1/csv-imports/municipalities', { contentBase64: b64(`${HEADER}\r\nGM1896,,,,,${date},\r\n`) });
      assert.equal(res.statusCode, 400, res.body);
      const p = (res.json() as { invalidParams: { name: string; reason: string }[] }).invalidParams.find((x) => x.name === 'row 2/memberSince');
      assert.equal(p?.reason, RANGE_REASON, res.body);
    }
    assert.equal((await as.admin.post('/api/v1/csv-imports/municipalities', { contentBase64: b64(`${HEADER}\r\nGM1896,,,,,2013-03-01,\r\n`) })).statusCode, 200);
  });

  test('days off and the covenant date of the pool', async () => {
    for (const date of ['1899-01-01', '3000-01-01']) {
      await refused(await as.admin.post('/api/v1/pool-settings/days-off', { date, description: 'Brugdag' }), 'date');
      await refused(await as.admin.patch('/api/v1/pool-settings', { covenantSignedOn: date }), 'covenantSignedOn');
    }
    assert.equal((await t.handle.db.selectFrom('pool_day_off').select('id').execute()).length, 0);
    assert.equal((await as.admin.post('/api/v1/pool-settings/days-off', { date: '2026-05-15', description: 'Brugdag' })).statusCode, 201);
    assert.equal((await as.admin.patch('/api/v1/pool-settings', { covenantSignedOn: '2013-03-01' })).statusCode, 200);
  });

  test("a mediator's dates: registration, status, unavailability, relationships and upkeep", async () => {
    const id = world.ownMediator.id;
    for (const date of ['1899-01-01', '3000-01-01']) {
      await refused(await as.coordinator.patch(`/api/v1/mediators/${id}`, { registrationExpiresOn: date }), 'registrationExpiresOn');
      await refused(await as.coordinator.patch(`/api/v1/mediators/${id}`, { upkeepCycleStart: date }), 'upkeepCycleStart');
      await refused(await as.coordinator.post(`/api/v1/mediators/${id}/status-changes`, { status: 'dormant', fromDate: date }), 'fromDate');
      await refused(await as.coordinator.post(`/api/v1/mediators/${id}/unavailability`, { startsOn: date, endsOn: '2026-06-01', kind: 'holiday' }), 'startsOn');
      await refused(await as.coordinator.post(`/api/v1/mediators/${id}/relationships`, { kind: 'person', personName: 'Jan Jansen', reason: 'Oud-collega', since: date }), 'since', 'Kies een datum van 1 januari 1900 tot en met 31 december 2100.');
      await refused(await as.coordinator.post(`/api/v1/mediators/${id}/upkeep-entries`, { type: 'peer_review', occurredOn: date }), 'occurredOn');
    }
    assert.equal((await as.coordinator.patch(`/api/v1/mediators/${id}`, { registrationExpiresOn: '2027-12-31' })).statusCode, 200);
    const since = await as.coordinator.post(`/api/v1/mediators/${id}/relationships`, { kind: 'person', personName: 'Jan Jansen', reason: 'Oud-collega', since: '1995-09-01' });
    assert.equal(since.statusCode, 201, since.body);
  });
});
