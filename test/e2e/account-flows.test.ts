import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { browserSkipReason, freshPage, launchBrowser, mainNav, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

describe('invitation, password reset and profile in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The path of the newest link mailed to this address (the mail outbox holds it). */
  const linkFromMail = async (to: string, kind: string): Promise<string> => {
    const mail = await server.handle.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', to)
      .where('kind', '=', kind)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const url = /https?:\/\/\S+/.exec(mail.body_text)?.[0];
    assert.ok(url, `no link in the ${kind} mail to ${to}`);
    return new URL(url).pathname;
  };

  test('an administrator invites someone, who opens the link, chooses a password and is signed in', async () => {
    const { page: admin } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await admin.goto('/beheer/gebruikers');
    await admin.getByRole('link', { name: 'Iemand uitnodigen' }).click();
    await waitForHeading(admin, 'Uitnodigingen');

    // Without a role the form refuses, with the message next to the roles.
    await admin.getByLabel('Naam', { exact: true }).fill('Sanne Visser');
    await admin.getByLabel('E-mailadres').fill('sanne.visser@gemeente.example');
    await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await admin.locator('#invite-summary').getByText('Kies er minstens één.').waitFor();

    await admin.getByLabel('Mediator', { exact: true }).check();
    await admin.getByLabel('Gemeente').selectOption({ label: 'Meppel' });
    await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await admin.getByRole('main').getByText('Uitnodiging verstuurd').waitFor();
    const shown = new URL(await admin.getByLabel('Uitnodigingslink').inputValue()).pathname;
    assert.match(shown, /^\/uitnodiging\/\S+$/);
    assert.equal(await linkFromMail('sanne.visser@gemeente.example', 'invitation'), shown);
    const row = admin.getByRole('row', { name: /Sanne Visser/ });
    await row.getByText('Open').waitFor();
    await admin.context().close();

    const invitee = await freshPage(browser, server.baseUrl);
    await invitee.goto(shown);
    await waitForHeading(invitee, 'Uitnodiging accepteren');
    await invitee.getByText('U bent uitgenodigd voor Mediatorpool Meppel en omstreken.').waitFor();
    await invitee.getByText('U logt in met sanne.visser@gemeente.example.').waitFor();
    assert.equal(await invitee.getByLabel('Uw naam').inputValue(), 'Sanne Visser');

    await invitee.getByLabel('Kies een wachtwoord', { exact: true }).fill('kort');
    await invitee.getByRole('button', { name: 'Account activeren' }).click();
    await invitee.locator('#invitation-password-error').getByText('Kies een wachtwoord van minstens 12 tekens.').waitFor();

    await invitee.getByLabel('Kies een wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
    await invitee.getByRole('button', { name: 'Account activeren' }).click();
    await waitForHeading(invitee, 'Mijn werk');
    await invitee.getByRole('heading', { level: 2, name: 'Als mediator' }).waitFor();
    assert.equal(await mainNav(invitee).getByRole('link', { name: 'Gebruikers' }).count(), 0);

    // The link works once.
    const again = await freshPage(browser, server.baseUrl);
    await again.goto(shown);
    await again.getByText('Deze uitnodiging werkt niet meer').waitFor();
    // Reopened by the new mediator, still signed in: the same clear answer, not a security error
    // (the lookup waited for the session, so it carries the signed-in page's CSRF code).
    await invitee.goto(shown);
    await invitee.getByText('Deze uitnodiging werkt niet meer').waitFor();
    assert.equal(await invitee.getByText(/CSRF|beveiligingscode/i).count(), 0);
    await invitee.context().close();
    await again.context().close();
  });

  test('forgot password: the same confirmation for any address, and the mailed link sets a new password', async () => {
    const unknown = await freshPage(browser, server.baseUrl);
    await unknown.goto('/inloggen');
    await unknown.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await waitForHeading(unknown, 'Wachtwoord vergeten');
    await unknown.getByLabel('E-mailadres').fill('niemand@gemeente.example');
    await unknown.getByRole('button', { name: 'Link versturen' }).click();
    await unknown.getByText('Kijk in uw mailbox').waitFor();
    const unknownText = await unknown.getByRole('main').innerText();
    await unknown.context().close();

    const page = await freshPage(browser, server.baseUrl);
    await page.goto('/wachtwoord-vergeten');
    await page.getByLabel('E-mailadres').fill('contact.staphorst@mediatorpool.example');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByText('Kijk in uw mailbox').waitFor();
    assert.equal(await page.getByRole('main').innerText(), unknownText);

    const link = await linkFromMail('contact.staphorst@mediatorpool.example', 'password-reset');
    assert.match(link, /^\/wachtwoord-herstellen\/\S+$/);
    await page.goto(link);
    await waitForHeading(page, 'Nieuw wachtwoord kiezen');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('contact.staphorst@mediatorpool.example');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    // The server's rule (not equal to the e-mail address) comes back at the field.
    await page.locator('#reset-password-error').getByText('Uw wachtwoord mag niet gelijk zijn aan uw e-mailadres.').waitFor();

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('staphorst heeft een nieuw wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('main').getByText('Uw wachtwoord is gewijzigd').waitFor();
    await page.getByRole('link', { name: 'Naar de inlogpagina' }).click();
    await waitForHeading(page, 'Inloggen');
    await page.getByLabel('E-mailadres').fill('contact.staphorst@mediatorpool.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('staphorst heeft een nieuw wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await waitForHeading(page, 'Mijn werk');

    const reused = await freshPage(browser, server.baseUrl);
    await reused.goto(link);
    await reused.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog een ander lang wachtwoord');
    await reused.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await reused.getByText('Deze link werkt niet meer').waitFor();
    await reused.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();
    await page.context().close();
    await reused.context().close();
  });

  test('profile: change the name, refuse a wrong current password, create and revoke an API token', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example');
    await page.goto('/profiel');
    await waitForHeading(page, 'Profiel');
    await page.getByText('mediator@mediatorpool.example').waitFor();

    await page.getByLabel('Naam', { exact: true }).fill('Ingrid Bakker-de Vries');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Uw naam is opgeslagen.', { exact: true }).first().waitFor();
    await page.getByRole('banner').getByText('Ingrid Bakker-de Vries').waitFor();

    await page.getByLabel('Huidig wachtwoord', { exact: true }).fill('dit is niet het wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een nieuw lang wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    const currentField = page.getByLabel('Huidig wachtwoord', { exact: true });
    await page.locator('#profile-current-password-error').getByText('Het huidige wachtwoord klopt niet.').waitFor();
    assert.equal(await currentField.getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Naam van het token').fill('Zaaksysteem');
    await page.getByRole('button', { name: 'Token maken' }).click();
    await page.getByText('Uw nieuwe token').waitFor();
    const secret = await page.getByLabel('Geheim token').inputValue();
    assert.match(secret, /^mp_/);
    const withToken = await page.request.get('/api/v1/me/api-tokens', { headers: { authorization: `Bearer ${secret}` } });
    assert.equal(withToken.status(), 200);

    await page.getByRole('button', { name: 'Token Zaaksysteem intrekken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Token intrekken?' });
    await dialog.waitFor();
    // The safe choice has the focus; Escape closes without revoking.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Annuleren');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await page.request.get('/api/v1/me/api-tokens', { headers: { authorization: `Bearer ${secret}` } })).status(), 200);

    await page.getByRole('button', { name: 'Token Zaaksysteem intrekken' }).click();
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('Het token “Zaaksysteem” is ingetrokken.', { exact: true }).first().waitFor();
    await page.getByRole('row', { name: /Zaaksysteem/ }).getByText(/Ingetrokken op/).waitFor();
    const revoked = await page.request.get('/api/v1/me/api-tokens', { headers: { authorization: `Bearer ${secret}` } });
    assert.equal(revoked.status(), 401);
    await page.context().close();
  });
});
