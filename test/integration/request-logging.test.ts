import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { REDACTED, redactUrl } from '../../src/server/http/redact-url.js';
import { createTestDatabase } from '../helpers/test-database.js';

const SECRET = 'Zq8v2Y0s-secret-from-the-link';

describe('request logs never contain the secret of an e-mailed link', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  let handle: DatabaseHandle;
  before(async () => {
    handle = await createTestDatabase('pglite');
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    app = await buildApp({
      db: handle.db,
      config: { baseUrl: 'http://mediatorpool.test', secureCookies: false, sessionSecret: 'test-secret-test-secret-test-secret-123', mailFrom: 'test <t@mediatorpool.test>' },
      logger: { level: 'info', stream },
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await handle.close();
  });

  for (const url of [
    `/api/v1/consents/${SECRET}`,
    `/api/v1/satisfaction/${SECRET}`,
    `/api/v1/calendar-feeds/${SECRET}/sessions.ics`,
    `/instemming/${SECRET}`,
    `/tevredenheid/${SECRET}?bron=mail`,
    `/uitnodiging/${SECRET}`,
    `/wachtwoord-herstellen/${SECRET}`,
  ]) {
    test(`GET ${url.replace(SECRET, ':token')}`, async () => {
      lines.length = 0;
      await app.inject({ method: 'GET', url });
      const logged = lines.join('');
      assert.ok(logged.includes('incoming request'), 'the request is logged');
      assert.ok(logged.includes(REDACTED), 'with the secret replaced');
      assert.ok(!logged.includes(SECRET), 'and the secret nowhere');
    });
  }

  test('other paths are logged as they are', () => {
    assert.equal(redactUrl('/api/v1/cases/123?limit=5'), '/api/v1/cases/123?limit=5');
    assert.equal(redactUrl('/zaken/123'), '/zaken/123');
    assert.equal(redactUrl(`/api/v1/consents/${SECRET}?x=1`), `/api/v1/consents/${REDACTED}?x=1`);
  });
});
