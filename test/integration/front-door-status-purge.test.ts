import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createMunicipality, createPool, createUser } from '../helpers/factories.js';
import { runRetention } from '../../src/server/jobs/retention.js';
import { sha256 } from '../../src/server/auth/tokens.js';

/**
 * Issue 15, item 4 (follow-up): the resident's status links of the front door expire after a year
 * and the retention job purges them with the other dead links (counted in its audit row). A live
 * link stays and still shows the status; the self-referred case itself stays. An expired link says
 * in Dutch that it is expired or unknown, with the same answer as a link that never existed, before
 * and after the purge: nothing is revealed.
 */
for (const engine of testEngines()) {
  describe(`front door status links and the purge (${engine})`, () => {
    let t: TestApp;
    let next = 1;
    const ip = () => `10.3.0.${next++}`;

    before(async () => {
      t = await createTestApp(engine);
      const pool = await createPool(t.handle.db, { name: 'Mediatorpool Meppel en omstreken' });
      const meppel = await createMunicipality(t.handle.db, pool.id, { code: 'GM0119', name: 'Meppel' });
      await createMunicipality(t.handle.db, pool.id, { code: 'GM1896', name: 'Zwartewaterland' });
      await createUser(t.handle.db, pool.id, { roles: ['coordinator'], municipalityId: meppel.id });
    });
    after(() => t.close());

    const selfRefer = async (name: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/front-door/self-referrals',
        remoteAddress: ip(),
        payload: {
          municipalityCode: 'GM1896',
          askerRole: 'resident',
          conflictWith: 'municipality_government',
          name,
          email: null,
          phone: '06-12345678',
          description: 'Een conflict over een vergunning.',
          privacyAcknowledged: true,
          prefersIndependentMediator: false,
          decisionDate: null,
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json().statusPath as string).split('/').pop()!;
    };
    const status = (token: string) => t.app.inject({ method: 'GET', url: `/api/v1/front-door/status/${token}`, remoteAddress: ip() });
    const link = (token: string) => t.handle.db.selectFrom('front_door_status_link').select(['case_id', 'expires_at']).where('token_hash', '=', sha256(token)).executeTakeFirst();

    test('the job purges an expired status link and keeps a live one; the expired link says so in Dutch and reveals nothing', async () => {
      const expired = await selfRefer('Petra Oud');
      const live = await selfRefer('Lotte Nieuw');
      const expiredCase = (await link(expired))!.case_id;
      await t.handle.db.updateTable('front_door_status_link').set({ expires_at: new Date(Date.now() - 86_400_000) }).where('token_hash', '=', sha256(expired)).execute();

      const unknown = await status('z'.repeat(43));
      const before = await status(expired);
      assert.equal(before.statusCode, 404, 'expired already shows nothing before the purge');
      assert.match(before.json().detail, /verlopen of onbekend/);
      const comparable = (body: Record<string, unknown>) => ({ ...body, requestId: null, instance: null });
      assert.deepEqual(comparable(before.json()), comparable(unknown.json()), 'the same answer as a link that never existed');
      assert.doesNotMatch(before.body, /Petra|Oud|Zwartewaterland|Meppel|ontvangen|received/i);

      const run = await runRetention(t.handle.db);
      assert.equal(run.purged.frontDoorStatusLinks, 1);
      assert.equal(await link(expired), undefined, 'the expired link is gone');
      assert.ok(await link(live), 'the live link stays');
      assert.ok(await t.handle.db.selectFrom('mediation_case').select('id').where('id', '=', expiredCase).executeTakeFirst(), 'the case itself stays');

      const audit = await t.handle.db.selectFrom('audit_event').select(['detail', 'pool_id']).where('action', '=', 'retention.purge').orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal((audit.detail as { frontDoorStatusLinks: number }).frontDoorStatusLinks, 1);
      assert.equal(audit.pool_id, null, 'installation-wide, like the other dead links');

      const after = await status(expired);
      assert.equal(after.statusCode, 404);
      assert.equal(after.json().detail, unknown.json().detail);
      assert.equal(after.json().type, unknown.json().type);
      const stillLive = await status(live);
      assert.equal(stillLive.statusCode, 200, stillLive.body);
      assert.deepEqual(stillLive.json(), { status: 'received' });

      // Nothing left to purge: a second run counts none and writes no row.
      const rows = async () => (await t.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'retention.purge').execute()).length;
      const n = await rows();
      const again = await runRetention(t.handle.db);
      assert.equal(again.purged.frontDoorStatusLinks, 0);
      assert.equal(await rows(), n);
    });
  });
}
