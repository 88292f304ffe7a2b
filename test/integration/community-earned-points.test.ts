import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool, createMunicipality } from '../helpers/factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import { recordEarnedPoints, withdrawEarnedPoints } from '../../src/server/modules/registry/index.js';

let t: TestApp;
before(async () => {
  t = await createTestApp((process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'));
});
after(async () => t.close());

test('recordEarnedPoints inserts one education entry per source, and withdrawEarnedPoints removes exactly that one', async () => {
  const db = t.handle.db;
  const pool = await createPool(db);
  const m = await createMunicipality(db, pool.id);
  const { profile } = await createMediator(db, pool.id, { municipalityId: m.id });
  const sourceId = randomUUID();
  const entry = { poolId: pool.id, mediatorId: profile.id, points: 3, educationKind: 'intervision' as const, occurredOn: '2026-03-02', description: 'Intervisie', sourceType: 'intervision-meeting', sourceId };
  const first = await db.transaction().execute((trx) => recordEarnedPoints(trx, entry));
  const second = await db.transaction().execute((trx) => recordEarnedPoints(trx, entry));
  assert.ok(first);
  assert.equal(second, null);
  await db.transaction().execute((trx) => recordEarnedPoints(trx, { ...entry, sourceId: randomUUID() }));
  const rows = await db.selectFrom('upkeep_entry').selectAll().where('mediator_id', '=', profile.id).execute();
  assert.equal(rows.length, 2);
  assert.deepEqual(rows.map((r) => [r.type, r.education_kind, r.points]), [['education', 'intervision', 3], ['education', 'intervision', 3]]);
  assert.equal(await db.transaction().execute((trx) => withdrawEarnedPoints(trx, { poolId: pool.id, mediatorId: profile.id, sourceType: 'intervision-meeting', sourceId })), true);
  assert.equal(await db.transaction().execute((trx) => withdrawEarnedPoints(trx, { poolId: pool.id, mediatorId: profile.id, sourceType: 'intervision-meeting', sourceId })), false);
  assert.equal((await db.selectFrom('upkeep_entry').select('id').where('mediator_id', '=', profile.id).execute()).length, 1);
});
