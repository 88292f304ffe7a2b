import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { browserSkipReason, expectNoSeriousA11yViolations, launchBrowser, scanPage, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every signed-in page, in the states people meet:
 * with data, with a dialog open, refused, in English and at phone width. The pages without a
 * session are in accessibility-public.test.ts (a file of its own, so both run side by side).
 */
describe('accessibility of the signed-in pages (axe-core)', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    // An invitation, so the invitations page has a row.
    const { page, csrfToken } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    const res = await page.request.post('/api/v1/invitations', {
      headers: { 'x-csrf-token': csrfToken },
      data: { email: 'nieuw@gemeente.example', name: 'Noor Nieuw', roles: ['mediator'], municipalityId: null },
    });
    assert.equal(res.status(), 201);
    await page.context().close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const scan = scanPage;

  test('signed-in pages of an administrator: home, profile, users, user, invitations, audit log, outbox, 404', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await scan(page, '/', 'Mijn werk');

    await scan(page, '/profiel', 'Profiel', (p) => p.getByText('Nog geen API-tokens.'));
    await page.getByLabel('Naam van het token').fill('Koppeling');
    await page.getByRole('button', { name: 'Token maken' }).click();
    await page.getByText('Uw nieuwe token').waitFor();
    await expectNoSeriousA11yViolations(page, 'profile with a new token');
    await page.getByRole('button', { name: 'Token Koppeling intrekken' }).click();
    await page.getByRole('dialog', { name: 'Token intrekken?' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'profile with the revoke dialog');
    await page.keyboard.press('Escape');

    await scan(page, '/beheer/gebruikers', 'Gebruikers', (p) => p.getByRole('table', { name: '6 gebruikers' }));
    await page.getByRole('link', { name: /Hans Koster/ }).click();
    await waitForHeading(page, 'Gebruiker wijzigen');
    await page.getByLabel('Naam', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'edit user');

    await scan(page, '/beheer/uitnodigingen', 'Uitnodigingen', (p) => p.getByRole('table', { name: /Verstuurde uitnodigingen/ }));

    await scan(page, '/beheer/audit', 'Auditlog', (p) => p.getByRole('table', { name: /gebeurtenissen/ }));
    await page.getByRole('table', { name: /gebeurtenissen/ }).getByText('Toon details').first().click();
    await expectNoSeriousA11yViolations(page, 'audit log with details open');

    await scan(page, '/beheer/e-mail', 'Uitgaande e-mail', (p) => p.getByRole('table', { name: /e-mail/ }));

    await scan(page, '/beheer/bestaat-niet', 'Pagina niet gevonden');
    await page.context().close();
  });

  test('a refused page, the English app and the phone width', async () => {
    const { page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    await scan(coordinator, '/beheer/audit', 'Geen toegang');
    await coordinator.getByRole('button', { name: 'English' }).click();
    await waitForHeading(coordinator, 'No access');
    await scan(coordinator, '/profiel', 'Profile', (p) => p.getByText('No API tokens yet.'));
    await coordinator.context().close();

    const { page: phone } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example', { viewport: { width: 375, height: 740 } });
    await scan(phone, '/', 'Mijn werk');
    await scan(phone, '/beheer/gebruikers', 'Gebruikers', (p) => p.getByRole('table', { name: '6 gebruikers' }));
    await phone.context().close();
  });
});
