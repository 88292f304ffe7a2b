import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertNothingCutOff, browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { DEMO_BENCHMARK_POOL, seedDemoPoolBenchmark } from '../../src/server/modules/pool-benchmark/index.js';

const skip = browserSkipReason();
const MEPPEL = 'Mediatorpool Meppel en omstreken';

/**
 * Issue 15, item 5 in the browser: the administrator of a pool that does not take part sees why
 * and switches it on; with two pools the page says why there is nothing yet; with three the
 * coordinator reaches the comparison from the reports and sees every pool's key figures, in Dutch
 * and English (axe at the moderate bar, 1280 px and phone width).
 */
describe('benchmark across pools in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    const db = server.handle.db;
    // The demo's third pool with its year of cases; the seed lets every pool take part.
    await db.transaction().execute((trx) => seedDemoPoolBenchmark(trx));
    await db.updateTable('pool_settings').set({ compare_with_other_pools: false, require_second_factor: false }).execute();
    const other = await db.selectFrom('pool').select('id').where('name', '=', DEMO_BENCHMARK_POOL.name).executeTakeFirstOrThrow();
    await db.updateTable('pool_settings').set({ compare_with_other_pools: true }).where('pool_id', '=', other.id).execute();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the administrator sees why there is nothing to compare and lets the pool take part', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await page.goto('/rapportages/pools-vergelijken');
    await waitForHeading(page, 'Vergelijken met andere pools');
    await page.getByRole('heading', { name: 'Uw pool doet nog niet mee' }).waitFor();
    await page.getByText('Er doet nu 1 pool mee.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'no figures of others');
    await expectNoA11yViolations(page, 'pool benchmark, not taking part');

    await page.getByLabel('Onze pool doet mee aan de vergelijking met andere pools').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('region', { name: 'Meedoen' }).getByText('Uw pool doet mee aan de vergelijking.').waitFor();
    // Two pools take part now: below three there is no comparison, and the page says why.
    await page.getByRole('heading', { name: 'Nog te weinig pools' }).waitFor();
    await page.getByText('Er doen nu 2 pools mee. De vergelijking verschijnt vanaf 3 pools', { exact: false }).waitFor();
    assert.equal(await page.getByRole('table').count(), 0);
    await expectNoA11yViolations(page, 'pool benchmark, too few pools');
    await page.context().close();
  });

  test('with three pools the coordinator compares, from the reports, in Dutch and English', async () => {
    const db = server.handle.db;
    const third = await db.insertInto('pool').values({ name: 'Regionaal Mediatorsnetwerk' }).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('pool_settings').set({ compare_with_other_pools: true, require_second_factor: false }).where('pool_id', '=', third.id).execute();

    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example', { viewport });
      await page.goto('/rapportages');
      await page.getByRole('link', { name: 'Vergelijken met andere pools' }).click();
      await waitForHeading(page, 'Vergelijken met andere pools');
      const year = new Date().getFullYear();
      const table = page.getByRole('table', { name: `Kerncijfers per pool in ${year}` });
      await table.getByRole('rowheader', { name: `${MEPPEL} (uw pool)` }).waitFor();
      await table.getByRole('rowheader', { name: DEMO_BENCHMARK_POOL.name }).waitFor();
      await table.getByRole('rowheader', { name: 'Mediaan van alle pools' }).waitFor();
      // Rows in order: own pool first, then the others by name, then the median.
      const heads = await table.getByRole('rowheader').allTextContents();
      assert.deepEqual(heads, [`${MEPPEL} (uw pool)`, DEMO_BENCHMARK_POOL.name, 'Regionaal Mediatorsnetwerk', 'Mediaan van alle pools']);
      // A coordinator sees the figures, not the administrator's switch.
      assert.equal(await page.getByLabel('Onze pool doet mee aan de vergelijking met andere pools').count(), 0);
      await expectNoA11yViolations(page, `pool benchmark at ${viewport.width}`);
      await assertNothingCutOff(page, { tablesMayScroll: true });

      if (viewport.width === 1280) {
        await page.getByRole('button', { name: 'English' }).click();
        await waitForHeading(page, 'Compare with other pools');
        await page.getByRole('table', { name: `Key figures per pool in ${year}` }).getByRole('rowheader', { name: `${MEPPEL} (your pool)` }).waitFor();
        await expectNoA11yViolations(page, 'pool benchmark in English');
        await page.getByRole('button', { name: 'Nederlands' }).click();
        await waitForHeading(page, 'Vergelijken met andere pools');
      }
      await page.context().close();
    }
  });
});
