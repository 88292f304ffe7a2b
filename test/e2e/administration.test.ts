import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, focusedId, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

describe('administration pages in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: admin } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the user list searches and filters, and keeps the filters in the address', async () => {
    await admin.goto('/beheer/gebruikers');
    await waitForHeading(admin, 'Gebruikers');
    await admin.getByRole('table', { name: '6 gebruikers' }).waitFor();

    await admin.getByLabel('Zoek op naam of e-mailadres').fill('koster');
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await admin.getByRole('table', { name: '1 gebruiker' }).waitFor();
    await admin.getByRole('link', { name: /Hans Koster/ }).waitFor();
    assert.match(admin.url(), /\?q=koster$/);

    await admin.getByRole('button', { name: 'Filters wissen' }).click();
    await admin.getByRole('table', { name: '6 gebruikers' }).waitFor();
    await admin.getByLabel('Rol').selectOption({ label: 'Contactpersoon' });
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await admin.getByRole('table', { name: '2 gebruikers' }).waitFor();

    await admin.goto('/beheer/gebruikers?q=niemand-heet-zo');
    await admin.getByText('Nog geen gebruikers die aan de zoekopdracht voldoen.').waitFor();
    assert.equal(await admin.getByLabel('Zoek op naam of e-mailadres').inputValue(), 'niemand-heet-zo');
  });

  test('deactivating a user asks for confirmation first and then ends their access', async () => {
    const { page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');

    await admin.goto('/beheer/gebruikers');
    await admin.getByRole('link', { name: /Hans Koster/ }).click();
    await waitForHeading(admin, 'Gebruiker wijzigen');
    await admin.getByText('coordinator@mediatorpool.example').waitFor();
    assert.equal(await admin.getByLabel('Coördinator', { exact: true }).isChecked(), true);

    await admin.getByLabel('Account is actief').uncheck();
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Account deactiveren?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await coordinator.request.get('/api/v1/sessions/current')).status(), 200);

    await admin.getByLabel('Mediator', { exact: true }).check();
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByRole('button', { name: 'Deactiveren en opslaan' }).click();
    await admin.getByText('De wijzigingen zijn opgeslagen.', { exact: true }).first().waitFor();
    assert.equal((await coordinator.request.get('/api/v1/sessions/current')).status(), 401);

    await admin.goto('/beheer/gebruikers?status=gedeactiveerd');
    const row = admin.getByRole('row', { name: /Hans Koster/ });
    await row.getByText('Gedeactiveerd').waitFor();
    await row.getByText('Coördinator, Mediator').waitFor();
    await coordinator.context().close();
  });

  test('an administrator cannot switch off their own account: the server refusal is shown', async () => {
    await admin.goto('/beheer/gebruikers?q=anouk');
    await admin.getByRole('link', { name: /Anouk de Boer/ }).click();
    await waitForHeading(admin, 'Gebruiker wijzigen');
    await admin.getByLabel('Beheerder', { exact: true }).uncheck();
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('U kunt uw eigen beheerdersrol of account niet uitschakelen. Vraag een andere beheerder.').waitFor();
    assert.equal(await focusedId(admin), 'user-edit-summary');
  });

  test('the audit log filters by action and shows the details of an event', async () => {
    await admin.goto('/beheer/audit');
    await waitForHeading(admin, 'Auditlog');
    await admin.getByLabel('Handeling').selectOption({ label: 'Gebruiker gewijzigd' });
    await admin.getByRole('button', { name: 'Filteren' }).click();
    const table = admin.getByRole('table', { name: /gebeurtenis/ });
    await table.getByText('Gebruiker gewijzigd').first().waitFor();
    assert.equal(await table.getByText('user.update', { exact: true }).first().isVisible(), false, 'the table shows words; the code sits in the closed details');
    assert.match(admin.url(), /handeling=user.update/);
    assert.equal(await table.getByText('Inloggen', { exact: true }).count(), 0);
    await table.getByText('Toon details').first().click();
    await table.locator('pre').first().getByText(/"before"/).waitFor();

    await admin.getByLabel('Vanaf datum').fill('2030-01-02');
    await admin.getByLabel('Tot en met datum').fill('2030-01-01');
    await admin.getByRole('button', { name: 'Filteren' }).click();
    await admin.locator('#audit-to-error').getByText('Kies een einddatum op of na de begindatum.').waitFor();
  });

  test('the mail outbox shows mails without their content and sends a failed one again', async () => {
    // An invitation puts a mail in the outbox; then the mail server "refuses" it.
    const csrf = (await (await admin.request.get('/api/v1/sessions/current')).json()).csrfToken as string;
    const created = await admin.request.post('/api/v1/invitations', {
      headers: { 'x-csrf-token': csrf },
      data: { email: 'pieter@gemeente.example', name: 'Pieter de Vries', roles: ['contact'], municipalityId: null },
    });
    assert.equal(created.status(), 201);
    await server.handle.db
      .updateTable('mail_outbox')
      .set({ status: 'failed', attempts: 10, last_error: '550 mailbox unavailable' })
      .where('to_address', '=', 'pieter@gemeente.example')
      .execute();

    await admin.goto('/beheer/e-mail');
    await waitForHeading(admin, 'Uitgaande e-mail');
    await admin.getByLabel('Status').selectOption({ label: 'Mislukt' });
    await admin.getByRole('button', { name: 'Filteren' }).click();
    const row = admin.getByRole('row', { name: /pieter@gemeente.example/ });
    await row.getByText('550 mailbox unavailable', { exact: false }).waitFor();
    await row.getByText('Soort: uitnodiging').waitFor();
    // The body holds the invitation link: an administrator must not be able to read it.
    assert.equal(await admin.getByText(/Beste Pieter de Vries|\/uitnodiging\//).count(), 0, 'no mail content on the page');

    await row.getByRole('button', { name: /opnieuw versturen/ }).click();
    await admin.getByText('De e-mail staat weer in de wachtrij.', { exact: true }).first().waitFor();
    await admin.getByText('Nog geen e-mail die aan het filter voldoet.').waitFor();
    const mail = await server.handle.db.selectFrom('mail_outbox').select('status').where('to_address', '=', 'pieter@gemeente.example').executeTakeFirstOrThrow();
    assert.equal(mail.status, 'queued');
  });
});
