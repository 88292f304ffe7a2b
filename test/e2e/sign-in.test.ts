import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { browserSkipReason, focusedId, freshPage, launchBrowser, mainNav, signedInPage } from '../helpers/browser.js';
import { DEMO_PASSWORD, startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

describe('signing in and out in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the login form with the demo credentials opens the app shell', async () => {
    const page = await freshPage(browser, server.baseUrl);
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto('/');
    // Not signed in: sent to the login page.
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.match(await page.title(), /^Inloggen – Mediatorpool Meppel en omstreken$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');

    await page.getByLabel('E-mailadres').fill('beheerder@mediatorpool.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    // The focus moved on to the new page's heading.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await page.getByRole('banner').getByText('Anouk de Boer').waitFor();
    await mainNav(page).getByRole('link', { name: 'Mijn werk' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Naar de inhoud' }).count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    await page.getByRole('heading', { level: 2, name: 'Als beheerder' }).waitFor();
    // The pool colour is set through the CSSOM, which the strict CSP (style-src 'self') allows.
    assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--mp-brand')), '#154273');
    assert.deepEqual(cspViolations, []);
    await page.context().close();
  });

  test('a wrong password shows the server message in a focused summary', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('coordinator@mediatorpool.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.getByRole('heading', { name: 'Inloggen is niet gelukt' });
    await summary.waitFor();
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    assert.equal(await focusedId(page), 'login-summary');
    await page.context().close();
  });

  test('empty fields get a message next to each field, linked from the summary', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen is niet gelukt' }).waitFor();
    const email = page.getByLabel('E-mailadres');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    assert.match((await email.getAttribute('aria-describedby')) ?? '', /login-email-error/);
    await page.locator('#login-summary').getByRole('link').first().click();
    assert.equal(await focusedId(page), 'login-email');
    await page.context().close();
  });

  test('the menu depends on the roles: the administrator sees Gebruikers, the coordinator does not', async () => {
    const { page: admin } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await admin.goto('/');
    for (const name of ['Mijn werk', 'Gebruikers', 'Auditlog', 'Uitgaande e-mail', 'Profiel']) {
      await mainNav(admin).getByRole('link', { name, exact: true }).waitFor();
    }
    await admin.context().close();

    const { page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    await coordinator.goto('/');
    await coordinator.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await mainNav(coordinator).getByRole('link', { name: 'Profiel' }).waitFor();
    assert.equal(await mainNav(coordinator).getByRole('link', { name: 'Gebruikers' }).count(), 0);
    assert.equal(await mainNav(coordinator).getByRole('link', { name: 'Auditlog' }).count(), 0);
    // Typing the address does not help either.
    await coordinator.goto('/beheer/gebruikers');
    await coordinator.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await coordinator.context().close();
  });

  test('logging out ends the session and shows the login page', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example');
    await page.goto('/profiel');
    await page.getByRole('heading', { level: 1, name: 'Profiel' }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    const res = await page.request.get('/api/v1/sessions/current');
    assert.equal(res.status(), 401);
    await page.goto('/profiel');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.context().close();
  });

  test('after login the app returns to the page that was asked for', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await page.goto('/beheer/audit');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill('beheerder@mediatorpool.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await page.context().close();
  });

  test('an expired session sends the person to the login page and back to where they were', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await page.goto('/beheer/gebruikers');
    await page.getByRole('table', { name: '6 gebruikers' }).waitFor();
    // The session ends on the server (idle timeout, or logged out elsewhere).
    const admin = await server.handle.db.selectFrom('app_user').select('id').where('email', '=', 'beheerder@mediatorpool.example').executeTakeFirstOrThrow();
    await server.handle.db.deleteFrom('user_session').where('user_id', '=', admin.id).execute();

    await page.getByLabel('Zoek op naam of e-mailadres').fill('wim');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText('Uw sessie is verlopen. Log opnieuw in om verder te gaan.').waitFor();
    await page.getByLabel('E-mailadres').fill('beheerder@mediatorpool.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('table', { name: '1 gebruiker' }).waitFor();
    assert.match(page.url(), /\/beheer\/gebruikers\?q=wim$/);
    await page.context().close();
  });

  test('the language switch turns the app English, remembers it and stores it with the account', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'financien@mediatorpool.example');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    const me = await page.request.get('/api/v1/sessions/current');
    assert.equal((await me.json()).user.locale, 'en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await page.context().close();
  });

  test('keyboard: the skip link comes first and the menu moves the focus to the new page', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(page), 'inhoud');

    await mainNav(page).getByRole('link', { name: 'Auditlog' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Auditlog');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.equal(await mainNav(page).getByRole('link', { name: 'Auditlog' }).getAttribute('aria-current'), 'page');
    await page.context().close();
  });

  test('an unknown address shows the 404 page', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    assert.match(await page.title(), /^Pagina niet gevonden – /);
    await page.context().close();
  });
});
