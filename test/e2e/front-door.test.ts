import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { amsterdamToday, assertNothingCutOff, browserSkipReason, expectNoA11yViolations, focusedId, freshPage, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();
const PHONE = { width: 390, height: 844 };

/**
 * Issue 15, item 4, in the browser at phone width: a resident of Zwartewaterland with a conflict
 * about a permit goes through the front door from the login page, gets the Meppel pool's mediation
 * with the Awb dates, self-refers; the referral is in the Meppel pool's intake and on the
 * coordinator's start page; the status link shows "ontvangen", an altered one says that the link
 * is expired or unknown and nothing else. A resident who reports threats gets the police / Veilig Thuis advice. axe on every new page in
 * Dutch and English (moderate bar).
 */
describe('public front door (browser)', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let statusLink = '';

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const english = async (page: Page) => page.addInitScript(() => window.localStorage.setItem('mediatorpool.taal', 'en'));

  test('a Zwartewaterland resident with a permit conflict self-refers; the status link shows "ontvangen"', async () => {
    const page = await freshPage(browser, server.baseUrl, { viewport: PHONE });
    await page.goto('/inloggen');
    await waitForHeading(page, 'Inloggen');
    await page.getByRole('link', { name: 'Vind de juiste hulp bij een conflict' }).click();
    await waitForHeading(page, 'Hulp bij een conflict');
    await page.getByRole('option', { name: 'Zwartewaterland' }).waitFor({ state: 'attached' });
    await expectNoA11yViolations(page, '/voorportaal');
    await assertNothingCutOff(page);

    // Asking for advice without answers: the error summary takes the focus and names the questions.
    await page.getByRole('button', { name: 'Bekijk het advies' }).click();
    await page.locator('#front-door-questions-summary').waitFor();
    assert.equal(await focusedId(page), 'front-door-questions-summary');
    await expectNoA11yViolations(page, '/voorportaal with errors');

    // Keyboard: the first answer by Space, the rest by label.
    await page.locator('#fd-asker-role').focus();
    await page.keyboard.press('Space');
    assert.equal(await page.getByRole('radio', { name: 'Inwoner' }).isChecked(), true);
    await page.getByRole('radio', { name: 'De gemeente als overheid' }).check();
    await page.getByRole('group', { name: /besluit van de gemeente/ }).getByRole('radio', { name: 'Ja' }).check();
    const decision = amsterdamToday().slice(0, 8) + '01';
    await page.getByLabel('Welke datum staat op het besluit?').fill(decision);
    await page.getByRole('checkbox', { name: 'Ik heb contact gehad met de afdeling van de gemeente' }).check();
    await page.getByLabel('In welke gemeente woont of werkt u?').selectOption({ label: 'Zwartewaterland' });
    await page.getByRole('button', { name: 'Bekijk het advies' }).click();

    await waitForHeading(page, 'Ons advies');
    await page.getByRole('heading', { level: 2, name: 'Mediation door de mediatorpool' }).waitFor();
    await page.getByText('Laatste dag om bezwaar te maken').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Een onafhankelijke mediator' }).waitFor();
    await expectNoA11yViolations(page, 'advice (pool mediation)');
    await assertNothingCutOff(page);

    await page.getByRole('button', { name: 'Meld u aan bij Mediatorpool Meppel en omstreken' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Aanmelden bij Mediatorpool Meppel en omstreken' }).waitFor();
    assert.equal(await focusedId(page), 'sr-title');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.locator('#self-referral-summary').waitFor();
    assert.equal(await focusedId(page), 'self-referral-summary');
    await expectNoA11yViolations(page, 'self-referral form with errors');

    await page.getByLabel('Uw naam').fill('Jan de Vries');
    await page.getByLabel('E-mailadres').fill('jan.devries@example.test');
    await page.getByLabel('Waar gaat het conflict over?').fill('Mijn vergunning voor een dakkapel is geweigerd. <b>Graag</b> een gesprek.');
    await page.getByRole('checkbox', { name: 'Ik heb de privacyverklaring gelezen' }).check();
    await page.getByRole('checkbox', { name: 'Ik heb liever een onafhankelijke mediator' }).check();
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

    await waitForHeading(page, 'Uw aanmelding is ontvangen');
    statusLink = await page.getByLabel('Uw persoonlijke statuslink').inputValue();
    assert.match(statusLink, /\/voorportaal\/status\/[A-Za-z0-9_-]{43}$/);
    await expectNoA11yViolations(page, 'self-referral sent');
    await assertNothingCutOff(page);

    await page.getByRole('link', { name: 'Bekijk de stand' }).click();
    await waitForHeading(page, 'Stand van uw aanmelding');
    await page.getByText('Stand: Ontvangen').waitFor();
    await expectNoA11yViolations(page, 'status page');
    await assertNothingCutOff(page);

    const path = new URL(statusLink).pathname;
    const last = path.at(-1) === 'A' ? 'B' : 'A';
    await page.goto(path.slice(0, -1) + last);
    await waitForHeading(page, 'Deze statuslink werkt niet (meer)');
    await page.getByText('De link is verlopen of onbekend.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('main').getByText(/Ontvangen|Zwartewaterland|Meppel/).count(), 0, 'nothing of the referral');
    await expectNoA11yViolations(page, 'unusable status link');
    await assertNothingCutOff(page);
    await page.context().close();
  });

  test("the referral is in the Meppel pool's intake as a self-referral, and on the coordinator's start page", async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example', { viewport: PHONE });
    await page.goto('/');
    const triage = page.getByRole('region', { name: /Nieuwe aanmeldingen voor triage/ });
    await triage.getByRole('link', { name: /Zelfaanmelding via het voorportaal/ }).first().waitFor();
    await triage.getByRole('link', { name: /Zelfaanmelding via het voorportaal/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Zelfaanmelding via het voorportaal/ }).waitFor();
    await page.getByText('Zwartewaterland').first().waitFor();
    await page.getByText('Jan de Vries').first().waitFor();
    await page.getByText('Mijn vergunning voor een dakkapel is geweigerd. <b>Graag</b> een gesprek.').waitFor();

    await page.goto('/voorportaal/rapport');
    await waitForHeading(page, 'Voorportaal: gekozen routes');
    await page.getByText(/Nog geen adviezen geteld|Adviezen per maand en route/).first().waitFor();
    await expectNoA11yViolations(page, '/voorportaal/rapport');
    await page.context().close();
  });

  test('a resident who reports threats gets the advice page with the police and Veilig Thuis numbers', async () => {
    const page = await freshPage(browser, server.baseUrl, { viewport: PHONE });
    await page.goto('/voorportaal');
    await waitForHeading(page, 'Hulp bij een conflict');
    await page.getByRole('radio', { name: 'Inwoner' }).check();
    await page.getByRole('radio', { name: 'Een buurman of buurvrouw' }).check();
    await page.getByRole('checkbox', { name: 'Er is geweld of ik word bedreigd' }).check();
    await page.getByRole('option', { name: 'Zwartewaterland' }).waitFor({ state: 'attached' });
    await page.getByLabel('In welke gemeente woont of werkt u?').selectOption({ label: 'Zwartewaterland' });
    await page.getByRole('button', { name: 'Bekijk het advies' }).click();
    await waitForHeading(page, 'Ons advies');
    await page.getByRole('heading', { level: 2, name: 'Politie of Veilig Thuis' }).waitFor();
    await page.getByRole('link', { name: 'Bel 0800-2000' }).waitFor();
    await page.getByRole('link', { name: 'Bel 112' }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: /Meld u aan/ }).count(), 0, 'no self-referral');
    await expectNoA11yViolations(page, 'advice (threats)');
    await assertNothingCutOff(page);
    await page.context().close();
  });

  test('in English: the questionnaire, an advice, the status page and the report pass axe', async () => {
    const page = await freshPage(browser, server.baseUrl, { viewport: PHONE });
    await english(page);
    await page.goto('/voorportaal');
    await waitForHeading(page, 'Help with a conflict');
    await expectNoA11yViolations(page, '/voorportaal (en)');
    await page.getByRole('radio', { name: 'An employee of a municipality' }).check();
    await page.getByRole('radio', { name: 'My employer or a colleague at the municipality' }).check();
    await page.getByRole('option', { name: 'Meppel' }).waitFor({ state: 'attached' });
    await page.getByLabel('In which municipality do you live or work?').selectOption({ label: 'Meppel' });
    await page.getByRole('button', { name: 'See the advice' }).click();
    await waitForHeading(page, 'Our advice');
    await page.getByRole('heading', { level: 2, name: 'Mediation by the mediator pool' }).waitFor();
    await expectNoA11yViolations(page, 'advice (en)');
    await page.goto(new URL(statusLink).pathname);
    await waitForHeading(page, 'Status of your sign-up');
    await page.getByText('Status: Received').waitFor();
    await expectNoA11yViolations(page, 'status page (en)');
    await page.goto(`${new URL(statusLink).pathname.slice(0, -4)}zzzz`);
    await waitForHeading(page, 'This status link does not work (any more)');
    await expectNoA11yViolations(page, 'unusable status link (en)');
    await page.context().close();

    const { page: coordinator, csrfToken } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    const me = await coordinator.request.patch('/api/v1/me', { headers: { 'x-csrf-token': csrfToken }, data: { locale: 'en' } });
    assert.equal(me.status(), 200, await me.text());
    await coordinator.goto('/voorportaal/rapport');
    await waitForHeading(coordinator, 'Front door: routes taken');
    await expectNoA11yViolations(coordinator, '/voorportaal/rapport (en)');
    await coordinator.context().close();
  });
});
