import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TEST_BASE_URL } from '../helpers/test-app.js';

/**
 * Issue 13, item 5: less per request. Text goes out compressed when the client asks for it,
 * files that are compressed already do not, and the web app's hashed files are cached for good
 * while index.html is checked on every use.
 */
describe('compression and caching of HTTP answers', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let webDir: string;
  const script = `export const greeting = ${JSON.stringify('Goedemorgen, '.repeat(400))};\n`;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 7)]);

  before(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'mediatorpool-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), `<!doctype html><html lang="nl"><head><title>Mediatorpool</title></head><body>${'<p>Welkom</p>'.repeat(200)}<script type="module" src="/assets/index-Ab3_x-9Z.js"></script></body></html>`);
    writeFileSync(path.join(webDir, 'assets', 'index-Ab3_x-9Z.js'), script);
    writeFileSync(path.join(webDir, 'assets', 'logo-Qw8rT2yU.png'), png);
    writeFileSync(path.join(webDir, 'assets', 'notes.txt'), 'Geen hash in de naam.\n'.repeat(100));
    writeFileSync(path.join(webDir, 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(400)}</svg>`);
    handle = await createTestDatabase('pglite');
    app = await buildApp({
      db: handle.db,
      webDir,
      config: { baseUrl: TEST_BASE_URL, secureCookies: false, sessionSecret: 'test-secret-test-secret-test-secret-123', mailFrom: 'Mediatorpool test <test@mediatorpool.test>' },
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await handle.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) => app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
  const varies = (header: unknown) => String(header ?? '').toLowerCase().split(/,\s*/).includes('accept-encoding');

  test('a hashed script goes out with brotli or gzip when asked, and as it is when not', async () => {
    const br = await get('/assets/index-Ab3_x-9Z.js', 'gzip, deflate, br');
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(varies(br.headers.vary), `Vary: ${br.headers.vary}`);
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), script);
    assert.ok(br.rawPayload.length < script.length / 4, `${br.rawPayload.length} of ${script.length} bytes`);

    const gzip = await get('/assets/index-Ab3_x-9Z.js', 'gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.ok(varies(gzip.headers.vary));
    assert.equal(gunzipSync(gzip.rawPayload).toString('utf8'), script);

    const plain = await get('/assets/index-Ab3_x-9Z.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, script);
  });

  test('API answers and other text files are compressed too; a PNG is not compressed again', async () => {
    const openapi = await get('/api/v1/openapi.json', 'gzip');
    assert.equal(openapi.statusCode, 200);
    assert.equal(openapi.headers['content-encoding'], 'gzip');
    assert.ok(varies(openapi.headers.vary));
    assert.match(JSON.parse(gunzipSync(openapi.rawPayload).toString('utf8')).openapi, /^3\./);

    const svg = await get('/favicon.svg', 'br');
    assert.equal(svg.statusCode, 200);
    assert.equal(svg.headers['content-encoding'], 'br');
    assert.match(brotliDecompressSync(svg.rawPayload).toString('utf8'), /^<svg /);

    const image = await get('/assets/logo-Qw8rT2yU.png', 'gzip, br');
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-encoding'], undefined);
    assert.deepEqual(image.rawPayload, png);
  });

  test('hashed assets are immutable for a year; index.html and files without a hash are checked on every use', async () => {
    for (const url of ['/assets/index-Ab3_x-9Z.js', '/assets/logo-Qw8rT2yU.png']) {
      assert.equal((await get(url)).headers['cache-control'], 'public, max-age=31536000, immutable', url);
    }
    for (const url of ['/', '/zaken/123', '/index.html', '/assets/notes.txt', '/favicon.svg']) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
    }
  });
});
