import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, expectNoA11yViolations, focusedId, launchBrowser, mainNav, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * Beheer → Verwerkingsregister and "Controleer de keten" (issue 17, items 5 and 6): an
 * administrator rewords an activity and adds one, the form names an empty field, the chain check
 * says "intact"; every page axe-clean in Dutch and English.
 */
describe('processing register and audit chain in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let csrf: string;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: admin, csrfToken: csrf } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an administrator rewords a standard activity and adds one of the pool’s own', async () => {
    await admin.goto('/');
    await mainNav(admin).getByRole('link', { name: 'Verwerkingsregister' }).click();
    await waitForHeading(admin, 'Verwerkingsregister');
    const section = admin.getByRole('region', { name: 'Behandeling van mediationzaken' });
    await section.getByText('AVG art. 6 lid 1 sub e', { exact: false }).waitFor();
    await expectNoA11yViolations(admin, 'register (nl)');

    await section.getByRole('link', { name: 'Behandeling van mediationzaken wijzigen' }).click();
    await waitForHeading(admin, 'Behandeling van mediationzaken wijzigen');
    await admin.getByText('De code “zaakbehandeling” blijft gelijk').waitFor();
    await admin.getByLabel('Bewaartermijn').fill('');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByRole('link', { name: 'Vul dit veld in.' }).waitFor();
    assert.equal(await focusedId(admin), 'activity-summary');
    await expectNoA11yViolations(admin, 'edit with an error (nl)');
    await admin.getByLabel('Bewaartermijn').fill('10 jaar na afronding van de zaak');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByRole('main').getByText('De activiteit is opgeslagen.').waitFor();
    await section.getByText('10 jaar na afronding van de zaak').waitFor();
    await section.getByText('Aangepast door de pool').waitFor();

    await admin.getByRole('link', { name: 'Activiteit toevoegen' }).click();
    await waitForHeading(admin, 'Activiteit toevoegen');
    const own = { Naam: 'Klachtenregistratie', Doel: 'Klachten over de pool afhandelen', Grondslag: 'AVG art. 6 lid 1 sub e; Awb hoofdstuk 9', 'Categorieën persoonsgegevens': 'Naam, klacht', 'Categorieën betrokkenen': 'Klagers', Bewaartermijn: '1 jaar', Ontvangers: 'Klachtencoördinator' };
    for (const [label, value] of Object.entries(own)) await admin.getByLabel(label, { exact: true }).fill(value);
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByRole('main').getByText('De activiteit is toegevoegd.').waitFor();
    const added = admin.getByRole('region', { name: 'Klachtenregistratie' });
    await added.getByText('Eigen activiteit').waitFor();

    const log = await admin.request.get('/api/v1/audit-events?action=processing-activity.create');
    assert.equal((await log.json()).items.length, 1);
  });

  test('“Controleer de keten” says the chain is intact, in Dutch and in English', async () => {
    await admin.goto('/beheer/verwerkingsregister');
    await admin.getByRole('link', { name: 'Controleer de keten van het auditlog' }).click();
    await waitForHeading(admin, 'Controleer de keten');
    await admin.getByRole('button', { name: 'Controleer de keten' }).click();
    await admin.getByText(/De keten is intact: [\d.]+ rijen gecontroleerd\./).waitFor();
    await expectNoA11yViolations(admin, 'chain (nl)');

    const me = await admin.request.patch('/api/v1/me', { headers: { 'x-csrf-token': csrf }, data: { locale: 'en' } });
    assert.equal(me.status(), 200);
    await admin.goto('/beheer/auditketen');
    await waitForHeading(admin, 'Check the chain');
    await admin.getByRole('button', { name: 'Check the chain' }).click();
    await admin.getByText(/The chain is intact: [\d,]+ entries checked\./).waitFor();
    await expectNoA11yViolations(admin, 'chain (en)');
    await admin.goto('/beheer/verwerkingsregister');
    await waitForHeading(admin, 'Register of processing activities');
    await admin.getByRole('region', { name: 'Klachtenregistratie' }).waitFor();
    await expectNoA11yViolations(admin, 'register (en)');
    await admin.goto('/beheer/verwerkingsregister/nieuw');
    await waitForHeading(admin, 'Add an activity');
    await expectNoA11yViolations(admin, 'new activity (en)');
  });

  test('a coordinator does not see the register', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    await page.goto('/');
    await mainNav(page).waitFor();
    assert.equal(await mainNav(page).getByRole('link', { name: 'Verwerkingsregister' }).count(), 0);
    await page.context().close();
  });
});
