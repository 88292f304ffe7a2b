import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { amsterdamToday, browserSkipReason, expectNoSeriousA11yViolations, launchBrowser, mainNav, signedInPage, waitForHeading } from '../helpers/browser.js';
import { assignMediator } from '../helpers/case-factories.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * The Nazorg page in the browser: a mediator finds their own open aftercare from the menu, the
 * date and in words whether it is due, follows the case link, records the aftercare there and the
 * task is gone; a coordinator sees the pool's open aftercare, also of cases without a mediator.
 * axe-core scans the page empty and with tasks.
 */
describe('the aftercare (Nazorg) page', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let mediator: Page;
  let coordinator: Page;
  let contact: Page;
  let contactCsrf = '';
  let meppelId = '';
  /** Left open by the mediator's test: due in twenty days (the mediator's) and due today (no mediator). */
  let later = { id: '', number: '' };
  let unassigned = { id: '', number: '' };

  /**
   * A case referred by Meppel's contact and concluded with an outcome, as the earlier steps would
   * leave it: aftercare due on `dueOn`, led by the demo mediator when `withMediator`.
   */
  const concludedCase = async (title: string, dueOn: string, withMediator: boolean) => {
    const res = await contact.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': contactCsrf },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title,
        description: 'Vertrouwelijk: een verschil van inzicht over de werkverdeling.',
        parties: [{ role: 'employee', name: 'Medewerker G', informed: true }],
        referralSource: 'manager',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    const c = (await res.json()) as { id: string; number: string };
    const db = server.handle.db;
    const user = await db.selectFrom('app_user').select(['id', 'pool_id']).where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow();
    await db.updateTable('mediation_case').set({ status: 'concluded', route: 'formal_mediation', concluded_on: addDays(dueOn, -42) }).where('id', '=', c.id).execute();
    await db
      .insertInto('case_outcome')
      .values({ case_id: c.id, pool_id: user.pool_id, outcome: 'full_agreement', written_agreement: true, recorded_by: user.id, aftercare_due_on: dueOn })
      .execute();
    if (withMediator) await assignMediator(db, user.pool_id, c.id, user.id);
    return c;
  };

  const openFromMenu = async (page: Page) => {
    await mainNav(page).getByRole('link', { name: 'Nazorg' }).click();
    await waitForHeading(page, 'Nazorg');
  };
  const tasks = (page: Page) => page.getByRole('table', { name: 'Openstaande nazorg, vroegste datum eerst' });
  /** The case numbers in the table, top to bottom. */
  const listedCases = async (page: Page) => (await tasks(page).locator('tbody th').allInnerTexts()).map((s) => s.trim());

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: mediator } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
    ({ page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: contact, csrfToken: contactCsrf } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example'));
    const members = (await (await contact.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    meppelId = members.find((m) => m.name === 'Meppel')!.id;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('without open aftercare the page says so', async () => {
    await mediator.goto('/');
    await waitForHeading(mediator, 'Mijn werk');
    await openFromMenu(mediator);
    await mediator.getByText('Er staat geen nazorg open.').waitFor();
    await expectNoSeriousA11yViolations(mediator, 'aftercare page, empty');
    // A contact has no aftercare to do: no menu item, and the address says so.
    await contact.goto('/');
    await waitForHeading(contact, 'Mijn werk');
    await mainNav(contact).getByRole('link', { name: 'Mijn werk' }).waitFor();
    assert.equal(await mainNav(contact).getByRole('link', { name: 'Nazorg' }).count(), 0);
    await contact.goto('/nazorg');
    await waitForHeading(contact, 'Geen toegang');
  });

  test('the mediator finds due aftercare, records it on the case, and it leaves the list', async () => {
    const overdue = await concludedCase('Samenwerking op Burgerzaken', addDays(amsterdamToday(), -3), true);
    later = await concludedCase('Roosterconflict bij de buitendienst', addDays(amsterdamToday(), 20), true);
    unassigned = await concludedCase('Klacht over de werkverdeling', amsterdamToday(), false);

    // The start page counts what is due this week (not the check in twenty days).
    await mediator.goto('/');
    await waitForHeading(mediator, 'Mijn werk');
    await mediator.locator('[data-section="myAftercare"]').getByRole('heading', { level: 3, name: 'Nazorg bij uw zaken (1)' }).waitFor();

    await openFromMenu(mediator);
    await tasks(mediator).waitFor();
    // Only the mediator's own cases, earliest date first; the state in words.
    assert.deepEqual(await listedCases(mediator), [overdue.number, later.number]);
    await tasks(mediator).getByRole('row', { name: new RegExp(overdue.number) }).getByText('Te laat', { exact: true }).waitFor();
    await tasks(mediator).getByRole('row', { name: new RegExp(later.number) }).getByText('Nog niet aan de beurt', { exact: true }).waitFor();
    await mediator.getByText('Nu aan de beurt: 1 zaak, waarvan 1 te laat.').waitFor();
    assert.equal(await tasks(mediator).getByText(unassigned.number).count(), 0);
    await expectNoSeriousA11yViolations(mediator, 'aftercare page with tasks');

    // The case number leads to the case, where the aftercare is recorded.
    await tasks(mediator).getByRole('link', { name: overdue.number }).click();
    await waitForHeading(mediator, new RegExp(overdue.number));
    const outcome = mediator.getByRole('region', { name: 'Uitkomst en nazorg' });
    await outcome.getByRole('group', { name: 'Zijn de afspraken nagekomen?' }).getByLabel('Deels').check();
    await outcome.getByLabel('Toelichting (optioneel)').fill('Het overleg loopt weer, de werkverdeling nog niet.');
    await outcome.getByRole('button', { name: 'Nazorg opslaan en zaak sluiten' }).click();
    await outcome.getByText('De nazorg is opgeslagen en de zaak is gesloten.').waitFor();

    await openFromMenu(mediator);
    await tasks(mediator).waitFor();
    assert.deepEqual(await listedCases(mediator), [later.number]);
    await mediator.getByText('Er is nu geen nazorg aan de beurt.').waitFor();
  });

  test('the coordinator sees the pool’s open aftercare, also of cases without a mediator', async () => {
    await coordinator.goto('/');
    await waitForHeading(coordinator, 'Mijn werk');
    await coordinator.locator('[data-section="aftercare"]').getByRole('heading', { level: 3, name: 'Nazorg die eraan komt (1)' }).waitFor();
    await openFromMenu(coordinator);
    await tasks(coordinator).waitFor();
    // The closed case is gone; the one without a mediator is due today, before the later one.
    assert.deepEqual(await listedCases(coordinator), [unassigned.number, later.number]);
    await tasks(coordinator).getByRole('row', { name: new RegExp(unassigned.number) }).getByText('Vandaag', { exact: true }).waitFor();
    await tasks(coordinator).getByRole('row', { name: new RegExp(later.number) }).getByText('Nog niet aan de beurt', { exact: true }).waitFor();
    // Whose check it is: the coordinator's list names the mediator.
    await tasks(coordinator).getByRole('row', { name: new RegExp(later.number) }).getByRole('cell', { name: 'Ingrid Bakker' }).waitFor();
    await tasks(coordinator).getByRole('row', { name: new RegExp(unassigned.number) }).getByRole('cell', { name: 'Geen mediator op de zaak' }).waitFor();
    await coordinator.getByText('Nu aan de beurt: 1 zaak.').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'aftercare page for the coordinator');
  });
});
