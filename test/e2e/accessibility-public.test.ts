import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { browserSkipReason, expectNoSeriousA11yViolations, freshPage, launchBrowser, scanPage, signedInPage } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the pages without a session, empty and with
 * errors: login, invitation, forgot and reset password, 404.
 */
describe('accessibility of the public pages (axe-core)', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let invitationPath: string;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    // An open invitation, so the invitation page shows its form.
    const { page, csrfToken } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    const res = await page.request.post('/api/v1/invitations', {
      headers: { 'x-csrf-token': csrfToken },
      data: { email: 'nieuw@gemeente.example', name: 'Noor Nieuw', roles: ['mediator'], municipalityId: null },
    });
    assert.equal(res.status(), 201);
    invitationPath = new URL((await res.json()).acceptUrl).pathname;
    await page.context().close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const scan = scanPage;

  test('login, invitation, forgot and reset password, 404', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await scan(page, '/inloggen', 'Inloggen');

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen is niet gelukt' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'login with errors');

    await scan(page, invitationPath, 'Uitnodiging accepteren', (p) => p.getByLabel('Uw naam'));
    await page.getByRole('button', { name: 'Account activeren' }).click();
    await page.locator('#invitation-summary').waitFor();
    await expectNoSeriousA11yViolations(page, 'invitation form with errors');

    await scan(page, '/uitnodiging/onbekende-uitnodiging-123', 'Uitnodiging accepteren', (p) => p.getByText('Deze uitnodiging werkt niet meer'));

    await scan(page, '/wachtwoord-vergeten', 'Wachtwoord vergeten');
    await page.getByLabel('E-mailadres').fill('iemand@gemeente.example');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByText('Kijk in uw mailbox').waitFor();
    await expectNoSeriousA11yViolations(page, 'forgot password, sent');

    await scan(page, '/wachtwoord-herstellen/een-token-van-voldoende-lengte', 'Nieuw wachtwoord kiezen');
    await scan(page, '/bestaat-niet', 'Pagina niet gevonden');
    await page.context().close();
  });


  test('the login page at phone width', async () => {
    const phone = await freshPage(browser, server.baseUrl, { viewport: { width: 375, height: 740 } });
    await scan(phone, '/inloggen', 'Inloggen');
    await phone.context().close();
  });
});
