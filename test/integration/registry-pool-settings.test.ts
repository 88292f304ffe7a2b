import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { agentsFor, createRegistryWorld, SAMPLE_PDF } from '../helpers/registry-factories.js';

for (const engine of testEngines()) {
  describe(`registry: pool settings (${engine})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof createRegistryWorld>>;
    let as: Awaited<ReturnType<typeof agentsFor>>;
    before(async () => {
      t = await createTestApp(engine);
      world = await createRegistryWorld(t.handle.db);
      as = await agentsFor(() => new Agent(t.app), world);
    });
    after(() => t.close());

    test('a new pool has the default settings', async () => {
      const res = await as.admin.get('/api/v1/pool-settings');
      assert.equal(res.statusCode, 200);
      const s = res.json();
      assert.equal(s.name, world.pool.name);
      assert.equal(s.settlementMode, 'none');
      assert.equal(s.settlementPeriod, 'quarter');
      assert.deepEqual([s.normFirstContactDays, s.normAssignmentDays, s.normConclusionDays], [5, 10, 60]);
      assert.equal(s.allowDifferentDepartment, false);
      assert.equal(s.retentionMonths, 24);
      assert.equal(s.aftercareWeeks, 6);
      assert.equal(s.covenantDocument, null);
    });

    test('who may read and change the settings', async () => {
      for (const role of ['admin', 'coordinator', 'finance'] as const) assert.equal((await as[role].get('/api/v1/pool-settings')).statusCode, 200, role);
      for (const role of ['contact', 'mediator'] as const) assert.equal((await as[role].get('/api/v1/pool-settings')).statusCode, 403, role);
      for (const role of ['coordinator', 'finance', 'contact', 'mediator'] as const) {
        assert.equal((await as[role].patch('/api/v1/pool-settings', { aftercareWeeks: 8 })).statusCode, 403, role);
        assert.equal((await as[role].post('/api/v1/pool-settings/hourly-rates', { year: 2030, cents: 5000 })).statusCode, 403, role);
      }
      // The other pool's administrator sees and changes only their own pool's settings.
      await as.foreign.patch('/api/v1/pool-settings', { aftercareWeeks: 12 });
      assert.notEqual((await as.admin.get('/api/v1/pool-settings')).json().aftercareWeeks, 12);
    });

    test('an administrator changes settlement, norms and policies; the change is audited', async () => {
      const res = await as.admin.patch('/api/v1/pool-settings', {
        name: 'Mediatorpool Meppel e.o.',
        settlementMode: 'hourly',
        settlementPeriod: 'year',
        normFirstContactDays: 3,
        normAssignmentDays: 8,
        normConclusionDays: 50,
        allowDifferentDepartment: true,
        retentionMonths: 36,
        aftercareWeeks: 4,
        covenantSignedOn: '2013-03-01',
        covenantDescription: 'Convenant mediatorpool',
      });
      assert.equal(res.statusCode, 200);
      const s = res.json();
      assert.equal(s.name, 'Mediatorpool Meppel e.o.');
      assert.equal(s.settlementMode, 'hourly');
      assert.equal(s.normAssignmentDays, 8);
      assert.equal(s.covenantSignedOn, '2013-03-01');
      const audit = await t.handle.db.selectFrom('audit_event').selectAll().where('action', '=', 'pool-settings.update').where('pool_id', '=', world.pool.id).execute();
      assert.ok(audit.length >= 1);
      assert.deepEqual((audit.at(-1)!.detail as { changes: Record<string, unknown> }).changes.settlement_mode, ['none', 'hourly']);
    });

    test('norms out of order, unknown fields and a future signing date are refused with nothing changed', async () => {
      const before = (await as.admin.get('/api/v1/pool-settings')).json();
      const order = await as.admin.patch('/api/v1/pool-settings', { normAssignmentDays: 2, normConclusionDays: 1 });
      assert.equal(order.statusCode, 400);
      assert.deepEqual(order.json().invalidParams.map((p: { name: string }) => p.name), ['normAssignmentDays', 'normConclusionDays']);
      const unknown = await as.admin.patch('/api/v1/pool-settings', { settlementMode: 'weekly', colour: 'red' });
      assert.equal(unknown.statusCode, 400);
      const future = await as.admin.patch('/api/v1/pool-settings', { covenantSignedOn: '2999-01-01', aftercareWeeks: 9 });
      assert.equal(future.statusCode, 400);
      assert.equal(future.json().invalidParams[0].name, 'covenantSignedOn');
      assert.deepEqual((await as.admin.get('/api/v1/pool-settings')).json(), before);
    });

    test('the routes that may start without a signed agreement are saved with the settings, all or nothing', async () => {
      const policy = () => as.admin.get('/api/v1/pool-settings/mediation-agreement').then((r) => r.json().exemptRoutes as string[]);
      const audits = () => t.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'pool.agreement-policy').where('pool_id', '=', world.pool.id).execute().then((r) => r.length);
      const start = await policy();
      const startAudits = await audits();
      // A wrong norm in the same save: neither the norm nor the routes change.
      const refused = await as.admin.patch('/api/v1/pool-settings', { normAssignmentDays: 1, normFirstContactDays: 5, mediationAgreementExemptRoutes: ['coaching', 'process_facilitator'] });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(await policy(), start);
      assert.equal(await audits(), startAudits);
      // Together: both stored, the routes sorted, one audit row for the policy.
      const saved = await as.admin.patch('/api/v1/pool-settings', { aftercareWeeks: 5, mediationAgreementExemptRoutes: ['process_facilitator', 'coaching'] });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().aftercareWeeks, 5);
      assert.deepEqual(await policy(), ['coaching', 'process_facilitator']);
      assert.equal(await audits(), startAudits + 1);
      // Saving the same routes again changes nothing and writes no audit row.
      assert.equal((await as.admin.patch('/api/v1/pool-settings', { mediationAgreementExemptRoutes: ['coaching', 'process_facilitator'] })).statusCode, 200);
      assert.equal((await as.admin.put('/api/v1/pool-settings/mediation-agreement', { exemptRoutes: ['process_facilitator', 'coaching'] })).statusCode, 200);
      assert.equal(await audits(), startAudits + 1);
      // An unknown route is refused by the schema.
      assert.equal((await as.admin.patch('/api/v1/pool-settings', { mediationAgreementExemptRoutes: ['everything'] })).statusCode, 400);
      assert.deepEqual(await policy(), ['coaching', 'process_facilitator']);
    });

    test('the contact for questions: stored, cleared, shown in the public branding; a wrong address or number is refused', async () => {
      const saved = await as.admin.patch('/api/v1/pool-settings', { contactEmail: 'coordinatie@meppel.example', contactPhone: '0522 123 456' });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual([saved.json().contactEmail, saved.json().contactPhone], ['coordinatie@meppel.example', '0522 123 456']);
      const branding = (await new Agent(t.app).get('/api/v1/branding')).json();
      assert.deepEqual(branding.contact, { email: 'coordinatie@meppel.example', phone: '0522 123 456' }, 'anyone may read it, signed in or not');
      for (const bad of [{ contactEmail: 'geen adres' }, { contactPhone: 'bel maar' }, { contactPhone: '1'.repeat(41) }]) {
        assert.equal((await as.admin.patch('/api/v1/pool-settings', bad)).statusCode, 400, JSON.stringify(bad));
      }
      assert.equal((await as.coordinator.patch('/api/v1/pool-settings', { contactEmail: 'x@y.example' })).statusCode, 403);
      const cleared = await as.admin.patch('/api/v1/pool-settings', { contactEmail: null, contactPhone: null });
      assert.deepEqual([cleared.json().contactEmail, cleared.json().contactPhone], [null, null]);
    });

    test('hourly rates: one per year, integer cents above zero', async () => {
      const created = await as.admin.post('/api/v1/pool-settings/hourly-rates', { year: 2026, cents: 6250 });
      assert.equal(created.statusCode, 201);
      assert.equal(created.headers.location, '/api/v1/pool-settings/hourly-rates/2026');
      assert.equal((await as.finance.get('/api/v1/pool-settings/hourly-rates/2026')).json().cents, 6250);
      const dup = await as.admin.post('/api/v1/pool-settings/hourly-rates', { year: 2026, cents: 7000 });
      assert.equal(dup.statusCode, 409);
      for (const cents of [0, -100]) {
        const bad = await as.admin.post('/api/v1/pool-settings/hourly-rates', { year: 2027, cents });
        assert.equal(bad.statusCode, 400, String(cents));
        assert.match(bad.json().invalidParams[0].reason, /groter zijn dan € 0,00/);
      }
      assert.equal((await as.admin.post('/api/v1/pool-settings/hourly-rates', { year: 2027, cents: 62.5 })).statusCode, 400);
      assert.equal((await as.admin.patch('/api/v1/pool-settings/hourly-rates/2026', { cents: 0 })).statusCode, 400);
      assert.equal((await as.admin.patch('/api/v1/pool-settings/hourly-rates/2026', { cents: 6400 })).json().cents, 6400);
      const list = (await as.coordinator.get('/api/v1/pool-settings/hourly-rates')).json();
      assert.deepEqual(list.items.map((r: { year: number; cents: number }) => [r.year, r.cents]), [[2026, 6400]]);
      assert.equal((await as.foreign.get('/api/v1/pool-settings/hourly-rates/2026')).statusCode, 404);
      assert.equal((await as.foreign.delete('/api/v1/pool-settings/hourly-rates/2026')).statusCode, 404);
      assert.equal((await as.admin.delete('/api/v1/pool-settings/hourly-rates/2026')).statusCode, 204);
      assert.equal((await as.admin.get('/api/v1/pool-settings/hourly-rates/2026')).statusCode, 404);
    });

    test('extra days off: unique per date, another pool cannot see or remove them', async () => {
      const res = await as.admin.post('/api/v1/pool-settings/days-off', { date: '2026-05-15', description: 'Brugdag' });
      assert.equal(res.statusCode, 201);
      assert.equal(res.headers.location, `/api/v1/pool-settings/days-off/${res.json().id}`);
      assert.equal((await as.admin.post('/api/v1/pool-settings/days-off', { date: '2026-05-15', description: 'Nog een' })).statusCode, 409);
      assert.equal((await as.admin.post('/api/v1/pool-settings/days-off', { date: '2026-02-30', description: 'Bestaat niet' })).statusCode, 400);
      assert.deepEqual((await as.coordinator.get('/api/v1/pool-settings/days-off?year=2026')).json().items.map((d: { date: string }) => d.date), ['2026-05-15']);
      assert.equal((await as.coordinator.get('/api/v1/pool-settings/days-off?year=2025')).json().items.length, 0);
      assert.equal((await as.foreign.delete(`/api/v1/pool-settings/days-off/${res.json().id}`)).statusCode, 404);
      assert.equal((await as.admin.delete(`/api/v1/pool-settings/days-off/${res.json().id}`)).statusCode, 204);
    });

    test('the covenant document: PDF only, at most 10 MB, stored with its SHA-256, downloadable', async () => {
      const notPdf = await as.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/covenant-document', payload: { filename: 'x.pdf', contentBase64: Buffer.from('<html>').toString('base64') } });
      assert.equal(notPdf.statusCode, 415);
      const badBase64 = await as.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/covenant-document', payload: { filename: 'x.pdf', contentBase64: '%%%not base64%%%' } });
      assert.equal(badBase64.statusCode, 400);
      const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(10 * 1024 * 1024)]);
      const tooBig = await as.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/covenant-document', payload: { filename: 'groot.pdf', contentBase64: big.toString('base64') } });
      assert.equal(tooBig.statusCode, 413);
      assert.match(tooBig.json().detail, /hoogstens 10 MB/);
      const forbidden = await as.coordinator.request({ method: 'PUT', url: '/api/v1/pool-settings/covenant-document', payload: { filename: 'c.pdf', contentBase64: SAMPLE_PDF.toString('base64') } });
      assert.equal(forbidden.statusCode, 403);

      const ok = await as.admin.request({ method: 'PUT', url: '/api/v1/pool-settings/covenant-document', payload: { filename: 'convenant.pdf', contentBase64: SAMPLE_PDF.toString('base64') } });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().contentType, 'application/pdf');
      assert.equal(ok.json().sizeBytes, SAMPLE_PDF.length);
      assert.match(ok.json().sha256, /^[0-9a-f]{64}$/);
      assert.equal((await as.finance.get('/api/v1/pool-settings')).json().covenantDocument.filename, 'convenant.pdf');

      const download = await as.finance.get('/api/v1/pool-settings/covenant-document');
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.match(download.headers['content-disposition'] as string, /attachment; filename="convenant.pdf"/);
      assert.deepEqual(download.rawPayload, SAMPLE_PDF);
      assert.equal((await as.foreign.get('/api/v1/pool-settings/covenant-document')).statusCode, 404);
      assert.equal((await as.contact.get('/api/v1/pool-settings/covenant-document')).statusCode, 403);

      assert.equal((await as.admin.delete('/api/v1/pool-settings/covenant-document')).statusCode, 204);
      assert.equal((await as.admin.get('/api/v1/pool-settings/covenant-document')).statusCode, 404);
    });
  });
}
