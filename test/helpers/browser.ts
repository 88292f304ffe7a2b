import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Today in Europe/Amsterdam (the pool's day, whatever the machine's zone), as YYYY-MM-DD. */
export function amsterdamToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/**
 * Why browser tests cannot run here, or undefined when they can. Without Chromium the tests are
 * skipped with this reason on a developer machine, but fail in CI (process.env.CI), where a
 * skipped browser suite would hide a broken UI.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `${CHROMIUM_PATH} is missing; install Debian's chromium package (apt-get install chromium) to run the browser tests`;
  if (process.env.CI) throw new Error(`${reason}. CI is set, so browser tests must not be skipped.`);
  console.log(`# skipping browser tests: ${reason}`);
  return reason;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (own cookies and storage) pointed at the server, in Dutch and Amsterdam time. */
export async function newContext(browser: Browser, baseURL: string, opts: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
}

/** A new page in a context of its own (see newContext): nobody is signed in yet. */
export async function freshPage(browser: Browser, baseURL: string, opts: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  return (await newContext(browser, baseURL, opts)).newPage();
}

/**
 * Signs in through the API: page.request shares its cookie jar with the page, so the next
 * page.goto is signed in without driving the login form.
 */
export async function signInThroughApi(page: Page, email: string, password: string): Promise<{ csrfToken: string }> {
  const res = await page.request.post('/api/v1/sessions', { data: { email, password } });
  assert.equal(res.status(), 201, `login of ${email} failed: ${res.status()} ${await res.text()}`);
  return { csrfToken: (await res.json()).csrfToken };
}

/** A fresh page signed in as `email` (the demo password unless given), with its CSRF code. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  email: string,
  opts: { password?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ page: Page; csrfToken: string }> {
  const page = await freshPage(browser, baseURL, { viewport: opts.viewport });
  const { csrfToken } = await signInThroughApi(page, email, opts.password ?? DEMO_PASSWORD);
  return { page, csrfToken };
}

/** The id of the element that has the focus ('' when none has one). */
export async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** The app's live region, where it announces what just happened (saved, deleted, …). */
export function announcer(page: Page): Locator {
  return page.getByTestId('announcer');
}

/** The app's main menu. */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** Waits until the page shows its h1 with this text (the sign that a page has rendered). */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and fails on serious or critical violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  // Only violations are needed; skipping the collection of passes makes a scan much faster.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`)
    .join('\n');
  assert.equal(bad.length, 0, `axe found serious/critical violations on ${label}:\n${report}`);
}

/**
 * Opens the page, waits for its h1 and for `ready` (what shows that the data arrived), then runs
 * axe at the issue-14 bar: no violation of moderate impact or worse.
 */
export async function scanPage(page: Page, path: string, heading: string | RegExp, ready?: (page: Page) => Locator): Promise<void> {
  await page.goto(path);
  await waitForHeading(page, heading);
  if (ready) await ready(page).waitFor();
  await expectNoA11yViolations(page, path);
}

/**
 * Runs axe-core and fails on moderate, serious or critical violations (the issue-14 bar: 0
 * moderate as well), listing them.
 */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`).join('\n');
  assert.equal(bad.length, 0, `axe found moderate/serious/critical violations on ${label}:\n${report}`);
}

/**
 * Fails when content is cut off: the page scrolls sideways (document scrollWidth > clientWidth),
 * or, unless `tablesMayScroll` (a phone, where a table scrolls inside its own labelled box), a
 * table's box is wider inside than it shows. Names what overflows and by how much.
 */
export async function assertNothingCutOff(page: Page, opts: { tablesMayScroll?: boolean } = {}): Promise<void> {
  const overflows = await page.evaluate((tablesMayScroll) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`the page: scrollWidth ${doc.scrollWidth} > clientWidth ${doc.clientWidth}`);
    if (!tablesMayScroll) {
      for (const table of Array.from(document.querySelectorAll('table'))) {
        const box = table.parentElement?.classList.contains('mp-table-scroll') ? table.parentElement : table;
        if (box.scrollWidth > box.clientWidth) {
          const name = table.querySelector('caption')?.textContent?.trim() || table.id || 'a table';
          out.push(`the table box of “${name}”: scrollWidth ${box.scrollWidth} > clientWidth ${box.clientWidth}`);
        }
      }
    }
    return out;
  }, opts.tablesMayScroll ?? false);
  assert.deepEqual(overflows, [], `content cut off at ${page.viewportSize()?.width ?? '?'} px on ${page.url()}:\n${overflows.join('\n')}`);
}
