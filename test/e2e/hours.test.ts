import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { announcer, assertNothingCutOff, browserSkipReason, expectNoA11yViolations, expectNoSeriousA11yViolations, focusedId, launchBrowser, scanPage, signedInPage, waitForHeading } from '../helpers/browser.js';
import { assignMediator } from '../helpers/case-factories.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * Hours in the browser: the mediator logs two entries by keyboard only (Enter saves, the focus
 * returns to the first field, the live region confirms), the coordinator approves one and rejects
 * the other with a reason in a dialog, and the mediator's month shows both outcomes. axe-core
 * scans the entry page, the queue and the open reject dialog.
 */
describe('hours in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let mediator: Page;
  let coordinator: Page;
  let caseNumber = '';
  let caseId = '';
  let coordinatorCsrf = '';
  let mediatorCsrf = '';

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: mediator, csrfToken: mediatorCsrf } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    const { page: contact, csrfToken } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    const members = (await (await contact.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const meppelId = members.find((m) => m.name === 'Meppel')!.id;
    const res = await contact.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title: 'Conflict bij Sociaal Domein',
        description: 'Twee collega’s werken niet meer samen.',
        parties: [{ role: 'employee', name: 'Medewerker A', informed: true }],
        referralSource: 'manager',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    const created = (await res.json()) as { id: string; number: string };
    caseNumber = created.number;
    caseId = created.id;
    const db = server.handle.db;
    const user = await db.selectFrom('app_user').select(['id', 'pool_id']).where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow();
    await assignMediator(db, user.pool_id, created.id, user.id);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the mediator logs hours with the keyboard only', async () => {
    await scanPage(mediator, '/uren', 'Uren', (p) => p.getByRole('button', { name: 'Uren opslaan' }));
    // No case is chosen in advance, even when there is only one; today is the date.
    const caseSelect = mediator.getByLabel('Zaak', { exact: true });
    assert.equal(await caseSelect.inputValue(), '');
    assert.deepEqual(await caseSelect.locator('option').allInnerTexts(), ['Kies een zaak', `${caseNumber} – Conflict bij Sociaal Domein`]);
    const today = await mediator.getByLabel('Datum').inputValue();
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/);

    // Saving without a case is refused at the field.
    await mediator.getByLabel('Tijd').focus();
    await mediator.keyboard.type('45');
    await mediator.keyboard.press('Enter');
    await mediator.locator('#hours-form-summary').getByText('Kies een zaak.').first().waitFor();
    await mediator.getByLabel('Tijd').fill('');

    // The case by keyboard: the arrow key on the list chooses it.
    await caseSelect.focus();
    await mediator.keyboard.press('ArrowDown');
    assert.equal(await caseSelect.inputValue(), caseId);

    // An impossible time: the summary takes the focus and names the field.
    await mediator.getByLabel('Tijd').focus();
    await mediator.keyboard.type('30:00');
    await mediator.keyboard.press('Enter');
    await mediator.locator('#hours-form-summary').getByText('De tijd moet tussen 1 minuut en 24 uur liggen.').first().waitFor();

    // First entry: 1:30 of preparation, with km; Enter in the note field saves.
    await mediator.getByLabel('Tijd').fill('');
    await mediator.getByLabel('Tijd').focus();
    await mediator.keyboard.type('1:30');
    await mediator.keyboard.press('Tab');
    await mediator.getByLabel('Activiteit').selectOption({ label: 'Voorbereiding' });
    await mediator.keyboard.press('Tab');
    await mediator.keyboard.type('12');
    await mediator.keyboard.press('Tab');
    await mediator.keyboard.type('Gesprek voorbereid');
    await mediator.keyboard.press('Enter');
    await announcer(mediator).getByText(`1 u 30 min opgeslagen op zaak ${caseNumber}.`).waitFor();
    await mediator.waitForFunction(() => document.activeElement?.id === 'hours-case');
    assert.equal(await mediator.getByLabel('Tijd').inputValue(), '');
    await mediator.getByRole('table', { name: /Mijn uren in/ }).getByRole('cell', { name: '1 u 30 min', exact: true }).waitFor();

    // Second entry: 45 minutes; the activity stays as it was, Enter in the time field saves.
    // Tab on to the time field (the date field has a stop per part: day, month, year).
    for (let i = 0; i < 6 && (await focusedId(mediator)) !== 'hours-time'; i++) await mediator.keyboard.press('Tab');
    assert.equal(await focusedId(mediator), 'hours-time');
    await mediator.keyboard.type('45');
    await mediator.keyboard.press('Enter');
    await announcer(mediator).getByText(`45 min opgeslagen op zaak ${caseNumber}.`).waitFor();
    await mediator.getByRole('table', { name: /Mijn uren in/ }).getByRole('cell', { name: '45 min', exact: true }).waitFor();
    assert.equal(await mediator.getByRole('table', { name: /Mijn uren in/ }).getByText('Wacht op goedkeuring').count(), 2);

    // The last activity is remembered on the next visit.
    await mediator.reload();
    await waitForHeading(mediator, 'Uren');
    await mediator.getByRole('button', { name: 'Uren opslaan' }).waitFor();
    assert.equal(await mediator.getByLabel('Activiteit').locator('option:checked').innerText(), 'Voorbereiding');
  });

  test('the coordinator approves one entry and rejects the other with a reason', async () => {
    // The queue is paged (issue 13): its caption says how many entries wait in all.
    await scanPage(coordinator, '/uren/goedkeuren', 'Uren goedkeuren', (p) => p.getByRole('table', { name: 'Ingediende uren, oudste eerst: 2 boekingen' }));
    const queue = coordinator.getByRole('table', { name: /^Ingediende uren, oudste eerst/ });
    assert.equal(await queue.getByRole('row').count(), 3);

    await queue.getByRole('row').filter({ hasText: '1 u 30 min' }).getByRole('button', { name: /goedkeuren$/ }).click();
    await announcer(coordinator).getByText('De uren van Ingrid Bakker zijn goedgekeurd.').waitFor();
    await queue.getByRole('row').filter({ hasText: '1 u 30 min' }).waitFor({ state: 'detached' });

    await queue.getByRole('row').filter({ hasText: '45 min' }).getByRole('button', { name: /afkeuren$/ }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Uren afkeuren' });
    await dialog.waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.id === 'reject-reason');
    await expectNoSeriousA11yViolations(coordinator, 'reject dialog');
    // No reason: refused at the field.
    await dialog.getByRole('button', { name: 'Afkeuren' }).click();
    await dialog.getByText('Vul de reden in.').waitFor();
    await coordinator.keyboard.type('Dubbel geboekt');
    await dialog.getByRole('button', { name: 'Afkeuren' }).click();
    await announcer(coordinator).getByText('De uren van Ingrid Bakker zijn afgekeurd.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await coordinator.getByText('Er wachten geen uren op goedkeuring.').waitFor();

    // Totals per case and per mediator count only the approved time.
    const perCase = coordinator.getByRole('table', { name: 'Per zaak' });
    await perCase.getByRole('row', { name: new RegExp(caseNumber) }).getByRole('cell', { name: '1 u 30 min', exact: true }).waitFor();
    await coordinator.getByRole('table', { name: 'Per mediator' }).getByRole('row', { name: /Ingrid Bakker/ }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'approval page with totals');
  });

  test('the mediator sees the outcome in the month overview', async () => {
    await mediator.reload();
    await waitForHeading(mediator, 'Uren');
    const table = mediator.getByRole('table', { name: /Mijn uren in/ });
    await table.getByRole('row').filter({ hasText: '1 u 30 min' }).getByText('Goedgekeurd').waitFor();
    const rejected = table.getByRole('row').filter({ hasText: '45 min' });
    await rejected.getByText('Afgekeurd').waitFor();
    await rejected.getByText('Reden: Dubbel geboekt').waitFor();
    await expectNoSeriousA11yViolations(mediator, 'month with outcomes');
    // Approved hours stay (only a correction changes them); own pending hours can be deleted, after a confirmation.
    assert.deepEqual(await table.getByRole('row').filter({ hasText: '1 u 30 min' }).getByRole('button').allInnerTexts(), ['Correctie boeken']);
    await mediator.getByLabel('Zaak', { exact: true }).selectOption({ label: `${caseNumber} – Conflict bij Sociaal Domein` });
    await mediator.getByLabel('Tijd').fill('15');
    await mediator.getByLabel('Tijd').press('Enter');
    await announcer(mediator).getByText(`15 min opgeslagen op zaak ${caseNumber}.`).waitFor();
    await table.getByRole('row').filter({ hasText: '15 min' }).getByRole('button', { name: /verwijderen$/ }).click();
    const dialog = mediator.getByRole('dialog', { name: 'Uren verwijderen?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(mediator, 'delete hours dialog');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await announcer(mediator).getByText('De uren zijn verwijderd.').waitFor();
    await table.getByRole('row').filter({ hasText: '15 min' }).waitFor({ state: 'detached' });

    // The month switcher: the previous month has nothing, and back again.
    await mediator.getByRole('button', { name: 'Vorige maand' }).click();
    await mediator.getByText('Geen uren in deze maand.').waitFor();
    await mediator.getByRole('button', { name: 'Volgende maand' }).click();
    await table.getByRole('row').filter({ hasText: '45 min' }).waitFor();
  });

  test('the mediator records the signed agreement, plans a session, downloads its .ics and cancels it', async () => {
    // The signed agreement, uploaded with the case documents.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
    const upload = await coordinator.request.post(`/api/v1/cases/${caseId}/documents`, {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: { kind: 'mediation_agreement', filename: 'mediationovereenkomst.pdf', contentBase64: pdf },
    });
    assert.equal(upload.status(), 201, await upload.text());
    await mediator.goto(`/zaken/${caseId}`);
    await waitForHeading(mediator, new RegExp(caseNumber));
    const section = mediator.getByRole('region', { name: 'Gesprekken' });
    await section.getByText('Nog geen gesprekken gepland.').waitFor();
    await section.getByRole('button', { name: 'Gesprek plannen' }).click();
    // An end before the start is refused at the field.
    await mediator.getByLabel('Begintijd').fill('14:00');
    await mediator.getByLabel('Eindtijd').fill('13:00');
    await mediator.getByLabel('Locatie').fill('Gemeentehuis Meppel, kamer 2');
    await mediator.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await mediator.locator('#session-form-summary').getByText('De eindtijd ligt niet na de begintijd.').first().waitFor();
    await mediator.getByLabel('Eindtijd').fill('15:30');
    await mediator.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await announcer(mediator).getByText('Het gesprek is gepland. De uitnodigingen zijn verstuurd.').waitFor();
    const table = mediator.getByRole('table', { name: 'Gesprekken van deze zaak' });
    const row = table.getByRole('row').filter({ hasText: '14:00–15:30' });
    await row.getByText('Gemeentehuis Meppel, kamer 2').waitFor();
    await mediator.getByRole('heading', { name: 'Mediationovereenkomst' }).waitFor();
    await mediator.getByText('Nog niet getekend.', { exact: false }).waitFor();
    await mediator.getByLabel('Getekend document').selectOption({ label: 'mediationovereenkomst.pdf' });
    await mediator.getByRole('button', { name: 'Vastleggen als getekend' }).click();
    await announcer(mediator).getByText('De getekende overeenkomst is vastgelegd.').waitFor();
    await mediator.getByText(/Getekend op .* \(mediationovereenkomst\.pdf\)\./).waitFor();
    await expectNoSeriousA11yViolations(mediator, 'case with sessions');

    const ics = await mediator.request.get((await row.getByRole('link', { name: /in uw agenda zetten/ }).getAttribute('href'))!);
    assert.equal(ics.status(), 200);
    assert.match(await ics.text(), /BEGIN:VCALENDAR/);

    await row.getByRole('button', { name: /annuleren$/ }).click();
    const dialog = mediator.getByRole('dialog', { name: 'Gesprek annuleren?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(mediator, 'cancel session dialog');
    await dialog.getByLabel('Reden van de annulering').fill('Partij is ziek');
    await dialog.getByRole('button', { name: 'Gesprek annuleren' }).click();
    await announcer(mediator).getByText('Het gesprek is geannuleerd.').waitFor();
    await row.getByText('Geannuleerd', { exact: true }).waitFor();
    await row.getByText('Reden: Partij is ziek').waitFor();
  });

  test('the mediator creates and revokes the private calendar feed', async () => {
    await mediator.goto('/uren');
    await waitForHeading(mediator, 'Uren');
    const section = mediator.getByRole('region', { name: 'Agendafeed' });
    await section.getByText('U heeft nog geen agendafeed.').waitFor();
    await section.getByRole('button', { name: 'Agenda-adres maken' }).click();
    const url = await section.getByLabel('Uw geheime agenda-adres').inputValue();
    assert.match(url, /\/api\/v1\/calendar-feeds\/.+\/sessions\.ics$/);
    const feed = await mediator.request.get(new URL(url).pathname);
    assert.equal(feed.status(), 200);
    assert.match(await feed.text(), /BEGIN:VCALENDAR/);

    await section.getByRole('button', { name: 'Adres intrekken' }).click();
    const dialog = mediator.getByRole('dialog', { name: 'Agenda-adres intrekken?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(mediator, 'revoke feed dialog');
    await dialog.getByRole('button', { name: 'Adres intrekken' }).click();
    await announcer(mediator).getByText('Het agenda-adres is ingetrokken.').waitFor();
    await section.getByText('U heeft nog geen agendafeed.').waitFor();
    assert.equal((await mediator.request.get(new URL(url).pathname)).status(), 404);
  });

  test('the coordinator approves the ticked entries of a page at once', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    for (const minutes of [10, 20]) {
      const res = await mediator.request.post(`/api/v1/cases/${caseId}/hours`, { headers: { 'x-csrf-token': mediatorCsrf }, data: { date: today, minutes, activity: 'reporting' } });
      assert.equal(res.status(), 201, await res.text());
    }
    await coordinator.goto('/uren/goedkeuren');
    const queue = coordinator.getByRole('table', { name: 'Ingediende uren, oudste eerst: 2 boekingen' });
    await queue.waitFor();
    await queue.getByRole('checkbox', { name: 'Alle uren op deze pagina selecteren' }).check();
    await expectNoSeriousA11yViolations(coordinator, 'approval queue with ticked entries');
    await coordinator.getByRole('button', { name: 'Geselecteerde goedkeuren (2)' }).click();
    await announcer(coordinator).getByText('2 boekingen zijn goedgekeurd.').waitFor();
    await coordinator.getByText('Er wachten geen uren op goedkeuring.').waitFor();
  });

  test('the queue flags what to look at twice; the hours pages fit a phone (390 px) in Dutch and English', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const res = await mediator.request.post(`/api/v1/cases/${caseId}/hours`, { headers: { 'x-csrf-token': mediatorCsrf }, data: { date: today, minutes: 95, activity: 'preparation', note: 'Een lange notitie over de voorbereiding van het gesprek met beide partijen' } });
    assert.equal(res.status(), 201, await res.text());
    // Moved to a Saturday long before the assignment (as an entry from before the assignment rule could be).
    await server.handle.db.updateTable('hour_entry').set({ work_date: '2026-01-03' }).where('id', '=', (await res.json()).id).execute();

    // At 1280 px nothing is cut off: the queue's table fits its box.
    await coordinator.goto('/uren/goedkeuren');
    const row = coordinator.getByRole('table', { name: /^Ingediende uren/ }).getByRole('row').filter({ hasText: '1 u 35 min' });
    await row.getByText('Buiten de toewijzing').waitFor();
    await row.getByText('Weekend').waitFor();
    await assertNothingCutOff(coordinator);

    for (const [who, path, heading, ready] of [
      ['coordinator@mediatorpool.example', '/uren/goedkeuren', 'Uren goedkeuren', 'Weekend'],
      // The month shown is this month: the hours logged earlier today.
      ['mediator@mediatorpool.example', '/uren', 'Uren', '1 u 30 min'],
    ] as const) {
      const { page: phone } = await signedInPage(browser, server.baseUrl, who, { viewport: { width: 390, height: 844 } });
      await phone.goto(path);
      await waitForHeading(phone, heading);
      await phone.getByRole('table').first().getByText(ready).first().waitFor();
      await assertNothingCutOff(phone, { tablesMayScroll: true });
      await expectNoA11yViolations(phone, `${path} at 390 px`);
      await phone.getByRole('button', { name: 'English' }).click();
      await waitForHeading(phone, path === '/uren' ? 'Hours' : 'Approve hours');
      await phone.getByRole('table').first().getByText(path === '/uren' ? '1 h 30 min' : 'Outside the assignment').first().waitFor();
      await assertNothingCutOff(phone, { tablesMayScroll: true });
      await expectNoA11yViolations(phone, `${path} at 390 px in English`);
      await phone.getByRole('button', { name: 'Nederlands' }).click();
      await waitForHeading(phone, heading);
      await phone.context().close();
    }
  });
});
