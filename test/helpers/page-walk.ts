import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { AXE_TAGS, browserSkipReason, launchBrowser, signedInPage } from './browser.js';
import { startE2eServer, type E2eServer } from './e2e-server.js';

/**
 * Every page a signed-in person can reach by following links, found by walking them (so a new
 * page is checked without anyone listing it here), in Dutch and in English, at 1280 px:
 * - no table has a row inside a row, and every body row has as many cells as the head has columns
 *   (cells under the wrong header were a real defect of the candidate list);
 * - nothing is cut off: the page does not scroll sideways and no table is wider than its box;
 * - axe-core finds no violation of moderate, serious or critical impact.
 * The walk starts at each role's start page of the full demo pool (a year of cases). Pages are
 * told apart by their path with identifiers replaced, so fifty case pages count as one (per role).
 */

const ROLES = [
  'coordinator@mediatorpool.example',
  'beheerder@mediatorpool.example',
  'mediator@mediatorpool.example',
  'financien@mediatorpool.example',
  'contact.meppel@mediatorpool.example',
] as const;

/** At most this many distinct pages per role and language: a guard against a walk that never ends. */
const MAX_PAGES_PER_ROLE = 60;

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The page kind of a link: identifiers and numbers replaced, query values kept only for tabs. */
function pageKind(href: string): string {
  const url = new URL(href, 'http://x');
  const path = url.pathname.replace(ID, ':id').replace(/\/\d+(?=\/|$)/g, '/:n');
  // The processing register's activities are addressed by code, not id: one kind of page.
  if (/^\/beheer\/verwerkingsregister\/(?!nieuw$)[^/]+$/.test(path)) return '/beheer/verwerkingsregister/:code';
  const tab = url.searchParams.get('onderdeel');
  return tab ? `${path}?onderdeel=${tab}` : path;
}

/** Links worth following: the app's own pages, not the API, files or in-page anchors. */
function followable(href: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (url.pathname.startsWith('/api/') || /\.(pdf|csv|ics|json|xlsx|zip|eml)$/i.test(url.pathname)) return null;
  return url.pathname + url.search;
}

interface Finding {
  where: string;
  what: string;
}

async function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // No named functions in here: the test runner's transpiler would wrap them in a helper the page lacks.
    for (const table of Array.from(document.querySelectorAll('table'))) {
      const name = table.querySelector('caption')?.textContent?.trim() || table.getAttribute('aria-label') || 'a table';
      if (table.querySelector('tr tr') || table.querySelector('td table, th table')) out.push(`“${name}” has a row inside a row`);
      const headRows = table.tHead ? Array.from(table.tHead.rows) : [];
      if (headRows.length === 0) continue;
      const columns = Array.from(headRows[headRows.length - 1]!.cells).reduce((n, c) => n + (c.colSpan || 1), 0);
      for (const body of Array.from(table.tBodies)) {
        for (const row of Array.from(body.rows)) {
          const w = Array.from(row.cells).reduce((n, c) => n + (c.colSpan || 1), 0);
          if (w !== columns) {
            out.push(`“${name}” has a body row of ${w} cells under ${columns} column headers`);
            break;
          }
        }
      }
    }
    return out;
  });
}

async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    for (const table of Array.from(document.querySelectorAll('table'))) {
      const box = table.parentElement?.classList.contains('mp-table-scroll') ? table.parentElement : table;
      if (box.scrollWidth > box.clientWidth + 1) {
        const name = table.querySelector('caption')?.textContent?.trim() || 'a table';
        out.push(`the box of “${name}” cuts off ${box.scrollWidth - box.clientWidth} px`);
      }
    }
    return out;
  });
}

async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The walk in one language, as a test file of its own (every-page-nl, every-page-en), so the two
 * run side by side and each stays within the runner's time per file.
 */
export function walkEveryPage(locale: 'nl' | 'en'): void {
describe(`every page reachable by a link, for every role, in ${locale === 'nl' ? 'Dutch' : 'English'}`, { skip: browserSkipReason() }, () => {
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

  test(`the walk in ${locale === 'nl' ? 'Dutch' : 'English'}: tables, widths and axe (moderate and up)`, async (t) => {
      const findings: Finding[] = [];
      const kinds = new Set<string>();
      let checked = 0;
      const seenInEnglish = new Set<string>();
      for (const email of ROLES) {
        // In Dutch per role: the same page shows each role its own part (a case page to a contact
        // and to the coordinator). In English each kind of page once, the first role to reach it,
        // and every role's start page: the translation is the same whoever reads it.
        const seen = locale === 'nl' ? new Set<string>() : seenInEnglish;
        seen.delete('/');
        const { page, csrfToken } = await signedInPage(browser, server.baseUrl, email);
        const me = await page.request.patch('/api/v1/me', { headers: { 'x-csrf-token': csrfToken }, data: { locale } });
        assert.equal(me.status(), 200, `language of ${email}: ${await me.text()}`);
        const queue = ['/'];
        let pages = 0;
        while (queue.length > 0 && pages < MAX_PAGES_PER_ROLE) {
          const path = queue.shift()!;
          const kind = pageKind(path);
          if (seen.has(kind)) continue;
          seen.add(kind);
          kinds.add(kind);
          pages++;
          const res = await page.goto(path);
          assert.ok(res && res.status() < 400, `${path} answered ${res?.status()}`);
          await page.locator('h1').first().waitFor();
          // The page's data arrives after its heading: wait until no request is open.
          await page.waitForLoadState('networkidle');
          const where = `${email.split('@')[0]} ${path}`;
          for (const what of [...(await tableProblems(page)), ...(await cutOff(page)), ...(await axeProblems(page))]) findings.push({ where, what });
          checked++;
          const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
          for (const href of hrefs) {
            const next = followable(href, server.baseUrl);
            if (next && !seen.has(pageKind(next))) queue.push(next);
          }
        }
        await page.context().close();
      }
      t.diagnostic(`${checked} pages of ${kinds.size} kinds: ${[...kinds].join(' ')}`);
      assert.ok(kinds.size >= 30, `the walk reached only ${kinds.size} kinds of page: ${[...kinds].join(', ')}`);
      assert.deepEqual(findings.map((f) => `${f.where}: ${f.what}`), [], `${findings.length} problems on ${checked} pages`);
    });
});
}
