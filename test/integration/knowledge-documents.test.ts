import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createPoolWithRoles } from '../helpers/factories.js';

type Role = 'admin' | 'coordinator' | 'contact' | 'mediator' | 'finance';

/**
 * Knowledge base documents with versions (issue 16, item 4): a template's file uploaded and
 * replaced by a new version, the history with who and when, any version downloaded byte for byte;
 * who sees what (contacts and finance only when the article is marked, and then only the current
 * version); the bad input (a file of another type, a file named .pdf that is not one, too large,
 * not base64) refused with nothing stored.
 */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1');
const odt = (text: string) => Buffer.from(`PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text ${text}`, 'latin1');

for (const engine of testEngines()) {
  describe(`knowledge base documents with versions (${engine})`, () => {
    let t: TestApp;
    let w: Awaited<ReturnType<typeof createPoolWithRoles>>;
    let a: Record<Role, Agent>;
    let other: Agent;
    const db = () => t.handle.db;

    before(async () => {
      t = await createTestApp(engine);
      w = await createPoolWithRoles(db());
      const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);
      a = { admin: await login(w.users.admin), coordinator: await login(w.users.coordinator), contact: await login(w.users.contact), mediator: await login(w.users.mediator), finance: await login(w.users.finance) };
      other = await login((await createPoolWithRoles(db())).users.coordinator);
    });
    after(() => t.close());

    const template = async (overrides: Record<string, unknown> = {}) => {
      const res = await a.coordinator.post('/api/v1/knowledge-base/articles', { kind: 'template', title: 'Mediationovereenkomst', bodyMarkdown: 'Het model dat partijen vóór het eerste gesprek tekenen.', ...overrides });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const upload = (agent: Agent, id: string, file: Buffer, filename: string, changeNote?: string) =>
      agent.post(`/api/v1/knowledge-base/articles/${id}/document/versions`, { filename, contentBase64: file.toString('base64'), ...(changeNote ? { changeNote } : {}) });
    const content = (agent: Agent, id: string, version: number) => agent.get(`/api/v1/knowledge-base/articles/${id}/document/versions/${version}/content`);
    const stored = async (id: string) => (await db().selectFrom('knowledge_document_version').select('version').where('article_id', '=', id).execute()).length;

    test('upload, a new version, the history with who and when, and every version downloadable byte for byte', async () => {
      const id = await template();
      const empty = await a.mediator.get(`/api/v1/knowledge-base/articles/${id}/document`);
      assert.equal(empty.statusCode, 200);
      assert.deepEqual({ current: empty.json().current, versions: empty.json().versions }, { current: null, versions: [] });

      const v1 = pdf('versie 1');
      const first = await upload(a.coordinator, id, v1, 'C:\\modellen\\Mediationovereenkomst.pdf');
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.headers.location, `/api/v1/knowledge-base/articles/${id}/document/versions/1/content`);
      const v2 = odt('versie 2');
      const second = await upload(a.coordinator, id, v2, 'Mediationovereenkomst 2026.docx', 'Nieuwe privacyparagraaf');
      assert.equal(second.statusCode, 201, second.body);
      const doc = second.json();
      assert.equal(doc.current.version, 2);
      assert.equal(doc.current.filename, 'Mediationovereenkomst 2026.odt', 'the extension follows the real type');
      assert.equal(doc.current.contentType, 'application/vnd.oasis.opendocument.text');
      assert.deepEqual(
        doc.versions.map((v: { version: number; filename: string; uploadedBy: string; changeNote: string | null; sha256: string }) => [v.version, v.filename, v.uploadedBy, v.changeNote, v.sha256]),
        [
          [2, 'Mediationovereenkomst 2026.odt', w.users.coordinator.name, 'Nieuwe privacyparagraaf', createHash('sha256').update(v2).digest('hex')],
          [1, 'Mediationovereenkomst.pdf', w.users.coordinator.name, null, createHash('sha256').update(v1).digest('hex')],
        ],
      );
      const old = await content(a.mediator, id, 1);
      assert.equal(old.statusCode, 200);
      assert.equal(old.headers['content-type'], 'application/pdf');
      assert.match(String(old.headers['content-disposition']), /filename="Mediationovereenkomst\.pdf"/);
      assert.deepEqual(old.rawPayload, v1);
      assert.deepEqual((await content(a.mediator, id, 2)).rawPayload, v2);
      assert.equal((await content(a.mediator, id, 3)).statusCode, 404);
      const audit = await db().selectFrom('audit_event').select(['action', 'detail']).where('object_id', '=', id).where('action', 'like', 'knowledge.document.%').orderBy('at').execute();
      assert.deepEqual(audit.map((r) => r.action), ['knowledge.document.upload', 'knowledge.document.upload', 'knowledge.document.download', 'knowledge.document.download']);
      assert.deepEqual(audit[2]!.detail, { version: 1, sha256: createHash('sha256').update(v1).digest('hex') });
    });

    test('contacts and finance: 404 unless the article is marked for them, and then only the current version', async () => {
      const closed = await template({ title: 'Intakeprotocol' });
      assert.equal((await upload(a.coordinator, closed, pdf('intake'), 'intake.pdf')).statusCode, 201);
      for (const role of ['contact', 'finance'] as const) {
        assert.equal((await a[role].get(`/api/v1/knowledge-base/articles/${closed}/document`)).statusCode, 404, role);
        assert.equal((await content(a[role], closed, 1)).statusCode, 404, role);
      }
      const open = await template({ title: 'Privacyprotocol', forContacts: true, forFinance: true });
      assert.equal((await upload(a.coordinator, open, pdf('privacy 1'), 'privacy.pdf')).statusCode, 201);
      assert.equal((await upload(a.coordinator, open, pdf('privacy 2'), 'privacy.pdf')).statusCode, 201);
      for (const role of ['contact', 'finance'] as const) {
        const doc = (await a[role].get(`/api/v1/knowledge-base/articles/${open}/document`)).json();
        assert.equal(doc.current.version, 2, role);
        assert.equal(doc.versions, null, `${role} sees no history`);
        assert.deepEqual(doc.allowedActions, [], role);
        assert.equal((await content(a[role], open, 2)).statusCode, 200, role);
        assert.equal((await content(a[role], open, 1)).statusCode, 404, `${role}: no earlier version`);
        assert.equal((await upload(a[role], open, pdf('x'), 'x.pdf')).statusCode, 403, role);
      }
      // A mediator who is no editor reads but may not upload (403); another pool sees nothing (404).
      assert.equal((await upload(a.mediator, open, pdf('x'), 'x.pdf')).statusCode, 403);
      assert.equal((await other.get(`/api/v1/knowledge-base/articles/${open}/document`)).statusCode, 404);
      assert.equal((await upload(other, open, pdf('x'), 'x.pdf')).statusCode, 404);
      assert.equal(await stored(open), 2);
    });

    test('bad files: another type, a fake .pdf, too large, not base64 — clear errors, nothing stored', async () => {
      const id = await template({ title: 'Statuten' });
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
      const image = await upload(a.coordinator, id, png, 'statuten.pdf');
      assert.equal(image.statusCode, 400, image.body);
      assert.equal(image.json().invalidParams[0].name, 'contentBase64');
      assert.match(image.json().invalidParams[0].reason, /PDF, Word \(docx\) of OpenDocument-tekst/);
      assert.equal((await upload(a.coordinator, id, Buffer.from('gewoon tekst'), 'statuten.pdf')).statusCode, 400);
      const big = Buffer.concat([pdf('groot'), Buffer.alloc(10 * 1024 * 1024)]);
      const large = await upload(a.coordinator, id, big, 'statuten.pdf');
      assert.equal(large.statusCode, 413, large.body);
      assert.match(large.json().detail, /hoogstens 10 MB/);
      const notBase64 = await a.coordinator.post(`/api/v1/knowledge-base/articles/${id}/document/versions`, { filename: 'x.pdf', contentBase64: 'niet@base64!' });
      assert.equal(notBase64.statusCode, 400);
      assert.equal(await stored(id), 0);
    });
  });
}
