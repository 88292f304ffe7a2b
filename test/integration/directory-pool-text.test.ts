import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles } from '../helpers/factories.js';

/**
 * Issue 15, item 3 (follow-up): a pool's administrator keeps the pool's own words on its public
 * directory page (what the pool does, how to ask) and the public contact, which is the pool
 * settings' contact for questions (one source of truth). Plain text with a limit; a save over a
 * version someone else saved in between is a 409 that changes nothing; every save is audited.
 */
for (const engine of testEngines()) {
  describe(`a pool's public page text (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let other: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let admin: Agent;
    const as: Record<string, Agent> = {};
    const anon = (url: string) => t.app.inject({ method: 'GET', url });
    const page = { description: 'Wij helpen bij conflicten op het werk.\n\nOok tussen inwoner en gemeente.', howToAsk: 'Mail ons of bel de coördinator.' };

    before(async () => {
      t = await createTestApp(engine);
      world = await createPoolWithRoles(t.handle.db);
      other = await createPoolWithRoles(t.handle.db);
      for (const role of ['admin', 'coordinator', 'contact', 'mediator', 'finance'] as const) {
        const u = world.users[role];
        as[role] = await new Agent(t.app).login(u.email, u.password);
      }
      admin = as.admin!;
    });
    after(() => t.close());

    const auditRows = (action: string) =>
      t.handle.db.selectFrom('audit_event').select(['detail', 'actor_user_id']).where('pool_id', '=', world.pool.id).where('action', '=', action).execute();
    const current = async () => (await admin.get('/api/v1/pool-public-page')).json();

    test('a pool without a text shows the general one; the administrator writes it, with the contact, and the public page and the open data show it', async () => {
      const empty = await admin.get('/api/v1/pool-public-page');
      assert.equal(empty.statusCode, 200, empty.body);
      assert.equal(empty.json().version, 0);
      assert.deepEqual(empty.json().allowedActions.sort(), ['edit-pool-text', 'read-pool-text']);
      assert.deepEqual((await anon(`/api/v1/directory/pools/${world.pool.id}`)).json().text, { description: null, howToAsk: null });

      const saved = await admin.put('/api/v1/pool-public-page', { version: 0, ...page, contactEmail: 'pool@gemeente.test', contactPhone: '0522 123 456' });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().version, 1);
      assert.equal(saved.json().contactEmail, 'pool@gemeente.test');

      const pub = (await anon(`/api/v1/directory/pools/${world.pool.id}`)).json();
      assert.deepEqual(pub.text, page);
      assert.deepEqual(pub.contact, { email: 'pool@gemeente.test', phone: '0522 123 456' });
      // One source of truth: the contact is the settings' contact for questions.
      const settings = (await admin.get('/api/v1/pool-settings')).json();
      assert.equal(settings.contactEmail, 'pool@gemeente.test');
      assert.equal(settings.contactPhone, '0522 123 456');
      const open = (await anon(`/api/v1/directory/pools/${world.pool.id}/open-data.json`)).json();
      assert.equal(open.pool.description, page.description);
      assert.equal(open.pool.howToAsk, page.howToAsk);

      const rows = await auditRows('directory.pool-text-update');
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.actor_user_id, world.users.admin.id);
      assert.deepEqual((rows[0]!.detail as { changed: string[] }).changed, ['description', 'howToAsk', 'contact']);
      assert.equal((await auditRows('pool-settings.update')).length, 1, 'the contact is saved as the settings save it, with their own row');

      // A contact changed in the settings shows on the public page and in the editor at once.
      const viaSettings = await admin.patch('/api/v1/pool-settings', { contactPhone: '0522 999 999' });
      assert.equal(viaSettings.statusCode, 200, viaSettings.body);
      assert.equal((await current()).contactPhone, '0522 999 999');
      assert.equal((await anon(`/api/v1/directory/pools/${world.pool.id}`)).json().contact.phone, '0522 999 999');
    });

    test('a save over a version someone else saved in between is a 409 and changes nothing', async () => {
      const read = await current();
      const first = await admin.put('/api/v1/pool-public-page', { version: read.version, description: 'Eerste wijziging.', howToAsk: read.howToAsk, contactEmail: read.contactEmail, contactPhone: read.contactPhone });
      assert.equal(first.statusCode, 200, first.body);
      const before = await auditRows('directory.pool-text-update');
      const stale = await admin.put('/api/v1/pool-public-page', { version: read.version, description: 'Tweede wijziging, op een oude versie.', howToAsk: '', contactEmail: null, contactPhone: null });
      assert.equal(stale.statusCode, 409, stale.body);
      assert.match(stale.json().type, /pool-text-changed$/);
      assert.match(stale.json().detail, /intussen opgeslagen/);
      const after = await current();
      assert.equal(after.description, 'Eerste wijziging.');
      assert.equal(after.contactEmail, read.contactEmail, 'the contact is not changed by a refused save either');
      assert.equal((await auditRows('directory.pool-text-update')).length, before.length);

      // Two saves at once from the same version: one wins, the other gets 409.
      const base = await current();
      const body = (d: string) => ({ version: base.version, description: d, howToAsk: '', contactEmail: base.contactEmail, contactPhone: base.contactPhone });
      const results = await Promise.all([admin.put('/api/v1/pool-public-page', body('Versie A.')), admin.put('/api/v1/pool-public-page', body('Versie B.'))]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
      const won = results.find((r) => r.statusCode === 200)!.json();
      assert.equal((await current()).description, won.description);
      assert.equal((await current()).version, base.version + 1);
    });

    test('bad input: too long, empty where required, markup; a clear Dutch problem naming the field, nothing changed', async () => {
      const read = await current();
      const put = (over: object) => admin.put('/api/v1/pool-public-page', { version: read.version, description: read.description, howToAsk: read.howToAsk, contactEmail: read.contactEmail, contactPhone: read.contactPhone, ...over });
      const cases: [object, string][] = [
        [{ description: 'x'.repeat(1001) }, 'description'],
        [{ howToAsk: 'x'.repeat(2001) }, 'howToAsk'],
        [{ description: '   \n  ' }, 'description'],
        [{ description: 'Wij helpen <script>alert(1)</script>' }, 'description'],
        [{ howToAsk: 'Klik <a href="https://example.test">hier</a>' }, 'howToAsk'],
        [{ contactEmail: 'geen-adres' }, 'contactEmail'],
        [{ contactPhone: '<b>06</b>' }, 'contactPhone'],
        [{ version: -1 }, 'version'],
      ];
      for (const [over, field] of cases) {
        const res = await put(over);
        assert.equal(res.statusCode, 400, `${JSON.stringify(over).slice(0, 60)}: ${res.body}`);
        const names = (res.json().invalidParams as { name: string; reason: string }[]).map((p) => p.name.replace(/^\/?(body\/)?/, ''));
        assert.ok(names.some((n) => n.endsWith(field)), `${field} named in ${JSON.stringify(res.json().invalidParams)}`);
      }
      const script = await put({ description: 'Wij helpen <script>alert(1)</script>' });
      assert.match(script.json().invalidParams[0].reason, /gewone tekst/);
      assert.deepEqual(await current(), read);
    });

    test('coordinator and finance read the page; only the administrator saves it; contact and mediator see nothing; another pool is untouched', async () => {
      for (const role of ['coordinator', 'finance'] as const) {
        const res = await as[role]!.get('/api/v1/pool-public-page');
        assert.equal(res.statusCode, 200, `${role}: ${res.body}`);
        assert.deepEqual(res.json().allowedActions, ['read-pool-text']);
      }
      for (const role of ['contact', 'mediator'] as const) assert.equal((await as[role]!.get('/api/v1/pool-public-page')).statusCode, 403, role);
      const read = await current();
      for (const role of ['coordinator', 'finance', 'contact', 'mediator'] as const) {
        const res = await as[role]!.put('/api/v1/pool-public-page', { version: read.version, description: 'Overgenomen.', howToAsk: '', contactEmail: null, contactPhone: null });
        assert.equal(res.statusCode, 403, `${role}: ${res.body}`);
      }
      assert.deepEqual(await current(), read);
      // The other pool's administrator edits their own pool's page, never this one.
      const otherAdmin = await new Agent(t.app).login(other.users.admin.email, other.users.admin.password);
      const own = await otherAdmin.put('/api/v1/pool-public-page', { version: 0, description: 'Andere pool.', howToAsk: '', contactEmail: null, contactPhone: null });
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().poolId, other.pool.id);
      assert.deepEqual(await current(), read);
      assert.equal((await anon(`/api/v1/directory/pools/${other.pool.id}`)).json().text.description, 'Andere pool.');
    });

    test('the same text again changes nothing and writes no audit row', async () => {
      const read = await current();
      const before = (await auditRows('directory.pool-text-update')).length;
      const res = await admin.put('/api/v1/pool-public-page', { version: read.version, description: `${read.description}  \n`, howToAsk: read.howToAsk, contactEmail: read.contactEmail, contactPhone: read.contactPhone });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().version, read.version);
      assert.equal((await auditRows('directory.pool-text-update')).length, before);
    });
  });
}
