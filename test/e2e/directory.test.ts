import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNothingCutOff, browserSkipReason, expectNoA11yViolations, focusedId, freshPage, launchBrowser, scanPage, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * Issue 15, item 3: the public directory without signing in. From the login page's header to the
 * directory; "Zeist" chosen with the keyboard alone finds the Regional Mediation Network; its page
 * shows the key figures and open data (CC0). axe at the moderate bar in Dutch and English, at
 * 1280 px and 390 px; the platform administrator adds and removes an initiative (with confirmation);
 * a pool's administrator writes the pool's own public page (errors, a save by someone else in
 * between, then the public page shows it), axe in Dutch and English.
 */
describe('public directory (browser)', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let rmnId: string;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    // The second pool, as the platform administrator (the demo's administrator) makes it.
    const { page, csrfToken } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    const res = await page.request.post('/api/v1/platform/pools', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        name: 'Regionaal Mediatorsnetwerk',
        municipalityCodes: ['GM0034', 'GM0307', 'GM0310', 'GM0402', 'GM0342', 'GM0344', 'GM0355'],
        firstAdmin: { name: 'Sanne Visser', email: 'sanne@rmn.example' },
      },
    });
    assert.equal(res.status(), 201, await res.text());
    rmnId = (await res.json()).pool.id;
    await page.context().close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const english = async (viewport?: { width: number; height: number }) => {
    const page = await freshPage(browser, server.baseUrl, viewport ? { viewport } : {});
    await page.addInitScript(() => window.localStorage.setItem('mediatorpool.taal', 'en'));
    return page;
  };

  test('keyboard only: from the login page to the directory, "Zeist" finds the Regional Mediation Network, then its page and open data', async () => {
    const page = await freshPage(browser, server.baseUrl);
    await page.goto('/inloggen');
    await waitForHeading(page, 'Inloggen');
    await page.getByRole('navigation', { name: 'Openbaar' }).getByRole('link', { name: 'Gids van mediatorpools' }).click();
    await waitForHeading(page, 'Gids van mediatorpools');
    await page.getByRole('link', { name: 'Regionaal Mediatorsnetwerk' }).first().waitFor();
    await expectNoA11yViolations(page, '/gids');

    // Tab to the field, type, arrow down, Enter: the focus never leaves the text box.
    const box = page.getByRole('combobox', { name: 'Gemeente' });
    for (let i = 0; i < 40 && (await focusedId(page)) !== 'gids-gemeente'; i += 1) await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'gids-gemeente');
    await page.keyboard.type('zei');
    await page.getByRole('option', { name: /Zeist/ }).waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await page.getByRole('status').filter({ hasText: /gemeente(n)? gevonden/ }).waitFor();
    await expectNoA11yViolations(page, '/gids with suggestions open');
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    assert.ok(active, 'an active option');
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    assert.match((await page.locator(`#${active}`).textContent()) ?? '', /^Zeist/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Voor de gemeente Zeist' }).waitFor();
    assert.equal(await box.inputValue(), 'Zeist');
    assert.equal(await focusedId(page), 'gids-gemeente');
    const result = page.locator('#gids-resultaat');
    await result.getByRole('link', { name: 'Regionaal Mediatorsnetwerk' }).waitFor();
    await result.getByText('Buurtbemiddeling Zeist', { exact: true }).waitFor();
    await expectNoA11yViolations(page, '/gids?gemeente=Zeist');

    // Escape closes the list, a second Escape clears the field.
    await page.keyboard.type('x');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    assert.equal(await box.inputValue(), '');

    // A name not in the list: the field says so.
    await page.keyboard.type('Atlantis');
    await page.keyboard.press('Enter');
    await page.getByText('Kies een gemeente uit de lijst.').waitFor();
    assert.equal(await box.getAttribute('aria-invalid'), 'true');

    // To the pool's page by keyboard: focus the result's link and press Enter.
    await result.getByRole('link', { name: 'Regionaal Mediatorsnetwerk' }).focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Regionaal Mediatorsnetwerk');
    await page.getByRole('heading', { level: 2, name: /^Kerncijfers \d{4}$/ }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Zeist' }).first().waitFor();
    await page.getByRole('link', { name: 'Licentie CC0 1.0' }).waitFor();
    await expectNoA11yViolations(page, 'pool page');
    const json = await page.request.get(await page.getByRole('link', { name: 'Kerncijfers als JSON' }).getAttribute('href') ?? '');
    assert.equal(json.status(), 200);
    assert.equal((JSON.parse(await json.text()) as { licence: { id: string } }).licence.id, 'CC0-1.0');
    await page.context().close();
  });

  test('English at 1280 px, and both languages at phone width (390 px): nothing cut off, no axe findings', async () => {
    const en = await english();
    await scanPage(en, '/gids', 'Directory of mediator pools', (p) => p.getByRole('table', { name: 'Pools and their municipalities' }));
    await scanPage(en, `/gids/pool/${rmnId}`, 'Regionaal Mediatorsnetwerk', (p) => p.getByRole('table', { name: /key figures for \d{4}/ }));
    await en.context().close();

    for (const lang of ['nl', 'en'] as const) {
      const phone: Page = lang === 'en' ? await english({ width: 390, height: 844 }) : await freshPage(browser, server.baseUrl, { viewport: { width: 390, height: 844 } });
      await scanPage(phone, '/gids?gemeente=Zeist', lang === 'nl' ? 'Gids van mediatorpools' : 'Directory of mediator pools', (p) =>
        p.locator('#gids-resultaat').getByRole('link', { name: 'Regionaal Mediatorsnetwerk' }),
      );
      await assertNothingCutOff(phone, { tablesMayScroll: true });
      await scanPage(phone, `/gids/pool/${rmnId}`, 'Regionaal Mediatorsnetwerk', (p) => p.locator('#pool-kerncijfers-tabel'));
      await assertNothingCutOff(phone, { tablesMayScroll: true });
      await phone.context().close();
    }

    const unknown = await freshPage(browser, server.baseUrl);
    await scanPage(unknown, '/gids/pool/00000000-0000-4000-8000-000000000000', 'Deze pool staat niet in de gids.');
    await unknown.context().close();
  });

  test('the platform administrator adds an initiative and removes it after confirming', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await page.goto('/');
    await page.getByRole('link', { name: 'Initiatieven in de gids' }).first().click();
    await waitForHeading(page, 'Initiatieven in de gids');
    await page.getByRole('table', { name: 'Initiatieven in de gids' }).waitFor();
    await expectNoA11yViolations(page, '/platform/initiatieven');

    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.locator('#initiatief-summary').waitFor();
    await expectNoA11yViolations(page, 'initiative form with errors');

    await page.getByLabel('Naam', { exact: true }).fill('Buurtbemiddeling De Bilt');
    await page.getByLabel('Gemeenten (CBS-codes)').fill('GM0310');
    await page.getByLabel('Korte beschrijving').fill('Vrijwilligers helpen buren.');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.locator('#inhoud').getByText('Buurtbemiddeling De Bilt is opgeslagen.').waitFor();
    await page.getByRole('rowheader', { name: 'Buurtbemiddeling De Bilt' }).waitFor();

    await page.getByRole('button', { name: 'Buurtbemiddeling De Bilt verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Initiatief verwijderen?' });
    await dialog.waitFor();
    await expectNoA11yViolations(page, 'remove confirmation');
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.locator('#inhoud').getByText('Buurtbemiddeling De Bilt is verwijderd.').waitFor();
    // The notice comes with the answer; the table follows when the list has been read again.
    await page.getByRole('rowheader', { name: 'Buurtbemiddeling De Bilt' }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  test('the pool administrator writes the public page: errors, a save in between, then the public page shows it; axe in Dutch and English', async () => {
    const { page, csrfToken } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await page.goto('/register/instellingen');
    await waitForHeading(page, /Instellingen/);
    await page.getByRole('link', { name: /^Openbare pagina van de pool in de gids/ }).click();
    await waitForHeading(page, 'Openbare pagina van de pool');
    const description = page.getByLabel('Wat wij doen');
    await description.waitFor();
    assert.match(await description.inputValue(), /Sinds 2013/, 'the demo pool has its own text');
    await expectNoA11yViolations(page, '/beheer/openbare-pagina');

    // Empty where required and markup: both named in the summary, nothing sent.
    await description.fill('');
    await page.getByLabel('Zo vraagt u mediation aan (optioneel)').fill('Klik <a href="https://example.test">hier</a>');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const summary = page.locator('#openbare-pagina-summary');
    await summary.getByText('Gebruik gewone tekst, zonder HTML-codes zoals <script>.').waitFor();
    assert.equal(await focusedId(page), 'openbare-pagina-summary');
    await expectNoA11yViolations(page, 'public page form with errors');

    // Someone else saves in between: the form says so in Dutch and nothing of this form is stored.
    const now = await page.request.get('/api/v1/pool-public-page');
    const read = (await now.json()) as { version: number; description: string; howToAsk: string; contactEmail: string | null; contactPhone: string | null };
    const other = await page.request.put('/api/v1/pool-public-page', { headers: { 'x-csrf-token': csrfToken }, data: { version: read.version, description: `${read.description} (bijgewerkt)`, howToAsk: read.howToAsk, contactEmail: read.contactEmail, contactPhone: read.contactPhone } });
    assert.equal(other.status(), 200, await other.text());
    await description.fill('Wij helpen bij conflicten op het werk en met de gemeente.');
    await page.getByLabel('Zo vraagt u mediation aan (optioneel)').fill('Meld u aan via het voorportaal.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await summary.getByText(/intussen opgeslagen/).waitFor();
    await page.getByRole('link', { name: 'Laad de pagina opnieuw' }).click();
    await waitForHeading(page, 'Openbare pagina van de pool');
    await page.getByLabel('Wat wij doen').waitFor();
    assert.match(await page.getByLabel('Wat wij doen').inputValue(), /\(bijgewerkt\)$/);

    await page.getByLabel('Wat wij doen').fill('Wij helpen bij conflicten op het werk en met de gemeente.\n\nEen mediator komt altijd uit een andere gemeente.');
    await page.getByLabel('Zo vraagt u mediation aan (optioneel)').fill('Meld u aan via het voorportaal.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('#inhoud').getByText('De openbare pagina is opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Bekijk de openbare pagina' }).click();
    await waitForHeading(page, 'Mediatorpool Meppel en omstreken');
    const about = page.getByRole('region', { name: 'Wat wij doen' });
    await about.getByText('Een mediator komt altijd uit een andere gemeente.').waitFor();
    await page.getByRole('region', { name: 'Hoe vraagt u mediation aan?' }).getByText('Meld u aan via het voorportaal.').waitFor();
    await expectNoA11yViolations(page, 'pool page with its own text');
    await page.setViewportSize({ width: 390, height: 844 });
    await assertNothingCutOff(page, { tablesMayScroll: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto('/beheer/openbare-pagina');
    await waitForHeading(page, 'Openbare pagina van de pool');
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'Public page of the pool');
    await page.getByLabel('What we do').waitFor();
    await expectNoA11yViolations(page, '/beheer/openbare-pagina (English)');
    await page.goto(`/gids/pool/${(await (await page.request.get('/api/v1/pool-public-page')).json()).poolId}`);
    await page.getByRole('heading', { level: 2, name: 'What we do' }).waitFor();
    await expectNoA11yViolations(page, 'pool page with its own text (English)');
    await page.context().close();
  });
});
