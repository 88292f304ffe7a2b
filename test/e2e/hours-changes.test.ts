import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { amsterdamToday, announcer, browserSkipReason, expectNoSeriousA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { assignMediator } from '../helpers/case-factories.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * Hours after logging, in the browser: the mediator edits open hours in place (a bad time is named
 * in the summary and at the field), the coordinator withdraws a rejection and an approval from the
 * case page after a confirmation, and the mediator books a correction on approved hours, which the
 * case page shows under the original with the total after it. axe-core scans every dialog and the
 * case page's hours.
 */
describe('changing hours in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let mediator: Page;
  let coordinator: Page;
  let mediatorCsrf = '';
  let coordinatorCsrf = '';
  let caseId = '';
  let caseNumber = '';

  /** Logs hours through the API as the mediator; returns the entry id. */
  const log = async (minutes: number, note: string) => {
    const res = await mediator.request.post(`/api/v1/cases/${caseId}/hours`, {
      headers: { 'x-csrf-token': mediatorCsrf },
      data: { date: amsterdamToday(), minutes, activity: 'session', note },
    });
    assert.equal(res.status(), 201, await res.text());
    return ((await res.json()) as { id: string }).id;
  };
  const decide = async (id: string, action: 'approve' | 'reject') => {
    const res = await coordinator.request.post(`/api/v1/hours/${id}/${action}`, {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: action === 'reject' ? { reason: 'Hoort bij een andere zaak' } : {},
    });
    assert.equal(res.status(), 200, await res.text());
  };
  const status = async (id: string) => ((await (await coordinator.request.get(`/api/v1/hours/${id}`)).json()) as { status: string }).status;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: mediator, csrfToken: mediatorCsrf } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    const { page: contact, csrfToken } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    const members = (await (await contact.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const res = await contact.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        requestingMunicipalityId: members.find((m) => m.name === 'Meppel')!.id,
        caseType: 'employment',
        title: 'Samenwerking op de afdeling Vergunningen',
        description: 'Twee collega’s verschillen van mening over de werkverdeling.',
        parties: [{ role: 'employee', name: 'Medewerker C', informed: true }],
        referralSource: 'manager',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    ({ id: caseId, number: caseNumber } = (await res.json()) as { id: string; number: string });
    const user = await server.handle.db.selectFrom('app_user').select(['id', 'pool_id']).where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow();
    await assignMediator(server.handle.db, user.pool_id, caseId, user.id);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the mediator edits open hours in place on /uren', async () => {
    const id = await log(60, 'Intake');
    await mediator.goto('/uren');
    await waitForHeading(mediator, 'Uren');
    const table = mediator.getByRole('table', { name: /Mijn uren in/ });
    const row = table.getByRole('row').filter({ hasText: 'Intake' });
    await row.getByRole('button', { name: /wijzigen$/ }).click();
    const dialog = mediator.getByRole('dialog', { name: 'Uren wijzigen' });
    await dialog.waitFor();
    // The first field has the focus, the entry's values are filled in.
    await mediator.waitForFunction(() => document.activeElement?.id === 'edit-hours-date');
    assert.equal(await dialog.getByLabel('Tijd').inputValue(), '1:00');
    await expectNoSeriousA11yViolations(mediator, 'edit hours dialog');

    // A time that is no time: named in the summary (which takes the focus) and at the field.
    await dialog.getByLabel('Tijd').fill('anderhalf uur');
    await dialog.getByLabel('Tijd').press('Enter');
    const summary = dialog.locator('#edit-hours-form-summary');
    await summary.getByRole('link', { name: 'Vul de tijd in als minuten (90) of uren:minuten (1:30).' }).waitFor();
    await mediator.waitForFunction(() => document.activeElement?.id === 'edit-hours-form-summary');
    await dialog.locator('#edit-hours-time-error').getByText('Vul de tijd in als minuten (90) of uren:minuten (1:30).').waitFor();
    await expectNoSeriousA11yViolations(mediator, 'edit hours dialog with an error');
    // The summary's link leads to the field.
    await summary.getByRole('link').click();
    await mediator.waitForFunction(() => document.activeElement?.id === 'edit-hours-time');

    await dialog.getByLabel('Tijd').fill('1:45');
    await dialog.getByLabel('Notitie (optioneel)').fill('Intake met beide partijen');
    await dialog.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await announcer(mediator).getByText('De uren zijn gewijzigd en wachten op goedkeuring.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const changed = table.getByRole('row').filter({ hasText: 'Intake met beide partijen' });
    await changed.getByRole('cell', { name: '1 u 45 min', exact: true }).waitFor();
    // The focus is back on the button that opened the dialog.
    assert.match((await mediator.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '', /wijzigen$/);
    assert.equal(await status(id), 'submitted');
  });

  test('the coordinator withdraws a rejection and an approval on the case page', async () => {
    const rejected = await log(30, 'Verslag');
    await decide(rejected, 'reject');
    const approved = await log(20, 'Overleg met de coördinator');
    await decide(approved, 'approve');

    // From the totals on the approval page to the case.
    await coordinator.goto('/uren/goedkeuren');
    await waitForHeading(coordinator, 'Uren goedkeuren');
    await coordinator.getByRole('table', { name: 'Per zaak' }).getByRole('link', { name: caseNumber }).click();
    await waitForHeading(coordinator, new RegExp(caseNumber));
    const section = coordinator.getByRole('region', { name: 'Uren' });
    const table = section.getByRole('table', { name: 'Uren op deze zaak' });
    const rejectedRow = table.getByRole('row').filter({ hasText: 'Verslag' });
    await rejectedRow.getByText('Reden: Hoort bij een andere zaak').waitFor();
    await rejectedRow.getByText(/^Door .* op /).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case page with hours');

    await rejectedRow.getByRole('button', { name: /Afkeuring van de uren van .* intrekken/ }).click();
    const confirm = coordinator.getByRole('dialog', { name: 'Afkeuring intrekken?' });
    await confirm.waitFor();
    await confirm.getByText('de reden van de afkeuring vervalt', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'withdraw rejection dialog');
    await confirm.getByRole('button', { name: 'Afkeuring intrekken' }).click();
    await announcer(coordinator).getByText('De uren wachten weer op goedkeuring.').waitFor();
    await rejectedRow.getByText('Wacht op goedkeuring').waitFor();
    // The button is gone, so the confirmation has the focus.
    await coordinator.waitForFunction(() => document.activeElement?.textContent === 'De uren wachten weer op goedkeuring.');
    assert.equal(await status(rejected), 'submitted');

    const approvedRow = table.getByRole('row').filter({ hasText: 'Overleg met de coördinator' });
    await approvedRow.getByText(/^Verrekenperiode /).waitFor();
    await approvedRow.getByRole('button', { name: /Goedkeuring van de uren van .* intrekken/ }).click();
    const reopen = coordinator.getByRole('dialog', { name: 'Goedkeuring intrekken?' });
    await reopen.waitFor();
    // The safe choice has the focus; Escape closes without changing anything.
    await coordinator.keyboard.press('Escape');
    await reopen.waitFor({ state: 'hidden' });
    assert.equal(await status(approved), 'approved');
    await approvedRow.getByRole('button', { name: /Goedkeuring van de uren van .* intrekken/ }).click();
    await reopen.getByRole('button', { name: 'Goedkeuring intrekken' }).click();
    await announcer(coordinator).getByText('De uren wachten weer op goedkeuring.').waitFor();
    await approvedRow.getByText('Wacht op goedkeuring').waitFor();
    assert.equal(await status(approved), 'submitted');
  });

  test('the mediator books a correction on approved hours; the case shows it under the original', async () => {
    const original = await log(120, 'Gesprek met beide partijen');
    await decide(original, 'approve');
    await mediator.goto('/uren');
    await waitForHeading(mediator, 'Uren');
    const table = mediator.getByRole('table', { name: /Mijn uren in/ });
    const row = table.getByRole('row').filter({ hasText: 'Gesprek met beide partijen' });
    // Approved hours are not edited or deleted: only a correction.
    assert.equal(await row.getByRole('button', { name: /(wijzigen|verwijderen)$/ }).count(), 0);
    await row.getByRole('button', { name: /^Correctie boeken op de uren van/ }).click();
    const dialog = mediator.getByRole('dialog', { name: 'Correctie boeken' });
    await dialog.waitFor();
    await mediator.waitForFunction(() => document.activeElement?.id === 'correction-direction');
    await expectNoSeriousA11yViolations(mediator, 'correction dialog');

    // Nothing filled in: every question in the summary.
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
    const summary = dialog.locator('#correction-form-summary');
    await summary.getByRole('link', { name: 'Kies of er tijd bij komt of af gaat.' }).waitFor();
    await summary.getByRole('link', { name: 'Vul de reden van de correctie in.' }).waitFor();
    await expectNoSeriousA11yViolations(mediator, 'correction dialog with errors');

    // More than there is to take off: refused before sending.
    await dialog.getByLabel('Er gaat tijd af').check();
    await dialog.getByLabel('Verschil').fill('3:00');
    await dialog.getByLabel('Reden van de correctie').fill('Gesprek duurde korter');
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await summary.getByRole('link', { name: /moet tussen 0 en 24 uur liggen/ }).waitFor();

    await dialog.getByLabel('Verschil').fill('0:30');
    await dialog.getByText('Na deze correctie: 1 u 30 min.').waitFor();
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await announcer(mediator).getByText('De correctie is geboekt en wacht op goedkeuring.').waitFor();
    const correction = table.getByRole('row').filter({ hasText: 'Gesprek duurde korter' });
    await correction.getByRole('cell', { name: '−30 min', exact: true }).waitFor();
    await correction.getByText('Correctie op de uren van', { exact: false }).waitFor();
    await row.getByText('Met correcties: 1 u 30 min').waitFor();
    await expectNoSeriousA11yViolations(mediator, 'month with a correction');

    // On the case page the correction stands right under the original.
    await coordinator.goto(`/zaken/${caseId}`);
    await waitForHeading(coordinator, new RegExp(caseNumber));
    const caseTable = coordinator.getByRole('table', { name: 'Uren op deze zaak' });
    await caseTable.getByText('Gesprek duurde korter').waitFor();
    const texts = await caseTable.locator('tbody tr').allInnerTexts();
    const at = texts.findIndex((x) => x.includes('Gesprek met beide partijen'));
    assert.ok(at >= 0 && texts[at + 1]!.includes('Gesprek duurde korter'), 'the correction follows its original');
    // Approved hours with a correction keep their approval: no withdrawing, only another correction.
    const originalRow = caseTable.getByRole('row').filter({ hasText: 'Gesprek met beide partijen' });
    assert.equal(await originalRow.getByRole('button', { name: /intrekken$/ }).count(), 0);
    await originalRow.getByRole('button', { name: /^Correctie boeken/ }).waitFor();
  });
});
