import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createMunicipality, createPool } from '../helpers/factories.js';
import { addUser } from '../../src/cli/commands/add-user.js';
import { createTokenForUser } from '../../src/cli/commands/create-token.js';
import { CliError } from '../../src/cli/cli-error.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/mediatorpool.mjs');

describe('command line', () => {
  let t: TestApp;
  let gm: string;
  before(async () => {
    t = await createTestApp('pglite');
    const pool = await createPool(t.handle.db);
    gm = (await createMunicipality(t.handle.db, pool.id)).code;
  });
  after(() => t.close());

  test('user add creates an account that can log in; without a password it prints a set-password link', async () => {
    const out = await addUser(t.handle.db, { email: 'hr@meppel.test', name: 'HR Meppel', roles: ['contact', 'coordinator'], municipalityCode: gm, password: 'wachtwoord-van-hr-2026', baseUrl: 'http://x' });
    assert.deepEqual(out.roles, ['contact', 'coordinator']);
    assert.equal(out.setPasswordLink, undefined);
    await new Agent(t.app).login('hr@meppel.test', 'wachtwoord-van-hr-2026');

    const noPw = await addUser(t.handle.db, { email: 'med@meppel.test', name: 'Mediator', roles: ['mediator'], municipalityCode: undefined, password: undefined, baseUrl: 'http://x' });
    assert.match(noPw.setPasswordLink ?? '', /^http:\/\/x\/wachtwoord-herstellen\//);
  });

  test('user add refuses bad input with a clear message and writes nothing', async () => {
    const base = { email: 'ok@meppel.test', name: 'Ok', roles: ['contact'], municipalityCode: undefined, password: undefined, baseUrl: 'http://x' };
    await assert.rejects(addUser(t.handle.db, { ...base, email: 'geen-adres' }), CliError);
    await assert.rejects(addUser(t.handle.db, { ...base, roles: ['baas'] }), /Unknown role/);
    await assert.rejects(addUser(t.handle.db, { ...base, roles: [] }), /at least one --role/);
    await assert.rejects(addUser(t.handle.db, { ...base, municipalityCode: 'GM0001' }), /not a member/);
    await assert.rejects(addUser(t.handle.db, { ...base, password: 'kort' }), /minstens/);
    await assert.rejects(addUser(t.handle.db, { ...base, email: 'HR@meppel.test' }), /already exists/);
    const rows = await t.handle.db.selectFrom('app_user').select('email').where('email', '=', 'ok@meppel.test').execute();
    assert.equal(rows.length, 0);
  });

  test('token create prints a working token once', async () => {
    const secret = await createTokenForUser(t.handle.db, { email: 'hr@meppel.test', name: 'script' });
    const agent = new Agent(t.app);
    agent.bearer = secret;
    const me = await agent.get('/api/v1/sessions/current');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.email, 'hr@meppel.test');
    await assert.rejects(createTokenForUser(t.handle.db, { email: 'niemand@meppel.test', name: 'x' }), /No account/);
  });

  test('the mediatorpool command exits non-zero with a message on errors', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-cli-'));
    try {
      const unknown = spawnSync(process.execPath, [BIN, 'frobnicate'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
      assert.equal(unknown.status, 1);
      assert.match(unknown.stderr, /Unknown command "frobnicate"/);
      const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
      assert.equal(help.status, 0);
      assert.match(help.stdout, /user add/);
      const noPool = spawnSync(process.execPath, [BIN, 'user', 'add', '--email', 'a@b.nl', '--name', 'A', '--role', 'admin'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
      assert.equal(noPool.status, 1);
      assert.match(noPool.stderr, /no pool yet/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
