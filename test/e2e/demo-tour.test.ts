import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, signedInPage } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { DEMO_ACCOUNTS } from '../../src/server/bootstrap/demo-accounts.js';

const skip = browserSkipReason();

/** Words of the app's error states: a failed load, a crashed page, a refused or missing page. */
const ERROR_TEXT = /Het laden is mislukt|Er ging iets mis|Pagina niet gevonden|Geen toegang/;

/**
 * What a newcomer meets after `npm start`: the demo pool with its registry and a year of cases.
 * Every demo account follows the links of its menu and of the pages behind them (two clicks
 * deep), and the coordinator opens a case of every status and route. No page may fail to load, show an error, log an
 * error in the console or get an error answer from the API. Page contents and accessibility are
 * checked by the other browser tests; this one checks that the demo data fits every screen.
 */
describe('a tour of the demo pool as every role', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer({ fullDemo: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Records what goes wrong on `page` while `where()` names the page being visited. */
  const watch = (page: Page, who: string, where: () => string) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${who} ${where()}: console: ${m.text().slice(0, 200)}`);
    });
    page.on('pageerror', (e) => problems.push(`${who} ${where()}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${who} ${where()}: HTTP ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    return problems;
  };

  /** Opens `path` and waits until its heading is there and nothing is loading any more. */
  const visit = async (page: Page, path: string) => {
    await page.goto(path);
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => document.querySelector('.mp-loading') === null);
    const main = await page.locator('main').innerText();
    return ERROR_TEXT.exec(main)?.[0];
  };

  /** Links inside the app (no API downloads or calendar files), as written in the page. */
  const linksOn = (page: Page) =>
    page.locator('nav a[href^="/"], main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').filter((h) => h && !h.startsWith('/api/')));

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.roles.join(', ')} (${account.email}): every page from the menu, two clicks deep`, async () => {
      const { page } = await signedInPage(browser, server.baseUrl, account.email);
      let current = '/';
      const problems = watch(page, account.email, () => current);
      // One page per kind: /zaken/<id> and /zaken/<other id> are the same screen.
      const kind = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id').replace(/\?.*$/, '');
      const seen = new Set<string>();
      const queue: { path: string; depth: number }[] = [{ path: '/', depth: 0 }];
      while (queue.length > 0) {
        const { path, depth } = queue.shift()!;
        if (seen.has(kind(path))) continue;
        seen.add(kind(path));
        current = path;
        const error = await visit(page, path);
        if (error) problems.push(`${account.email} ${path}: shows "${error}"`);
        if (depth < 2) for (const href of await linksOn(page)) queue.push({ path: href, depth: depth + 1 });
      }
      assert.ok(seen.size >= 6, `${account.email} reached ${seen.size} pages: ${[...seen].join(' ')}`);
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  test('the coordinator opens a case of every status and route of the demo year without an error', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    let current = '';
    const problems = watch(page, 'coordinator', () => current);
    const list = await page.request.get('/api/v1/cases?pageSize=100');
    assert.equal(list.status(), 200);
    const all = (await list.json()).items as { id: string; number: string; status: string; route: string | null }[];
    assert.ok(all.length >= 35, `${all.length} demo cases`);
    // A case page differs by status and route (sections appear and go); one of each is enough.
    const cases = [...new Map(all.map((c) => [`${c.status}/${c.route}`, c])).values()];
    assert.ok(cases.length >= 8, `${cases.length} kinds of case`);
    for (const c of cases) {
      current = `/zaken/${c.id} (${c.number})`;
      const error = await visit(page, `/zaken/${c.id}`);
      if (error) problems.push(`${current}: shows "${error}"`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
