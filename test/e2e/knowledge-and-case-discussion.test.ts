import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { seedDemoKnowledgeBase } from '../../src/server/modules/knowledge-base/index.js';
import { seedDemoCaseDiscussion } from '../../src/server/modules/case-discussion/index.js';

const skip = browserSkipReason();

/**
 * Kennisbank and Casuïstiek (issue 16, items 4 and 5) in the browser: the demo mediator searches
 * "bemiddelingen" and opens an article that only says "bemiddeling"; a contact gets the 404 page
 * for it; the coordinator's post naming a party of a concluded case is refused with the reason on
 * the field and nothing appears, a post without is placed. Every page axe-clean in Dutch and English.
 */
describe('knowledge base and case discussion in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let mediator: Page;
  let caseNumber: string;

  before(async () => {
    server = await startE2eServer();
    const db = server.handle.db;
    const pool = await db.selectFrom('pool').select('id').orderBy('created_at').executeTakeFirstOrThrow();
    await seedDemoKnowledgeBase(db, pool.id);
    await seedDemoCaseDiscussion(db, pool.id);
    // A concluded case with a named party, for the guard.
    const contact = await db.selectFrom('app_user').select(['id', 'municipality_id']).where('email', '=', 'contact.meppel@mediatorpool.example').executeTakeFirstOrThrow();
    const c = await db
      .insertInto('mediation_case')
      .values({ pool_id: pool.id, number: 'MP-2025-4242', requesting_municipality_id: contact.municipality_id!, case_type: 'employment', title: 'Arbeidsconflict', description: 'Vertrouwelijk.', status: 'concluded', referral_source: 'hr', referrer_user_id: contact.id, referred_on: '2025-02-03' })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    await db.insertInto('case_party').values({ pool_id: pool.id, case_id: c.id, position: 1, role: 'employee', name: 'Roos Lindeboom', email: null, phone: null }).execute();
    caseNumber = c.number;
    browser = await launchBrowser();
    ({ page: mediator } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('"bemiddelingen" finds the article that says "bemiddeling"; its page, editor and history are accessible', async () => {
    await mediator.goto('/community/kennisbank');
    await waitForHeading(mediator, 'Kennisbank');
    await expectNoA11yViolations(mediator, 'knowledge base (nl)');
    await mediator.getByLabel('Zoeken in de kennisbank').fill('bemiddelingen');
    await mediator.getByRole('button', { name: 'Zoeken' }).click();
    await mediator.getByRole('heading', { name: /resultaten? voor "bemiddelingen"/ }).waitFor();
    const hit = mediator.getByRole('link', { name: 'Het intakegesprek: een draaiboek' });
    await hit.waitFor();
    await expectNoA11yViolations(mediator, 'knowledge base search (nl)');
    await hit.click();
    await waitForHeading(mediator, 'Het intakegesprek: een draaiboek');
    await mediator.getByRole('heading', { name: 'Doel van de intake' }).waitFor();
    assert.match((await mediator.locator('.mp-kb-article').textContent()) ?? '', /goede bemiddeling begint/);
    await expectNoA11yViolations(mediator, 'article (nl)');
    await mediator.getByRole('link', { name: 'Wijzigingsgeschiedenis' }).click();
    await waitForHeading(mediator, 'Wijzigingsgeschiedenis: Het intakegesprek: een draaiboek');
    await mediator.getByRole('link', { name: 'Versie 1 bekijken' }).click();
    await mediator.getByRole('heading', { name: 'Versie 1: Het intakegesprek: een draaiboek' }).waitFor();
    await expectNoA11yViolations(mediator, 'versions (nl)');
    const articleUrl = mediator.url().replace(/\/versies.*$/, '');
    // The demo mediator is an editor: the editor opens with the text.
    await mediator.goto(`${articleUrl}/bewerken`);
    await waitForHeading(mediator, 'Bewerken: Het intakegesprek: een draaiboek');
    await mediator.getByLabel('Tekst (Markdown)').fill('Zie ![logo](https://elders.example/logo.png)');
    await mediator.getByRole('button', { name: 'Opslaan' }).click();
    await mediator.getByRole('link', { name: /Afbeeldingen kunnen niet in de kennisbank/ }).waitFor();
    await expectNoA11yViolations(mediator, 'editor with a refusal (nl)');

    const { page: contact } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    await contact.goto(articleUrl.replace(server.baseUrl, ''));
    await contact.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Het intakegesprek' }).waitFor();
    assert.equal(await contact.getByText('goede bemiddeling begint').count(), 0);
    const api = await contact.request.get(`/api/v1/knowledge-base/articles/${articleUrl.split('/').pop()}`);
    assert.equal(api.status(), 404);
    await contact.close();
  });

  test('a post naming a party of the linked case is refused with the reason; a post without is placed', async () => {
    const { page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    await coordinator.goto('/community/casuistiek');
    await waitForHeading(coordinator, 'Casuïstiek');
    await coordinator.getByRole('link', { name: 'Tweede gesprek liep vast op de verwachtingen van de leidinggevende' }).waitFor();
    await expectNoA11yViolations(coordinator, 'case discussion (nl)');
    await coordinator.getByRole('link', { name: 'Nieuwe draad' }).click();
    await waitForHeading(coordinator, 'Nieuwe draad');
    await coordinator.getByLabel('Titel').fill('Pauzeren in het tweede gesprek');
    await coordinator.getByLabel('Zaaknummer (niet verplicht)').fill(caseNumber);
    await coordinator.getByLabel('Uw bericht').fill('Roos Lindeboom wilde na het eerste gesprek een week bedenktijd.');
    await coordinator.getByRole('button', { name: 'Draad beginnen' }).click();
    const reason = coordinator.getByRole('link', { name: /noemt de naam van een partij/ });
    await reason.waitFor();
    assert.equal(await coordinator.getByRole('heading', { name: 'Het bericht is niet geplaatst' }).count(), 1);
    assert.equal(await coordinator.locator('#thread-body-error').getByText('naam van een partij').count(), 1);
    await expectNoA11yViolations(coordinator, 'refused post (nl)');
    await coordinator.getByLabel('Uw bericht').fill('De medewerker wilde na het eerste gesprek een week bedenktijd. Hoe gaan jullie daarmee om?');
    await coordinator.getByRole('button', { name: 'Draad beginnen' }).click();
    await waitForHeading(coordinator, 'Pauzeren in het tweede gesprek');
    await coordinator.getByText(`Zaak ${caseNumber}`, { exact: false }).waitFor();
    await expectNoA11yViolations(coordinator, 'thread (nl)');

    // The mediator sees the thread and replies by keyboard.
    await mediator.goto('/community/casuistiek');
    await mediator.getByRole('link', { name: 'Pauzeren in het tweede gesprek' }).click();
    await waitForHeading(mediator, 'Pauzeren in het tweede gesprek');
    await mediator.getByLabel('Uw reactie').fill('Wij plannen dan meteen een vervolgafspraak.');
    await mediator.getByLabel('Uw reactie').press('Tab');
    await mediator.keyboard.press('Enter');
    await mediator.getByText('Wij plannen dan meteen een vervolgafspraak.').waitFor();
    await coordinator.close();
  });

  test('the pages in English', async () => {
    const session = await mediator.request.get('/api/v1/sessions/current');
    const csrf = (await session.json()).csrfToken as string;
    const me = await mediator.request.patch('/api/v1/me', { headers: { 'x-csrf-token': csrf }, data: { locale: 'en' } });
    assert.equal(me.status(), 200);
    await mediator.goto('/community/kennisbank?zoek=bemiddelingen');
    await waitForHeading(mediator, 'Knowledge base');
    await mediator.getByRole('link', { name: 'Het intakegesprek: een draaiboek' }).waitFor();
    await expectNoA11yViolations(mediator, 'knowledge base (en)');
    await mediator.getByRole('link', { name: 'Het intakegesprek: een draaiboek' }).click();
    await mediator.getByRole('link', { name: 'Change history' }).waitFor();
    await expectNoA11yViolations(mediator, 'article (en)');
    await mediator.goto('/community/casuistiek');
    await waitForHeading(mediator, 'Case discussion');
    await mediator.getByLabel('New posts in the threads I follow').waitFor();
    await expectNoA11yViolations(mediator, 'case discussion (en)');
    await mediator.getByRole('link', { name: 'Pauzeren in het tweede gesprek' }).click();
    await mediator.getByRole('heading', { name: 'Reply' }).waitFor();
    await expectNoA11yViolations(mediator, 'thread (en)');
  });
});
