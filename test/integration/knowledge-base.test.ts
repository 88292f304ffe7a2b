import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';

type Role = 'admin' | 'coordinator' | 'contact' | 'mediator' | 'finance';

/**
 * The knowledge base (issue 16, item 4): Dutch full-text search with stemming on both engines,
 * who sees which article (contacts and finance only what is marked for them, 404 otherwise),
 * editors chosen by a coordinator, versions with who and when, sanitised Markdown, and the bad
 * input of the issue (script, an image from elsewhere, operators, 5,000 characters).
 */
for (const engine of testEngines()) {
  describe(`knowledge base (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let a: Record<Role, Agent>;
    let other: Agent;

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(t.handle.db);
      const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);
      a = {
        admin: await login(w.users.admin),
        coordinator: await login(w.users.coordinator),
        contact: await login(w.users.contact),
        mediator: await login(w.users.mediator),
        finance: await login(w.users.finance),
      };
      const otherPool = await createPoolWithRoles(t.handle.db);
      other = await login(otherPool.users.coordinator);
    });
    after(() => t.close());

    const article = (overrides: Record<string, unknown> = {}) => ({
      kind: 'method_note',
      title: 'Het eerste gesprek',
      bodyMarkdown: '## Voorbereiding\n\nEen goede **bemiddeling** begint met een rustig voorgesprek met elke partij apart.',
      tags: ['Intake', 'methodiek'],
      ...overrides,
    });
    const create = async (overrides: Record<string, unknown> = {}) => {
      const res = await a.coordinator.post('/api/v1/knowledge-base/articles', article(overrides));
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: string; version: number; bodyHtml: string };
    };
    const search = async (agent: Agent, q: string) => {
      const res = await agent.get(`/api/v1/knowledge-base/articles?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { items: { id: string; title: string; excerpt: string }[]; total: number };
    };
    const count = async (table: 'knowledge_article' | 'knowledge_article_version') =>
      Number((await t.handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    test('"bemiddelingen" finds an article that only says "bemiddeling"; a contact and finance cannot open it (404)', async () => {
      const { id } = await create({ title: 'Voorgesprekken' });
      const found = await search(a.mediator, 'bemiddelingen');
      assert.ok(found.items.some((i) => i.id === id), 'the Dutch stemmer finds the singular');
      assert.match(found.items.find((i) => i.id === id)!.excerpt, /bemiddeling/);
      assert.equal((await a.mediator.get(`/api/v1/knowledge-base/articles/${id}`)).statusCode, 200);
      for (const who of ['contact', 'finance', 'admin'] as const) {
        assert.equal((await a[who].get(`/api/v1/knowledge-base/articles/${id}`)).statusCode, 404, who);
        assert.equal((await a[who].get(`/api/v1/knowledge-base/articles/${id}/versions`)).statusCode, 404, who);
      }
      assert.equal((await other.get(`/api/v1/knowledge-base/articles/${id}`)).statusCode, 404, 'another pool');
      assert.ok(!(await search(a.contact, 'bemiddelingen')).items.some((i) => i.id === id), 'nor is it in their search');
      assert.equal((await a.admin.get('/api/v1/knowledge-base/articles')).statusCode, 403);
    });

    test('an article marked for contacts is theirs to read, not to change; finance still gets 404', async () => {
      const { id } = await create({ title: 'Wat een verwijzer moet weten', forContacts: true, bodyMarkdown: 'Zo meldt u een zaak aan voor bemiddeling.' });
      assert.equal((await a.contact.get(`/api/v1/knowledge-base/articles/${id}`)).statusCode, 200);
      assert.ok((await search(a.contact, 'verwijzer')).items.some((i) => i.id === id));
      assert.deepEqual((await a.contact.get(`/api/v1/knowledge-base/articles/${id}`)).json().allowedActions, []);
      assert.equal((await a.finance.get(`/api/v1/knowledge-base/articles/${id}`)).statusCode, 404);
      const put = await a.contact.put(`/api/v1/knowledge-base/articles/${id}`, { ...article(), version: 1, tags: [], forContacts: true, forFinance: false });
      assert.equal(put.statusCode, 403);
    });

    test('Markdown is rendered and sanitised; a script or an image from elsewhere is refused with a reason and nothing is stored', async () => {
      const ok = await create({ bodyMarkdown: '# Kop\n\n[link](https://www.mediatorsfederatienederland.nl) en <b>vet</b> <u>onderstreept</u>' });
      assert.match(ok.bodyHtml, /<h1>Kop<\/h1>/);
      assert.match(ok.bodyHtml, /rel="noopener noreferrer nofollow"/);
      assert.doesNotMatch(ok.bodyHtml, /<b>|<u>/i, 'raw HTML is text, never a tag');
      assert.match(ok.bodyHtml, /&lt;b&gt;vet/);
      const before = await count('knowledge_article');
      for (const [body, code] of [
        ['Tekst <script>alert(1)</script>', 'markdown-script'],
        ['<b onclick="x()">vet</b>', 'markdown-script'],
        ['![logo](https://elders.example/logo.png)', 'markdown-image'],
        ['<img src="https://elders.example/x.png">', 'markdown-image'],
        ['[klik](javascript:alert(1))', 'markdown-script'],
      ] as const) {
        const res = await a.coordinator.post('/api/v1/knowledge-base/articles', article({ bodyMarkdown: body }));
        assert.equal(res.statusCode, 400, body);
        assert.ok(res.json().invalidParams.some((p: { name: string; code: string }) => p.name === 'bodyMarkdown' && p.code === code), res.body);
      }
      assert.equal(await count('knowledge_article'), before);
    });

    test('a search with operators is read as plain words; 5,000 characters get a clear 400; neither is a 500', async () => {
      await create({ title: 'Vaststellingsovereenkomst', bodyMarkdown: 'Het sjabloon voor de vaststellingsovereenkomst na een geslaagde bemiddeling.' });
      for (const q of ['bemiddeling & | ! ( :* <->', '"vaststellingsovereenkomst" -buren', "'); DROP TABLE knowledge_article; --", '&&&', 'de het een']) {
        const res = await a.mediator.get(`/api/v1/knowledge-base/articles?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, `${q}: ${res.body}`);
      }
      assert.ok((await search(a.mediator, 'bemiddeling & | !')).total >= 1);
      const long = await a.mediator.get(`/api/v1/knowledge-base/articles?q=${'bemiddeling '.repeat(455).slice(0, 5000)}`);
      assert.equal(long.statusCode, 400);
      assert.equal(long.json().invalidParams[0].name, 'q');
      assert.match(long.json().invalidParams[0].reason, /200/);
    });

    test('editors chosen by the coordinator write; a version keeps who and when; a stale version is a 409', async () => {
      const { id } = await create();
      const update = (agent: Agent, version: number, title: string) =>
        agent.put(`/api/v1/knowledge-base/articles/${id}`, { ...article({ title }), version, tags: ['intake'], forContacts: false, forFinance: false, changeNote: 'Kop aangepast' });
      assert.equal((await update(a.mediator, 1, 'Nog niet')).statusCode, 403, 'not an editor yet');
      assert.equal((await a.mediator.put(`/api/v1/knowledge-base/editors/${w.users.mediator.id}`, undefined as never)).statusCode, 403);
      const chosen = await a.coordinator.put(`/api/v1/knowledge-base/editors/${w.users.mediator.id}`, undefined as never);
      assert.equal(chosen.statusCode, 200, chosen.body);
      assert.ok(chosen.json().items.some((e: { userId: string; editor: boolean }) => e.userId === w.users.mediator.id && e.editor));
      assert.equal((await a.coordinator.put(`/api/v1/knowledge-base/editors/${w.users.contact.id}`, undefined as never)).statusCode, 400, 'a contact cannot be an editor');
      const saved = await update(a.mediator, 1, 'Het eerste gesprek, herzien');
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().version, 2);
      const stale = await update(a.coordinator, 1, 'Botsing');
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().type, 'urn:mediatorpool:problem:stale-version');
      const versions = (await a.mediator.get(`/api/v1/knowledge-base/articles/${id}/versions`)).json();
      assert.deepEqual(versions.items.map((v: { version: number }) => v.version), [2, 1]);
      assert.equal(versions.items[0].editedBy, w.users.mediator.name);
      assert.equal(versions.items[0].changeNote, 'Kop aangepast');
      const v1 = (await a.mediator.get(`/api/v1/knowledge-base/articles/${id}/versions/1`)).json();
      assert.equal(v1.title, 'Het eerste gesprek');
      assert.equal((await a.mediator.get(`/api/v1/knowledge-base/articles/${id}/versions/9`)).statusCode, 404);
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', 'in', [id, w.users.mediator.id]).execute();
      assert.ok(audit.some((r) => r.action === 'knowledge.article.update') && audit.some((r) => r.action === 'knowledge.editor.add'));
      assert.equal((await a.coordinator.delete(`/api/v1/knowledge-base/editors/${w.users.mediator.id}`)).statusCode, 200);
      assert.equal((await update(a.mediator, 2, 'Weer niet')).statusCode, 403);
    });

    test('tags filter the list and are counted', async () => {
      const extra = await createUser(t.handle.db, w.pool.id, { roles: ['mediator'] });
      const reader = await new Agent(t.app).login(extra.email, extra.password);
      await create({ title: 'Privacyprotocol', kind: 'template', tags: ['AVG'] });
      const list = (await reader.get('/api/v1/knowledge-base/articles?tag=avg')).json();
      assert.ok(list.items.length >= 1 && list.items.every((i: { tags: string[] }) => i.tags.includes('avg')));
      assert.ok(list.tags.some((x: { tag: string; count: number }) => x.tag === 'avg' && x.count >= 1));
      assert.deepEqual(list.allowedActions, []);
      assert.deepEqual((await a.coordinator.get('/api/v1/knowledge-base/articles')).json().allowedActions, ['create', 'manage-editors']);
    });
  });
}
