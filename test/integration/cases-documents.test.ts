import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { createCaseWorld, referralBody } from '../helpers/case-factories.js';

for (const engine of testEngines()) {
  describe(`case documents (${engine})`, () => {
    let t: TestApp;
    let coordinator: Agent;
    let caseId = '';
    before(async () => {
      t = await createTestApp(engine);
      const w = await createCaseWorld(t.handle.db);
      coordinator = await new Agent(t.app).login(w.users.coordinator.email, w.users.coordinator.password);
      caseId = (await coordinator.post('/api/v1/cases', referralBody(w.meppel.id))).json().id;
    });
    after(() => t.close());

    test('a PDF is stored with its checksum, listed, and downloaded byte for byte; the download is audited', async () => {
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 7)]);
      const res = await coordinator.post(`/api/v1/cases/${caseId}/documents`, { kind: 'mediation_agreement', filename: '../../etc/Overeenkomst getekend.PDF', contentBase64: content.toString('base64') });
      assert.equal(res.statusCode, 201, res.body);
      const doc = res.json();
      assert.equal(doc.contentType, 'application/pdf');
      assert.equal(doc.filename, 'Overeenkomst getekend.pdf');
      assert.equal(doc.sha256, createHash('sha256').update(content).digest('hex'));
      const list = (await coordinator.get(`/api/v1/cases/${caseId}/documents`)).json().items;
      assert.deepEqual(list.map((d: { id: string }) => d.id), [doc.id]);
      const download = await coordinator.get(`/api/v1/cases/${caseId}/documents/${doc.id}/content`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.match(download.headers['content-disposition'] as string, /^attachment;/);
      assert.ok(download.rawPayload.equals(content));
      const audit = await t.handle.db.selectFrom('audit_event').select('action').where('object_id', '=', doc.id).execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), ['case.document-download', 'case.document-upload']);
    });

    test('a file that claims to be a PDF but is not is refused; nothing is stored', async () => {
      const fake = Buffer.from('<html>Ik ben geen PDF</html>').toString('base64');
      const res = await coordinator.post(`/api/v1/cases/${caseId}/documents`, { kind: 'letter', filename: 'brief.pdf', contentBase64: fake });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().invalidParams[0].code, 'unsupported-type');
      const bad64 = await coordinator.post(`/api/v1/cases/${caseId}/documents`, { kind: 'letter', filename: 'brief.pdf', contentBase64: '!!!!' });
      assert.equal(bad64.statusCode, 400);
      const rows = await t.handle.db.selectFrom('case_document').select('id').where('kind', '=', 'letter').execute();
      assert.equal(rows.length, 0);
    });

    test('a document over 10 MB is refused with 413', async () => {
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1)]);
      const res = await coordinator.post(`/api/v1/cases/${caseId}/documents`, { kind: 'other', filename: 'groot.pdf', contentBase64: big.toString('base64') });
      assert.equal(res.statusCode, 413);
    });

    test('an image and an Office document are accepted by their content', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      const res = await coordinator.post(`/api/v1/cases/${caseId}/documents`, { kind: 'consent_form', filename: 'scan', contentBase64: png.toString('base64') });
      assert.equal(res.statusCode, 201);
      assert.equal(res.json().filename, 'scan.png');
    });
  });

  describe(`case numbers under concurrent referrals (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    test('twenty referrals at the same instant get twenty consecutive, unique numbers', async () => {
      const w = await createCaseWorld(t.handle.db);
      const contact = await new Agent(t.app).login(w.users.contactMeppel.email, w.users.contactMeppel.password);
      const results = await Promise.all(Array.from({ length: 20 }, () => contact.post('/api/v1/cases', referralBody(w.meppel.id))));
      assert.deepEqual(results.map((r) => r.statusCode), Array(20).fill(201));
      const numbers = results.map((r) => r.json().number as string).sort();
      const year = new Date().getFullYear();
      assert.deepEqual(numbers, Array.from({ length: 20 }, (_, i) => `MP-${year}-${String(i + 1).padStart(4, '0')}`));
    });
  });
}
