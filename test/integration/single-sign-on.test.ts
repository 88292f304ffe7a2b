import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../../src/server/auth/tokens.js';
import { Agent, TEST_BASE_URL, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPoolWithRoles, createUser } from '../helpers/factories.js';
import { testEngines } from '../helpers/test-database.js';
import { signInAtProvider, startOidcProvider, type TestAccountClaims, type TestOidcProvider } from '../helpers/oidc-provider.js';

const CALLBACK = `${TEST_BASE_URL}/api/v1/sso/callback`;
const CLIENT = { client_id: 'mediatorpool-test', client_secret: 'client-secret-0123456789-abcdefghij', redirect_uris: [CALLBACK] };
const uniq = () => randomBytes(4).toString('hex');

for (const engine of testEngines()) {
  describe(`single sign-on with OpenID Connect (${engine})`, () => {
    let t: TestApp;
    let idp: TestOidcProvider;
    const accounts: Record<string, TestAccountClaims> = {};

    before(async () => {
      t = await createTestApp(engine);
      idp = await startOidcProvider({ clients: [CLIENT], accounts });
    });
    after(async () => {
      await idp.close();
      await t.close();
    });

    /**
     * An API client acting as this user. (A password session of an administrator or coordinator
     * waits for a second factor; a token is a credential of its own and is not asked for one.)
     */
    async function tokenAgent(userId: string) {
      const token = `mp_${randomBytes(24).toString('base64url')}`;
      await t.handle.db.insertInto('api_token').values({ user_id: userId, name: 'sso-test', token_hash: sha256(token), prefix: token.slice(0, 8) }).execute();
      const agent = new Agent(t.app);
      agent.bearer = token;
      return agent;
    }

    /** A pool with an administrator and a provider of that pool, configured through the API. */
    async function poolWithProvider(opts: { createAccounts?: boolean } = {}) {
      const world = await createPoolWithRoles(t.handle.db);
      const admin = await tokenAgent(world.users.admin.id);
      const res = await admin.post('/api/v1/sso-providers', {
        label: 'Gemeente Testdorp',
        issuer: idp.issuer,
        clientId: CLIENT.client_id,
        clientSecret: CLIENT.client_secret,
        scopes: 'openid email profile groups',
        roleMapping: [{ group: 'mp-coordinatoren', role: 'coordinator' }],
        createAccounts: opts.createAccounts ?? false,
      });
      assert.equal(res.statusCode, 201, res.body);
      return { world, admin, provider: res.json() as { id: string } };
    }

    function account(claims: Partial<TestAccountClaims> = {}) {
      const id = `acc-${uniq()}`;
      accounts[id] = { email: `${id}@testdorp.nl`, email_verified: true, name: `Persoon ${id}`, groups: [], ...claims };
      return { id, ...accounts[id]! };
    }

    /** Starts at Mediatorpool: the provider's address and this browser's flow cookie. */
    async function begin(providerId: string) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/sso-providers/${providerId}/sign-in` });
      assert.equal(res.statusCode, 303);
      const flow = res.cookies.find((c) => c.name === 'mp_sso');
      assert.ok(flow?.httpOnly, 'the flow cookie is httpOnly');
      return { authorizationUrl: res.headers.location as string, flowCookie: `mp_sso=${flow.value}` };
    }

    async function callback(url: URL, cookie: string | undefined) {
      return t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: cookie ? { cookie } : {} });
    }

    async function fullSignIn(providerId: string, login: string) {
      const { authorizationUrl, flowCookie } = await begin(providerId);
      const back = await signInAtProvider(authorizationUrl, login, CALLBACK);
      return callback(back, flowCookie);
    }

    const sessionCookie = (res: Awaited<ReturnType<typeof callback>>) => res.cookies.find((c) => c.name === 'mp_session' && c.value !== '');
    const countRows = async (table: 'app_user' | 'user_session' | 'sso_identity') =>
      Number((await t.handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const auditRows = (poolId: string, action: string) =>
      t.handle.db.selectFrom('audit_event').select(['result', 'detail', 'object_id', 'actor_label']).where('pool_id', '=', poolId).where('action', '=', action).orderBy('id').execute();

    test('the request carries PKCE (S256), state and nonce, and the flow cookie is signed and short-lived', async () => {
      const { provider } = await poolWithProvider();
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/sso-providers/${provider.id}/sign-in` });
      const url = new URL(res.headers.location as string);
      assert.equal(url.origin, idp.issuer);
      assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
      for (const p of ['code_challenge', 'state', 'nonce', 'client_id', 'redirect_uri']) assert.ok(url.searchParams.get(p), p);
      assert.equal(url.searchParams.get('redirect_uri'), CALLBACK);
      const flow = res.cookies.find((c) => c.name === 'mp_sso')!;
      assert.equal(flow.path, '/api/v1/sso');
      assert.equal(flow.sameSite, 'Lax');
      assert.ok(flow.maxAge! <= 600);
      assert.ok(!flow.value.includes(url.searchParams.get('state')!) || flow.value.includes('.'), 'signed');
    });

    test('an existing account is linked by verified e-mail, gets the mapped role, and signs in by subject afterwards', async () => {
      const { world, provider } = await poolWithProvider();
      const person = account({ groups: ['mp-coordinatoren', 'iets-anders'] });
      const user = await createUser(t.handle.db, world.pool.id, { roles: ['mediator'], email: person.email.toUpperCase() });

      const res = await fullSignIn(provider.id, person.id);
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, '/');
      const cookie = sessionCookie(res);
      assert.ok(cookie, 'signed in');
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { cookie: `mp_session=${cookie.value}` } });
      assert.equal(me.statusCode, 200);
      assert.deepEqual([...me.json().user.roles].sort(), ['coordinator', 'mediator']);

      const session = await t.handle.db.selectFrom('user_session').select(['second_factor']).where('user_id', '=', user.id).executeTakeFirstOrThrow();
      assert.equal(session.second_factor, 'sso');
      assert.equal((await auditRows(world.pool.id, 'sso.link')).length, 1);
      assert.equal((await auditRows(world.pool.id, 'sso.roles')).length, 1);
      assert.equal((await auditRows(world.pool.id, 'sso.login')).filter((r) => r.result === 'success').length, 1);

      // Out of the group at the organisation: the mapped role goes at the next sign-in; the other stays.
      accounts[person.id]!.groups = [];
      accounts[person.id]!.email = `nieuw-${person.email}`;
      const again = await fullSignIn(provider.id, person.id);
      assert.ok(sessionCookie(again), 'the link by subject holds when the address changes at the provider');
      const roles = await t.handle.db.selectFrom('app_user').select('roles').where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.deepEqual(roles.roles, ['mediator']);
      assert.equal((await auditRows(world.pool.id, 'sso.link')).length, 1, 'linked once');
    });

    test('first sign-in creates an account with the mapped role, or with no role at all, when the provider allows it', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const coordinator = account({ groups: ['mp-coordinatoren'] });
      const nobody = account({ groups: [] });
      assert.ok(sessionCookie(await fullSignIn(provider.id, coordinator.id)));
      assert.ok(sessionCookie(await fullSignIn(provider.id, nobody.id)));
      const users = await t.handle.db.selectFrom('app_user').select(['email', 'name', 'roles', 'password_hash', 'pool_id']).where('email', 'in', [coordinator.email, nobody.email]).orderBy('email').execute();
      const byEmail = Object.fromEntries(users.map((u) => [u.email, u]));
      assert.deepEqual(byEmail[coordinator.email]!.roles, ['coordinator']);
      assert.equal(byEmail[coordinator.email]!.name, coordinator.name);
      assert.equal(byEmail[coordinator.email]!.password_hash, null);
      assert.deepEqual(byEmail[nobody.email]!.roles, [], 'no role until an administrator grants one');
      assert.ok(users.every((u) => u.pool_id === world.pool.id));
      assert.equal((await auditRows(world.pool.id, 'sso.account-create')).length, 2);
    });

    /** Asserts a refused callback: the Dutch page's reason, no session, no account, no link; an audit row with the reason. */
    async function assertRefused(res: Awaited<ReturnType<typeof callback>>, poolId: string, failure: string, reason: string, before: { users: number; sessions: number; links: number }) {
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, `/inloggen?sso-fout=${failure}`);
      assert.equal(sessionCookie(res), undefined, 'no session cookie');
      assert.equal(await countRows('app_user'), before.users, 'no account');
      assert.equal(await countRows('user_session'), before.sessions, 'no session');
      assert.equal(await countRows('sso_identity'), before.links, 'no link');
      const denied = (await auditRows(poolId, 'sso.login')).filter((r) => r.result === 'denied');
      const detail = denied.at(-1)?.detail as { reason?: string } | undefined;
      assert.equal(detail?.reason, reason, JSON.stringify(detail));
    }
    const counts = async () => ({ users: await countRows('app_user'), sessions: await countRows('user_session'), links: await countRows('sso_identity') });

    test('bad input: a wrong state is refused and changes nothing', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const person = account({ groups: ['mp-coordinatoren'] });
      const { authorizationUrl, flowCookie } = await begin(provider.id);
      const back = await signInAtProvider(authorizationUrl, person.id, CALLBACK);
      back.searchParams.set('state', 'een-andere-state');
      const before = await counts();
      await assertRefused(await callback(back, flowCookie), world.pool.id, 'ongeldig', 'state', before);
    });

    test('bad input: a callback without this browser\'s flow cookie (or a forged one) is refused', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const person = account();
      const { authorizationUrl, flowCookie } = await begin(provider.id);
      const back = await signInAtProvider(authorizationUrl, person.id, CALLBACK);
      const before = await counts();
      const none = await callback(back, undefined);
      assert.equal(none.headers.location, '/inloggen?sso-fout=verlopen');
      const forged = await callback(back, flowCookie.replace(/\.[^.]+$/, '.AAAA'));
      assert.equal(forged.headers.location, '/inloggen?sso-fout=verlopen');
      assert.deepEqual(await counts(), before);
      assert.ok(world.pool.id);
    });

    test('bad input: a wrong nonce (the request was altered on its way) is refused and changes nothing', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const person = account();
      const { authorizationUrl, flowCookie } = await begin(provider.id);
      const altered = new URL(authorizationUrl);
      altered.searchParams.set('nonce', 'een-andere-nonce');
      const back = await signInAtProvider(altered.href, person.id, CALLBACK);
      const before = await counts();
      await assertRefused(await callback(back, flowCookie), world.pool.id, 'ongeldig', 'nonce', before);
    });

    test('bad input: a wrong issuer, in the answer or in the ID token, is refused and changes nothing', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const person = account();
      {
        const { authorizationUrl, flowCookie } = await begin(provider.id);
        const back = await signInAtProvider(authorizationUrl, person.id, CALLBACK);
        back.searchParams.set('iss', 'https://kwaadwillend.example');
        const before = await counts();
        await assertRefused(await callback(back, flowCookie), world.pool.id, 'ongeldig', 'issuer', before);
      }
      {
        const { authorizationUrl, flowCookie } = await begin(provider.id);
        const back = await signInAtProvider(authorizationUrl, person.id, CALLBACK);
        const before = await counts();
        idp.tamper.iss = 'https://kwaadwillend.example';
        try {
          await assertRefused(await callback(back, flowCookie), world.pool.id, 'ongeldig', 'issuer', before);
        } finally {
          delete idp.tamper.iss;
        }
      }
    });

    test('bad input: an ID token for another audience is refused and changes nothing', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const person = account();
      const { authorizationUrl, flowCookie } = await begin(provider.id);
      const back = await signInAtProvider(authorizationUrl, person.id, CALLBACK);
      const before = await counts();
      idp.tamper.aud = 'een-andere-client';
      try {
        await assertRefused(await callback(back, flowCookie), world.pool.id, 'ongeldig', 'audience', before);
      } finally {
        delete idp.tamper.aud;
      }
    });

    test('bad input: an unverified e-mail address links nothing, creates nothing, even for an existing account', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: true });
      const person = account({ email_verified: false, groups: ['mp-coordinatoren'] });
      await createUser(t.handle.db, world.pool.id, { roles: ['mediator'], email: person.email });
      const before = await counts();
      await assertRefused(await fullSignIn(provider.id, person.id), world.pool.id, 'niet-geverifieerd', 'email-not-verified', before);
    });

    test('no account and no creation, or an account of another pool: refused with the same words', async () => {
      const { world, provider } = await poolWithProvider({ createAccounts: false });
      const stranger = account();
      const before = await counts();
      await assertRefused(await fullSignIn(provider.id, stranger.id), world.pool.id, 'geen-account', 'no-account', before);
      const other = await createPoolWithRoles(t.handle.db);
      const elsewhere = account({ email: other.users.coordinator.email });
      await assertRefused(await fullSignIn(provider.id, elsewhere.id), world.pool.id, 'geen-account', 'account-of-other-pool', await counts());
    });

    test('the client secret is write-only: never in an answer nor in the audit log', async () => {
      const { world, admin, provider } = await poolWithProvider();
      const got = await admin.get(`/api/v1/sso-providers/${provider.id}`);
      assert.equal(got.statusCode, 200);
      assert.equal(got.json().hasClientSecret, true);
      const list = await admin.get('/api/v1/sso-providers');
      const patched = await admin.patch(`/api/v1/sso-providers/${provider.id}`, { clientSecret: 'nieuw-geheim-0123456789', label: 'Gemeente Testdorp (nieuw)' });
      assert.equal(patched.statusCode, 200, patched.body);
      for (const body of [got.body, list.body, patched.body]) {
        assert.ok(!body.includes(CLIENT.client_secret) && !body.includes('nieuw-geheim'), 'no secret in an answer');
      }
      const audit = await t.handle.db.selectFrom('audit_event').select('detail').where('pool_id', '=', world.pool.id).execute();
      assert.ok(!JSON.stringify(audit).includes(CLIENT.client_secret) && !JSON.stringify(audit).includes('nieuw-geheim'));
      const stored = await t.handle.db.selectFrom('sso_provider').select('client_secret_sealed').where('id', '=', provider.id).executeTakeFirstOrThrow();
      assert.ok(!stored.client_secret_sealed.includes('nieuw-geheim'), 'sealed in the database');
    });

    test('configuration is for the pool\'s administrators; another pool\'s provider is 404; an http issuer elsewhere is refused', async () => {
      const { world, admin, provider } = await poolWithProvider();
      const coordinator = await tokenAgent(world.users.coordinator.id);
      assert.equal((await coordinator.get('/api/v1/sso-providers')).statusCode, 403);
      assert.equal((await coordinator.get(`/api/v1/sso-providers/${provider.id}`)).statusCode, 404);
      const other = await createPoolWithRoles(t.handle.db);
      const otherAdmin = await tokenAgent(other.users.admin.id);
      assert.equal((await otherAdmin.get(`/api/v1/sso-providers/${provider.id}`)).statusCode, 404);
      assert.equal((await otherAdmin.delete(`/api/v1/sso-providers/${provider.id}`)).statusCode, 404);
      const insecure = await admin.post('/api/v1/sso-providers', { label: 'X', issuer: 'http://login.gemeente.nl', clientId: 'x', clientSecret: 'y' });
      assert.equal(insecure.statusCode, 400);
      assert.equal(insecure.json().invalidParams[0].name, 'issuer');
      assert.match(insecure.json().invalidParams[0].reason, /https/);
    });

    test('password sign-in can be switched off, only by an administrator who signed in through the pool\'s provider', async () => {
      const { world, admin } = await poolWithProvider();
      const refused = await admin.put('/api/v1/sign-in-policy', { passwordSignIn: false });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().type, 'urn:mediatorpool:problem:sso-not-proven');

      const adminAtProvider = account({ email: world.users.admin.email, groups: [] });
      const providerId = (await admin.get('/api/v1/sso-providers')).json().items[0].id as string;
      const signedIn = await fullSignIn(providerId, adminAtProvider.id);
      const viaSso = new Agent(t.app);
      viaSso.cookie = `mp_session=${sessionCookie(signedIn)!.value}`;
      viaSso.csrf = (await viaSso.get('/api/v1/sessions/current')).json().csrfToken;
      const off = await viaSso.put('/api/v1/sign-in-policy', { passwordSignIn: false });
      assert.equal(off.statusCode, 200, off.body);
      assert.equal(off.json().passwordSignIn, false);

      const password = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: world.users.mediator.email, password: world.users.mediator.password } });
      assert.equal(password.statusCode, 403);
      assert.equal(password.json().type, 'urn:mediatorpool:problem:password-sign-in-off');
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: world.users.mediator.email, password: 'fout-wachtwoord-123' } });
      assert.equal(wrong.statusCode, 401, 'a wrong password learns nothing about the pool');
      const options = await t.app.inject({ method: 'GET', url: '/api/v1/sign-in-options' });
      assert.ok(options.json().providers.some((p: { id: string; label: string }) => p.id === providerId && p.label === 'Gemeente Testdorp'));
    });
  });
}
