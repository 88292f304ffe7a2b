import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/server/config.js';

describe('configuration from the environment', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-config-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('defaults: port 3000, PGlite in ./data-like dir, demo on, http cookies', () => {
    const c = loadConfig({ DATA_DIR: dir });
    assert.equal(c.port, 3000);
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.baseUrl, 'http://localhost:3000');
    assert.equal(c.secureCookies, false);
    assert.equal(c.demo, true);
  });

  test('a missing SESSION_SECRET is generated once and kept in DATA_DIR', () => {
    const a = loadConfig({ DATA_DIR: dir });
    const b = loadConfig({ DATA_DIR: dir });
    assert.equal(a.sessionSecret, b.sessionSecret);
    assert.ok(a.sessionSecret.length >= 32);
    assert.equal(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim(), a.sessionSecret);
  });

  test('https BASE_URL turns on secure cookies; trailing slashes are dropped', () => {
    const c = loadConfig({ DATA_DIR: dir, BASE_URL: 'https://mediatorpool.meppel.nl/' });
    assert.equal(c.baseUrl, 'https://mediatorpool.meppel.nl');
    assert.equal(c.secureCookies, true);
  });

  test('MAIL_DIR delivers mail as files, and not together with SMTP_URL', () => {
    assert.equal(loadConfig({ DATA_DIR: dir, MAIL_DIR: 'mail-out' }).mailDir, path.resolve('mail-out'));
    assert.throws(() => loadConfig({ DATA_DIR: dir, MAIL_DIR: 'mail-out', SMTP_URL: 'smtp://localhost:1025' }), /SMTP_URL or MAIL_DIR, not both/);
  });

  test('every bad value is reported at once', () => {
    try {
      loadConfig({ DATA_DIR: dir, PORT: '70000', BASE_URL: 'ftp://x', SMTP_URL: 'mail://x', SESSION_SECRET: 'short', MEDIATORPOOL_DEMO: 'misschien' });
      assert.fail('expected a ConfigError');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.problems.length, 5);
      assert.match(err.message, /PORT/);
      assert.match(err.message, /BASE_URL/);
      assert.match(err.message, /SMTP_URL/);
      assert.match(err.message, /SESSION_SECRET/);
      assert.match(err.message, /MEDIATORPOOL_DEMO/);
    }
  });

  test('PORT boundaries', () => {
    assert.equal(loadConfig({ DATA_DIR: dir, PORT: '1' }).port, 1);
    assert.equal(loadConfig({ DATA_DIR: dir, PORT: '65535' }).port, 65535);
    assert.throws(() => loadConfig({ DATA_DIR: dir, PORT: '0' }), ConfigError);
    assert.throws(() => loadConfig({ DATA_DIR: dir, PORT: '3000.5' }), ConfigError);
  });
});
