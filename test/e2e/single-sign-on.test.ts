import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, expectNoA11yViolations, freshPage, launchBrowser, mainNav, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { startOidcProvider, type TestAccountClaims, type TestOidcProvider } from '../helpers/oidc-provider.js';
import { insertProvider } from '../../src/server/modules/single-sign-on/repository.js';
import { sealSecret } from '../../src/server/modules/single-sign-on/sealed-secret.js';

const skip = browserSkipReason();
const SECRET = 'e2e-client-secret-0123456789';

/**
 * Single sign-on in the browser (issue 17, item 2): a real OpenID provider (oidc-provider) runs on
 * a free port; the person clicks "Inloggen met Gemeente Testdorp" on Mediatorpool's sign-in page,
 * signs in at the provider's own login and consent forms, and comes back signed in with the role
 * the provider's groups claim maps to.
 */
describe('single sign-on through a locally running OpenID provider', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let idp: TestOidcProvider;
  const accounts: Record<string, TestAccountClaims> = {
    'nieuwe-coordinator': { email: 'n.coordinator@testdorp.nl', email_verified: true, name: 'Noor Coördinator', groups: ['mp-coordinatoren'] },
    'anouk': { email: 'beheerder@mediatorpool.example', email_verified: true, name: 'Anouk de Boer', groups: ['mp-beheer'] },
    'ongeverifieerd': { email: 'o.nbekend@testdorp.nl', email_verified: false, name: 'Onbekend', groups: [] },
  };

  before(async () => {
    server = await startE2eServer();
    idp = await startOidcProvider({
      clients: [{ client_id: 'mediatorpool-e2e', client_secret: SECRET, redirect_uris: [`${server.baseUrl}/api/v1/sso/callback`] }],
      accounts,
    });
    const pool = await server.handle.db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
    await insertProvider(server.handle.db, pool.id, {
      label: 'Gemeente Testdorp',
      municipality_id: null,
      issuer: idp.issuer,
      client_id: 'mediatorpool-e2e',
      client_secret_sealed: sealSecret(server.app.config.sessionSecret, SECRET),
      scopes: 'openid email profile groups',
      email_claim: 'email',
      name_claim: 'name',
      groups_claim: 'groups',
      role_mapping: [
        { group: 'mp-coordinatoren', role: 'coordinator' },
        { group: 'mp-beheer', role: 'admin' },
      ],
      create_accounts: true,
      enabled: true,
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await idp?.close();
    await server?.close();
  });

  /** From Mediatorpool's sign-in page through the provider's real forms and back. */
  async function signInThroughProvider(page: Page, login: string) {
    // The provider's development pages load a web font; there is no internet here.
    await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Inloggen met Gemeente Testdorp' }).click();
    await page.waitForURL(`${idp.issuer}/**`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('wachtwoord-bij-de-gemeente');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  test('a new coordinator signs in at the provider and lands in Mediatorpool with the mapped role', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await signInThroughProvider(page, 'nieuwe-coordinator');
    await waitForHeading(page, 'Mijn werk');
    assert.equal(new URL(page.url()).origin, server.baseUrl);
    await page.getByRole('banner').getByText('Noor Coördinator').waitFor();
    // The coordinator's menu: cases and tasks, and no administration.
    await mainNav(page).getByRole('link', { name: 'Zaken' }).waitFor();
    assert.equal(await mainNav(page).getByRole('link', { name: 'Gebruikers' }).count(), 0);
    const session = await page.request.get('/api/v1/sessions/current');
    assert.deepEqual((await session.json()).user.roles, ['coordinator']);
    await page.context().close();
  });

  test('an unverified e-mail address comes back to the sign-in page with a clear message and no session', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await signInThroughProvider(page, 'ongeverifieerd');
    await waitForHeading(page, 'Inloggen');
    await page.getByText('Uw organisatie heeft uw e-mailadres niet als gecontroleerd doorgegeven.', { exact: false }).waitFor();
    assert.equal((await page.request.get('/api/v1/sessions/current')).status(), 401);
    await expectNoA11yViolations(page, '/inloggen?sso-fout=niet-geverifieerd');
    await page.context().close();
  });

  test('the sign-in page with its SSO button passes axe in Dutch and English, at 1280 px and on a phone', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const page = await freshPage(browser, server.baseUrl, { viewport });
      await page.goto('/inloggen');
      await page.getByRole('link', { name: 'Inloggen met Gemeente Testdorp' }).waitFor();
      await expectNoA11yViolations(page, `/inloggen (nl, ${viewport.width})`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'nothing cut off');
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('link', { name: 'Sign in with Gemeente Testdorp' }).waitFor();
      await expectNoA11yViolations(page, `/inloggen (en, ${viewport.width})`);
      await page.context().close();
    }
  });

  test('the administrator, signed in through the provider, manages sign-in and switches password sign-in off', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await signInThroughProvider(page, 'anouk');
    await waitForHeading(page, 'Mijn werk');
    await mainNav(page).getByRole('link', { name: 'Inloggen en SSO' }).click();
    await waitForHeading(page, 'Inloggen en single sign-on');
    await page.getByRole('table', { name: 'Inlogdiensten van de pool' }).getByRole('link', { name: 'Gemeente Testdorp wijzigen' }).waitFor();
    await expectNoA11yViolations(page, '/beheer/inloggen (nl)');

    await page.getByRole('link', { name: 'Gemeente Testdorp wijzigen' }).click();
    await waitForHeading(page, 'Inlogdienst wijzigen');
    assert.equal(await page.getByLabel('Clientgeheim', { exact: true }).inputValue(), '', 'the secret is never shown');
    assert.equal(await page.getByLabel('Groep 1').inputValue(), 'mp-coordinatoren');
    await expectNoA11yViolations(page, '/beheer/inloggen/:id (nl)');
    await page.getByRole('link', { name: 'Terug naar inloggen en single sign-on' }).click();
    await waitForHeading(page, 'Inloggen en single sign-on');

    await page.getByLabel('Inloggen met e-mailadres en wachtwoord toestaan').uncheck();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inloggen met wachtwoord uitzetten?' });
    await dialog.getByRole('button', { name: 'Wachtwoorden uitzetten' }).click();
    await page.getByText('Inloggen met wachtwoord staat uit', { exact: false }).waitFor();

    const password = await page.request.post('/api/v1/sessions', { data: { email: 'coordinator@mediatorpool.example', password: 'demo-mediatorpool' } });
    assert.equal(password.status(), 403);

    await page.getByRole('button', { name: /English/ }).click();
    await waitForHeading(page, 'Sign-in and single sign-on');
    await expectNoA11yViolations(page, '/beheer/inloggen (en)');
    await page.goto('/beheer/inloggen/nieuw');
    await waitForHeading(page, 'Add a sign-in service');
    await expectNoA11yViolations(page, '/beheer/inloggen/nieuw (en)');
    await page.context().close();
  });
});
