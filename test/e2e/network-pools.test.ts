import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertNothingCutOff, browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { DEMO_PASSWORD, startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { DEMO_NETWORK_ACCOUNTS, DEMO_NETWORK_POOL, seedDemoNetwork } from '../../src/server/modules/network/index.js';
import { sql } from 'kysely';

const skip = browserSkipReason();
const MEPPEL = 'Mediatorpool Meppel en omstreken';

/**
 * Issue 15, items 1 and 6 in the browser: the demo's second pool, the header's pool switcher for
 * the mediator who is in both, and the platform administrator's pools page (Dutch and English,
 * 1280 px and phone width, axe with 0 moderate).
 */
describe('several pools in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    const meppel = await server.handle.db.selectFrom('pool').select('id').where('name', '=', MEPPEL).executeTakeFirstOrThrow();
    await seedDemoNetwork(server.handle.db, meppel.id, await hashPassword(DEMO_PASSWORD));
    // The pool pages are walked here, not the second factor (its own browser test).
    await sql`UPDATE pool_settings SET require_second_factor = false`.execute(server.handle.db);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the mediator in both pools switches pool in the header; the pages follow the chosen pool', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page } = await signedInPage(browser, server.baseUrl, DEMO_NETWORK_ACCOUNTS.mediator.email, { viewport });
      await page.goto('/');
      await waitForHeading(page, 'Mijn werk');
      const header = page.getByRole('banner');
      await header.getByRole('link', { name: `${DEMO_NETWORK_POOL.name}, naar de startpagina` }).waitFor();
      const select = header.getByLabel('Pool', { exact: true });
      assert.equal(await select.locator('option:checked').textContent(), DEMO_NETWORK_POOL.name);
      await expectNoA11yViolations(page, `home with the pool switcher at ${viewport.width}`);
      await assertNothingCutOff(page);

      await select.selectOption({ label: MEPPEL });
      await header.getByRole('button', { name: 'Wisselen' }).click();
      await header.getByRole('link', { name: `${MEPPEL}, naar de startpagina` }).waitFor();
      await waitForHeading(page, 'Mijn werk');
      assert.equal(await header.getByLabel('Pool', { exact: true }).locator('option:checked').textContent(), MEPPEL);
      // Back, so the next viewport starts where the account's home is.
      await header.getByLabel('Pool', { exact: true }).selectOption({ label: DEMO_NETWORK_POOL.name });
      await header.getByRole('button', { name: 'Wisselen' }).click();
      await header.getByRole('link', { name: `${DEMO_NETWORK_POOL.name}, naar de startpagina` }).waitFor();
      await page.context().close();
    }
  });

  test('the platform administrator lists the pools and creates one, in Dutch and English', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Alle pools' }).click();
    await waitForHeading(page, 'Alle pools');
    const table = page.getByRole('table', { name: 'Pools op deze installatie, met hun gemeenten' });
    await table.getByRole('rowheader', { name: DEMO_NETWORK_POOL.name }).waitFor();
    await expectNoA11yViolations(page, 'pools page');

    await page.getByRole('button', { name: 'Pool aanmaken en beheerder uitnodigen' }).click();
    await page.getByRole('heading', { name: 'Controleer het formulier' }).waitFor();
    await expectNoA11yViolations(page, 'pools page with errors');

    await page.getByLabel('Naam van de pool').fill('Mediatorpool Achterhoek');
    await page.getByLabel('Gemeenten (CBS-codes)').fill('GM0197, GM1859');
    await page.getByLabel('Naam van de eerste beheerder').fill('Aart Achterhoek');
    await page.getByLabel('E-mailadres van de eerste beheerder').fill('aart@achterhoek.test');
    await page.getByRole('button', { name: 'Pool aanmaken en beheerder uitnodigen' }).click();
    await page.getByRole('main').getByText('Mediatorpool Achterhoek is aangemaakt. De uitnodiging is verstuurd naar aart@achterhoek.test.').waitFor();
    await table.getByRole('rowheader', { name: 'Mediatorpool Achterhoek' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'All pools');
    await page.getByRole('table', { name: 'Pools on this installation, with their municipalities' }).waitFor();
    await expectNoA11yViolations(page, 'pools page in English');
    await page.context().close();
  });

  test('someone who is not the platform administrator is told so', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    await page.goto('/platform/pools');
    await waitForHeading(page, 'Alle pools');
    await page.getByText('Alleen de platformbeheerder ziet en maakt pools.').waitFor();
    assert.equal(await page.getByRole('banner').getByRole('link', { name: 'Alle pools' }).count(), 0);
    await page.context().close();
  });
});
