import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, expectNoSeriousA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * Issue 12, item 17 in the browser: the coordinator records an adjournment with the date it was
 * announced (checked against the Atw-extended decision term), the case shows the last day to object
 * beside the decision deadline, in Dutch and English; the administrator chooses whether Good Friday
 * and 5 May are days off for the pool's norms. axe-core scans each state.
 */
describe('objection terms and the pool’s holidays in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let admin: Page;
  let coordinatorCsrf: string;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: admin } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an adjournment with its announcement date; the last day to object and the decision deadline', async () => {
    const members = (await (await coordinator.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const res = await coordinator.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: {
        requestingMunicipalityId: members.find((m) => m.name === 'Meppel')!.id,
        caseType: 'citizen_government',
        title: 'Bezwaar tegen een omgevingsvergunning',
        description: 'De buren maken bezwaar tegen de vergunning voor een dakkapel.',
        parties: [{ role: 'citizen', name: 'Bezwaarmaker D', informed: true }],
        referralSource: 'objections_officer',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    const { id, number } = await res.json();

    await coordinator.goto(`/zaken/${id}`);
    await waitForHeading(coordinator, new RegExp(`^${number}:`));
    const objection = coordinator.getByRole('region', { name: 'Bezwaarschrift en wettelijke termijn' });
    await objection.getByRole('button', { name: 'Bezwaarschrift vastleggen' }).click();
    const form = objection.getByRole('form', { name: 'Termijngegevens van het bezwaarschrift' });
    // Sent Monday 12 January 2026: the decision term ends on Easter Monday 6 April, extended to Tuesday 7 April.
    await form.getByLabel('Datum waarop het bestreden besluit is verzonden').fill('2026-01-12');
    await form.getByLabel('Verdaging in weken (optioneel)').fill('6');
    await form.getByRole('button', { name: 'Termijngegevens opslaan' }).click();
    await coordinator.locator('#objection-adjournment-announced-error').getByText('Vul de datum in waarop de verdaging is meegedeeld.').waitFor();

    // One day after the extended term: the server refuses it, on the field, and saves nothing.
    await form.getByLabel('Datum waarop de verdaging is meegedeeld (bij een verdaging)').fill('2026-04-08');
    await form.getByRole('button', { name: 'Termijngegevens opslaan' }).click();
    await coordinator.locator('#objection-adjournment-announced-error').getByText(/7 april 2026/).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'objection form with a refused announcement date');
    await objection.getByText('Er is geen bezwaarschrift vastgelegd.').waitFor();

    await form.getByLabel('Datum waarop de verdaging is meegedeeld (bij een verdaging)').fill('2026-04-07');
    await form.getByRole('button', { name: 'Termijngegevens opslaan' }).click();
    await objection.getByText('De termijngegevens zijn opgeslagen.').waitFor();
    const row = (label: string) => objection.locator('.utrecht-data-list__item', { has: coordinator.getByText(label, { exact: true }) });
    await row('Laatste dag om bezwaar te maken').getByText('23 februari 2026').waitFor();
    await row('Verdaging meegedeeld op').getByText('7 april 2026').waitFor();
    // Six weeks from Wednesday 8 April: Tuesday 19 May 2026.
    await row('Uiterste beslisdatum').getByText('19 mei 2026').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case detail with the objection terms');

    await coordinator.getByRole('button', { name: 'English' }).click();
    await waitForHeading(coordinator, new RegExp(`^${number}:`));
    const english = coordinator.getByRole('region', { name: 'Objection and statutory deadline' });
    await english.getByText('Last day to object').waitFor();
    await english.getByText('23 February 2026').waitFor();
    await english.getByText('Adjournment announced on').waitFor();
    await english.getByText('19 May 2026').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case detail with the objection terms in English');
    await coordinator.getByRole('button', { name: 'Nederlands' }).click();
    await waitForHeading(coordinator, new RegExp(`^${number}:`));
  });

  test('the administrator chooses whether Good Friday and 5 May are days off for the norms', async () => {
    await admin.goto('/register/instellingen');
    await waitForHeading(admin, 'Instellingen van de pool');
    const goodFriday = admin.getByLabel('Goede Vrijdag is een vrije dag voor deze normen');
    const liberation = admin.getByLabel('5 mei (Bevrijdingsdag) is een vrije dag voor deze normen');
    assert.equal(await goodFriday.isChecked(), true);
    assert.equal(await liberation.isChecked(), true);
    await admin.getByText('Wettelijke termijnen tellen 5 mei elk jaar als feestdag', { exact: false }).waitFor();
    await goodFriday.uncheck();
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await admin.getByText('De instellingen zijn opgeslagen.', { exact: true }).first().waitFor();
    const saved = await (await admin.request.get('/api/v1/pool-settings')).json();
    assert.equal(saved.goodFridayIsDayOff, false);
    assert.equal(saved.liberationDayIsDayOff, true);
    await expectNoSeriousA11yViolations(admin, 'pool settings with the holiday choice');

    // The coordinator reads the choice.
    await coordinator.goto('/register/instellingen');
    await waitForHeading(coordinator, 'Instellingen van de pool');
    await coordinator.getByText('Goede Vrijdag werkdag, 5 mei vrij').waitFor();
    await coordinator.getByRole('button', { name: 'English' }).click();
    await waitForHeading(coordinator, 'Pool settings');
    await coordinator.getByText('Good Friday working day, 5 May day off').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'pool settings view in English');
    await coordinator.getByRole('button', { name: 'Nederlands' }).click();
  });
});
