import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { amsterdamToday, browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * The agenda in the browser (issue 16, item 3): a coordinator puts a masterclass with 2 places on
 * the agenda through the form; two people take the places; the demo mediator registers and lands
 * on the waiting list (place 1); the coordinator cancels their own registration after a
 * confirmation, and the mediator has the place, with a mail in the outbox. axe-core scans the
 * agenda, the form and the event page (organiser's and mediator's view) in Dutch and English.
 */
describe('the agenda: registering, the waiting list and cancelling', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let mediator: Page;
  let eventPath = '';

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: mediator } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a masterclass with capacity 2 and three registrations: the third waits, and has the place when one cancels', async () => {
    await coordinator.goto('/community/agenda');
    await waitForHeading(coordinator, 'Agenda');
    await coordinator.getByText('Er staan geen bijeenkomsten in de agenda.').waitFor();
    await expectNoA11yViolations(coordinator, 'agenda (empty)');
    await coordinator.getByRole('link', { name: 'Nieuwe bijeenkomst' }).click();
    await waitForHeading(coordinator, 'Nieuwe bijeenkomst');

    // Bad input first: the form says what is missing and stays.
    await coordinator.getByRole('button', { name: 'In de agenda zetten' }).click();
    await coordinator.locator('#event-form-summary').getByText('Vul dit in.').first().waitFor();
    await expectNoA11yViolations(coordinator, 'new event form with errors');

    const day = addDays(amsterdamToday(), 14);
    await coordinator.getByLabel('Soort bijeenkomst').selectOption('masterclass');
    await coordinator.getByLabel('Titel').fill('Masterclass doorvragen');
    await coordinator.getByLabel('Begin (datum en tijd)').fill(`${day}T13:30`);
    await coordinator.getByLabel('Einde (datum en tijd)').fill(`${day}T16:30`);
    await coordinator.getByLabel('Plaats', { exact: true }).fill('Stadhuis Meppel, Raadzaal');
    await coordinator.getByLabel('Aantal plaatsen').fill('2');
    await coordinator.getByLabel('PE-punten').fill('4');
    await coordinator.getByRole('button', { name: 'In de agenda zetten' }).click();
    await waitForHeading(coordinator, 'Masterclass doorvragen');
    eventPath = new URL(coordinator.url()).pathname;
    assert.match(eventPath, /^\/community\/agenda\/[0-9a-f-]{36}$/);
    const eventId = eventPath.split('/').pop()!;

    // Two places taken: the coordinator in the browser, a colleague through the API.
    await coordinator.getByRole('button', { name: 'Inschrijven' }).click();
    await coordinator.getByText('U bent ingeschreven.').first().waitFor();
    const db = server.handle.db;
    const poolId = (await db.selectFrom('app_user').select('pool_id').where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow()).pool_id;
    await db
      .insertInto('app_user')
      .values({ pool_id: poolId, email: 'jeroen.smit@mediatorpool.example', name: 'Jeroen Smit', roles: ['mediator'], password_hash: await hashPassword(DEMO_PASSWORD) })
      .execute();
    const { page: jeroen, csrfToken } = await signedInPage(browser, server.baseUrl, 'jeroen.smit@mediatorpool.example');
    const second = await jeroen.request.post(`/api/v1/events/${eventId}/registrations`, { headers: { 'x-csrf-token': csrfToken } });
    assert.equal(second.status(), 201, await second.text());
    await jeroen.context().close();

    // The third: the demo mediator, from the agenda, lands on the waiting list.
    await mediator.goto('/community/agenda');
    await waitForHeading(mediator, 'Agenda');
    const card = mediator.getByRole('listitem').filter({ has: mediator.getByRole('heading', { name: 'Masterclass doorvragen' }) });
    await card.getByText('Vol (2 plaatsen)').waitFor();
    await card.getByRole('button', { name: 'Op de wachtlijst' }).click();
    await mediator.getByText(/u staat op de wachtlijst \(plaats 1\)/).first().waitFor();
    await card.getByText('Wachtlijst, plaats 1').waitFor();
    await expectNoA11yViolations(mediator, 'agenda with a waiting-list place');

    // The organiser's view: registrations in order, the third waiting.
    await coordinator.reload();
    await waitForHeading(coordinator, 'Masterclass doorvragen');
    const table = coordinator.getByRole('table', { name: 'Inschrijvingen, op volgorde van inschrijving' });
    await table.getByRole('row', { name: /Ingrid Bakker.*Wachtlijst, plaats 1/ }).waitFor();
    await expectNoA11yViolations(coordinator, 'event page (organiser)');

    // The coordinator cancels their own place, after confirming; the place goes to the mediator.
    await coordinator.getByRole('button', { name: 'Uitschrijven' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Uitschrijven voor deze bijeenkomst?' });
    await dialog.waitFor();
    await expectNoA11yViolations(coordinator, 'cancel dialog');
    await dialog.getByRole('button', { name: 'Ja, uitschrijven' }).click();
    await coordinator.getByText('U bent uitgeschreven.').first().waitFor();
    await table.getByRole('row', { name: /Ingrid Bakker.*Ingeschreven/ }).waitFor();

    await mediator.goto(eventPath);
    await waitForHeading(mediator, 'Masterclass doorvragen');
    await mediator.getByText('U bent ingeschreven.').first().waitFor();
    assert.equal(await mediator.getByRole('table').count(), 0, 'a mediator sees no registrations table');
    const mails = await db.selectFrom('mail_outbox').select(['subject', 'kind']).where('to_address', '=', 'mediator@mediatorpool.example').where('kind', '=', 'event-place-freed').execute();
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject, /Masterclass doorvragen/);
    await expectNoA11yViolations(mediator, 'event page (mediator)');

    // The mediator cancels too, and the agenda shows the place free again.
    await mediator.getByRole('button', { name: 'Uitschrijven' }).click();
    await mediator.getByRole('dialog').getByRole('button', { name: 'Ja, uitschrijven' }).click();
    await mediator.getByText('U bent uitgeschreven.').first().waitFor();
    await mediator.getByRole('button', { name: 'Inschrijven' }).waitFor();
  });

  test('the agenda and the event page in English', async () => {
    await mediator.goto('/community/agenda');
    await waitForHeading(mediator, 'Agenda');
    await mediator.getByRole('button', { name: 'English' }).click();
    await mediator.getByRole('heading', { level: 2, name: 'Upcoming events' }).waitFor();
    await expectNoA11yViolations(mediator, 'agenda (English)');
    await mediator.goto(eventPath);
    await mediator.getByRole('heading', { level: 2, name: 'Your registration' }).waitFor();
    await expectNoA11yViolations(mediator, 'event page (English)');
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Registrations and attendance' }).waitFor();
    await expectNoA11yViolations(coordinator, 'event page, organiser (English)');
  });
});
