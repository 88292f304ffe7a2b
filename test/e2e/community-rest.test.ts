import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import type { MyWork } from '../../src/contract/workspace.js';
import { amsterdamToday, browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { seedDemoKnowledgeBase } from '../../src/server/modules/knowledge-base/index.js';

const skip = browserSkipReason();

/**
 * The rest of the Community in the browser (issue 16): the start page's "Komende bijeenkomsten"
 * with the API's count and direct links; the organiser changes an event (a capacity below the
 * places taken is refused at the field) and cancels it after a confirmation, with a mail to each
 * registrant; a knowledge base template gets a new version of its document and shows the history.
 * axe in Dutch and English on each.
 */
describe('community: start page, event changes, document versions', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let coordinatorCsrf = '';
  let mediator: Page;
  let mediatorCsrf = '';
  let eventId = '';

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    // The short demo (without the registry) has no knowledge base: the demo's articles and the model agreement's two file versions.
    const db = server.handle.db;
    const poolId = (await db.selectFrom('app_user').select('pool_id').where('email', '=', 'coordinator@mediatorpool.example').executeTakeFirstOrThrow()).pool_id;
    await db.transaction().execute((trx) => seedDemoKnowledgeBase(trx, poolId));
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: mediator, csrfToken: mediatorCsrf } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
    // An event in ten days with two places, both taken (the coordinator and the demo mediator).
    const day = addDays(amsterdamToday(), 10);
    const created = await coordinator.request.post('/api/v1/events', {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: { kind: 'training', title: 'Training onderhandelen', startsAt: `${day}T09:00:00Z`, endsAt: `${day}T12:00:00Z`, location: 'Stadhuis Meppel', capacity: 2, points: 3 },
    });
    assert.equal(created.status(), 201, await created.text());
    eventId = (await created.json()).id;
    for (const [page, csrf] of [[coordinator, coordinatorCsrf], [mediator, mediatorCsrf]] as const) {
      const reg = await page.request.post(`/api/v1/events/${eventId}/registrations`, { headers: { 'x-csrf-token': csrf } });
      assert.equal(reg.status(), 201, await reg.text());
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the start page shows the coming events with the API’s count and links to them, in Dutch and English', async () => {
    const work = (await (await mediator.request.get('/api/v1/me/work')).json()) as MyWork;
    const upcoming = work.sections.find((s) => s.key === 'upcomingEvents')!;
    assert.ok(upcoming.total >= 1, 'the event just made is in it');
    await mediator.goto('/');
    await waitForHeading(mediator, 'Mijn werk');
    const part = mediator.locator('[data-section="upcomingEvents"]');
    await part.getByRole('heading', { name: `Komende bijeenkomsten (${upcoming.total})` }).waitFor();
    const link = part.getByRole('link', { name: /Training onderhandelen/ });
    assert.equal(await link.getAttribute('href'), `/community/agenda/${eventId}`);
    await part.getByText(/u bent ingeschreven/).first().waitFor();
    await expectNoA11yViolations(mediator, 'start page with coming events');
    await mediator.getByRole('button', { name: 'English' }).click();
    await part.getByRole('heading', { name: `Upcoming events (${upcoming.total})` }).waitFor();
    await expectNoA11yViolations(mediator, 'start page with coming events (English)');
    await link.click();
    await waitForHeading(mediator, 'Training onderhandelen');
    await mediator.getByRole('button', { name: 'Nederlands' }).click();
  });

  test('the organiser changes the event (too few places refused at the field) and cancels it after a confirmation', async () => {
    await coordinator.goto(`/community/agenda/${eventId}`);
    await waitForHeading(coordinator, 'Training onderhandelen');
    await coordinator.getByRole('link', { name: 'Bijeenkomst wijzigen' }).click();
    await waitForHeading(coordinator, 'Bijeenkomst wijzigen');
    await coordinator.getByLabel('Aantal plaatsen').fill('1');
    await coordinator.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await coordinator.locator('#event-form-summary').getByText(/al 2 mensen een plaats/).waitFor();
    await expectNoA11yViolations(coordinator, 'event edit form with an error');
    // Another organiser saves in between (here through the API): this form's change is refused, nothing stored.
    const current = await (await coordinator.request.get(`/api/v1/events/${eventId}`)).json();
    const meanwhile = await coordinator.request.put(`/api/v1/events/${eventId}`, {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: { kind: current.kind, title: current.title, description: 'Met oefeningen in tweetallen.', startsAt: current.startsAt, endsAt: current.endsAt, location: current.location, capacity: current.capacity, points: current.points, updatedAt: current.updatedAt },
    });
    assert.equal(meanwhile.status(), 200, await meanwhile.text());
    await coordinator.getByLabel('Aantal plaatsen').fill('4');
    await coordinator.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await coordinator.locator('#event-form-summary').getByText(/intussen gewijzigd\. Er is niets opgeslagen/).waitFor();
    await expectNoA11yViolations(coordinator, 'event edit form, changed in between');
    await coordinator.getByRole('button', { name: 'Laad de bijeenkomst opnieuw (uw wijzigingen vervallen)' }).click();
    // The form starts afresh from what is stored now.
    await coordinator.waitForFunction(() => (document.getElementById('event-description') as HTMLTextAreaElement | null)?.value === 'Met oefeningen in tweetallen.');
    assert.equal(await coordinator.getByLabel('Aantal plaatsen').inputValue(), '2');
    await coordinator.getByLabel('Aantal plaatsen').fill('4');
    await coordinator.getByLabel('Plaats', { exact: true }).fill('Stadhuis Meppel, zaal 3');
    await coordinator.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await coordinator.getByRole('main').getByText('De bijeenkomst is gewijzigd.').waitFor();
    await coordinator.getByText('Stadhuis Meppel, zaal 3').first().waitFor();

    await coordinator.getByRole('button', { name: 'Bijeenkomst annuleren' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Deze bijeenkomst annuleren?' });
    await dialog.getByText(/Alle 2 mensen/).waitFor();
    await expectNoA11yViolations(coordinator, 'cancel event dialog');
    await dialog.getByLabel('Reden (optioneel, staat in de e-mail)').fill('De trainer is ziek.');
    await dialog.getByRole('button', { name: 'Ja, annuleren' }).click();
    await coordinator.getByText(/Deze bijeenkomst is geannuleerd/).waitFor();
    assert.equal(await coordinator.getByRole('button', { name: 'Bijeenkomst annuleren' }).count(), 0);
    const mails = await server.handle.db.selectFrom('mail_outbox').select(['kind', 'to_address']).where('kind', 'in', ['event-cancelled', 'event-changed']).execute();
    assert.deepEqual(mails.filter((m) => m.kind === 'event-cancelled').map((m) => m.to_address).sort(), ['coordinator@mediatorpool.example', 'mediator@mediatorpool.example']);
    assert.equal(mails.filter((m) => m.kind === 'event-changed').length, 2);
    await expectNoA11yViolations(coordinator, 'cancelled event');
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator.getByText(/This event has been cancelled/).waitFor();
    await expectNoA11yViolations(coordinator, 'cancelled event (English)');
    await coordinator.getByRole('button', { name: 'Nederlands' }).click();
  });

  test('a template’s document: the history, a new version uploaded, any version downloadable', async () => {
    const article = await server.handle.db.selectFrom('knowledge_article').select('id').where('title', '=', 'Sjabloon mediationovereenkomst').executeTakeFirstOrThrow();
    await coordinator.goto(`/community/kennisbank/${article.id}`);
    await waitForHeading(coordinator, 'Sjabloon mediationovereenkomst');
    const table = coordinator.getByRole('table', { name: /Alle versies van het document/ });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 2);
    // A file of another type is refused at the field; a PDF becomes version 3.
    await coordinator.getByLabel('Bestand').setInputFiles({ name: 'model.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf') });
    await coordinator.getByRole('button', { name: 'Uploaden' }).click();
    await coordinator.locator('#kb-document-summary').getByText(/PDF, Word \(docx\) of OpenDocument-tekst/).waitFor();
    await expectNoA11yViolations(coordinator, 'document upload with an error');
    const pdf = Buffer.from('%PDF-1.4\n% Mediationovereenkomst 2027\n%%EOF\n', 'latin1');
    await coordinator.getByLabel('Bestand').setInputFiles({ name: 'Mediationovereenkomst 2027.pdf', mimeType: 'application/pdf', buffer: pdf });
    await coordinator.getByLabel('Wat is er veranderd? (optioneel)').fill('Nieuwe huisstijl');
    await coordinator.getByRole('button', { name: 'Uploaden' }).click();
    await coordinator.getByText('Versie 3 is opgeslagen.').first().waitFor();
    await table.getByRole('cell', { name: 'Nieuwe huisstijl' }).waitFor();
    assert.equal(await table.locator('tbody tr').count(), 3);
    await expectNoA11yViolations(coordinator, 'article with document versions');
    const first = await table.getByRole('link', { name: 'Mediationovereenkomst 2025.pdf' }).getAttribute('href');
    const download = await coordinator.request.get(first!);
    assert.equal(download.status(), 200);
    assert.match((await download.body()).toString('latin1'), /^%PDF-/);
    const latest = await coordinator.request.get(`/api/v1/knowledge-base/articles/${article.id}/document/versions/3/content`);
    assert.deepEqual(await latest.body(), pdf);

    // The mediator reads the same history in English.
    await mediator.goto(`/community/kennisbank/${article.id}`);
    await waitForHeading(mediator, 'Sjabloon mediationovereenkomst');
    await mediator.getByRole('button', { name: 'English' }).click();
    await mediator.getByRole('table', { name: /All versions of the document/ }).waitFor();
    assert.equal(await mediator.getByRole('button', { name: 'Upload' }).count(), 1, 'the demo mediator is an editor');
    await expectNoA11yViolations(mediator, 'article with document versions (English)');
  });
});
