import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { poolToday } from '../../src/server/modules/registry/registry-support.js';
import { seedDemoRegistry } from '../../src/server/modules/registry/seed-demo-registry.js';
import { browserSkipReason, expectNoSeriousA11yViolations, focusedId, freshPage, launchBrowser, mainNav, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();
const PARTY_EMAIL = 'werknemer.extern@example.org';

/**
 * The coordinator's matching tools beside the candidate list, in the browser: the pool's matching
 * weights (wrong input first, then saved, seen in a candidate's score, then the defaults restored
 * after a confirmation), withdrawing an open proposal with a reason (the case is back in matching
 * and nobody is excluded), and proposing an external mediator (euros in the form, cents in the
 * API) up to the assigned case that names them. axe-core scans each new page and state.
 */
describe('matching: weights, withdrawing a proposal and an external mediator in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let coordinatorCsrf = '';
  let caseId = '';
  let caseUrl = '';

  before(async () => {
    server = await startE2eServer();
    const db = server.handle.db;
    const pool = await db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
    await seedDemoRegistry(db, pool.id);
    // Ingrid Bakker's demo holiday falls inside the 30-day matching window; moved so she is a candidate.
    const ingrid = await db.selectFrom('app_user').select('id').where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow();
    const profile = await db.selectFrom('mediator_profile').select('id').where('user_id', '=', ingrid.id).executeTakeFirstOrThrow();
    await db.updateTable('mediator_unavailability').set({ starts_on: addDays(poolToday(), 45), ends_on: addDays(poolToday(), 60) }).where('mediator_id', '=', profile.id).execute();

    browser = await launchBrowser();
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));

    // A Meppel employment case referred by Meppel's contact and triaged to formal mediation.
    const meppel = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    const members = (await (await meppel.page.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const meppelId = members.find((m) => m.name === 'Meppel')!.id;
    const referral = await meppel.page.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': meppel.csrfToken },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title: 'Conflict op de afdeling Financiën',
        description: 'Een medewerker en zijn leidinggevende verschillen van mening over een beoordeling.',
        parties: [
          { role: 'employee', name: 'Medewerker E', municipalityId: meppelId, department: 'Financiën', email: PARTY_EMAIL, informed: true },
          { role: 'manager', name: 'Leidinggevende F', municipalityId: meppelId, department: 'Financiën', informed: true },
        ],
        referralSource: 'manager',
      },
    });
    assert.equal(referral.status(), 201, await referral.text());
    caseId = (await referral.json()).id as string;
    caseUrl = `/zaken/${caseId}`;
    const headers = { 'x-csrf-token': coordinatorCsrf };
    assert.equal((await coordinator.request.post(`/api/v1/cases/${caseId}/transitions`, { headers, data: { from: 'registered', to: 'triage' } })).status(), 200);
    const triage = await coordinator.request.post(`/api/v1/cases/${caseId}/triage`, {
      headers,
      data: { route: 'formal_mediation', contraIndications: [], reason: 'Beide partijen willen praten.' },
    });
    assert.equal(triage.status(), 200, await triage.text());
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the coordinator changes the matching weights from the candidate list, corrects the errors, and restores the defaults', async () => {
    await coordinator.goto(caseUrl);
    const candidates = coordinator.getByRole('region', { name: 'Kandidaat-mediators' });
    await candidates.getByRole('link', { name: 'Gewichten van de score bekijken of wijzigen' }).click();
    await waitForHeading(coordinator, 'Matchinggewichten');
    await coordinator.getByText('De pool gebruikt de standaardgewichten.').waitFor();
    const fairness = coordinator.getByLabel('Eerlijke verdeling', { exact: true });
    assert.equal(await fairness.inputValue(), '25');
    // The default and the current share are in the field's description.
    await coordinator.locator('#weight-fairness-hint').getByText('Standaard 25. Nu 25% van de score.', { exact: false }).waitFor();
    assert.equal(await coordinator.getByRole('button', { name: 'Standaardgewichten herstellen' }).count(), 0, 'nothing to restore yet');
    await expectNoSeriousA11yViolations(coordinator, 'matching weights');

    // Wrong input: said in the summary (which takes the focus) and at each field.
    await fairness.fill('veel');
    await coordinator.getByLabel('Reisafstand', { exact: true }).fill('150');
    await coordinator.getByRole('button', { name: 'Gewichten opslaan' }).click();
    const summary = coordinator.locator('#weights-summary');
    await summary.getByText('Vul voor "Eerlijke verdeling" een geheel getal in van 0 tot en met 100.').waitFor();
    await summary.getByText('Vul voor "Reisafstand" een geheel getal in van 0 tot en met 100.').waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.id === 'weights-summary');
    await coordinator.locator('#weight-distance-error').getByText('Vul voor "Reisafstand" een geheel getal', { exact: false }).waitFor();
    assert.equal(await fairness.getAttribute('aria-invalid'), 'true');
    await expectNoSeriousA11yViolations(coordinator, 'matching weights with errors');
    // A summary entry takes the keyboard to its field.
    await summary.getByRole('link', { name: /Reisafstand/ }).press('Enter');
    assert.equal(await focusedId(coordinator), 'weight-distance');

    // Every weight 0 would make every mediator score the same.
    for (const part of ['Eerlijke verdeling', 'Reisafstand', 'Belasting', 'Ervaring', 'Taal', 'Recente weigeringen']) {
      await coordinator.getByLabel(part, { exact: true }).fill('0');
    }
    await coordinator.getByRole('button', { name: 'Gewichten opslaan' }).click();
    await summary.getByText('Geef minstens één onderdeel een gewicht groter dan 0', { exact: false }).waitFor();

    const chosen: Record<string, string> = { 'Eerlijke verdeling': '50', Reisafstand: '20', Belasting: '20', Ervaring: '15', Taal: '10', 'Recente weigeringen': '10' };
    for (const [part, value] of Object.entries(chosen)) await coordinator.getByLabel(part, { exact: true }).fill(value);
    await coordinator.locator('#weight-fairness-hint').getByText('Nu 40% van de score.', { exact: false }).waitFor();
    await coordinator.getByRole('button', { name: 'Gewichten opslaan' }).click();
    await coordinator.getByRole('main').getByText('De gewichten zijn opgeslagen.', { exact: false }).waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.classList.contains('mp-notice') === true);
    await coordinator.getByText('De pool gebruikt eigen gewichten.').waitFor();
    const stored = (await (await coordinator.request.get('/api/v1/matching/settings')).json()) as { weights: Record<string, number>; weightsAreDefault: boolean };
    assert.deepEqual(stored.weights, { fairness: 0.5, distance: 0.2, load: 0.2, experience: 0.15, language: 0.1, declines: 0.1 });
    assert.equal(stored.weightsAreDefault, false);

    // The candidate list scores with the new weight at once.
    await coordinator.goto(caseUrl);
    const eligible = coordinator.getByRole('region', { name: 'Kandidaat-mediators' }).getByRole('table', { name: 'Geschikte mediators, beste eerst' });
    const ingrid = eligible.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Ingrid Bakker' }) });
    await ingrid.locator('summary').click();
    const fairnessPart = ingrid.getByRole('group', { name: 'Scoreonderdelen van Ingrid Bakker' }).locator('.mp-matching-part').filter({ has: coordinator.locator('dt', { hasText: 'Eerlijke verdeling' }) });
    await fairnessPart.locator('dd', { hasText: 'gewicht 0,5 ·' }).waitFor();

    // Restoring the defaults asks first; Escape keeps the pool's own weights.
    await coordinator.goBack();
    await waitForHeading(coordinator, 'Matchinggewichten');
    await coordinator.getByRole('button', { name: 'Standaardgewichten herstellen' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Standaardgewichten herstellen?' });
    await dialog.waitFor();
    await dialog.getByText('Eerlijke verdeling: 25').waitFor();
    assert.equal(await coordinator.evaluate(() => document.activeElement?.textContent), 'Annuleren', 'the safe choice has the focus');
    await expectNoSeriousA11yViolations(coordinator, 'restore default weights dialog');
    await coordinator.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await coordinator.getByLabel('Eerlijke verdeling', { exact: true }).inputValue(), '50');

    await coordinator.getByRole('button', { name: 'Standaardgewichten herstellen' }).click();
    await dialog.getByRole('button', { name: 'Standaardgewichten herstellen' }).click();
    await coordinator.getByText('De standaardgewichten gelden weer.').waitFor();
    await coordinator.getByText('De pool gebruikt de standaardgewichten.').waitFor();
    assert.equal(await coordinator.getByLabel('Eerlijke verdeling', { exact: true }).inputValue(), '25');
    assert.equal((await (await coordinator.request.get('/api/v1/matching/settings')).json()).weightsAreDefault, true);

    // The administrator finds the page in the menu too.
    const { page: admin } = await signedInPage(browser, server.baseUrl, 'beheerder@mediatorpool.example');
    await admin.goto('/');
    await mainNav(admin).getByRole('link', { name: 'Matchinggewichten' }).click();
    await waitForHeading(admin, 'Matchinggewichten');
    assert.equal(await admin.getByLabel('Eerlijke verdeling', { exact: true }).inputValue(), '25');
  });

  test('the coordinator withdraws an open proposal after confirming with a reason; the case is back in matching', async () => {
    const list = (await (await coordinator.request.get(`/api/v1/cases/${caseId}/candidates`)).json()) as { eligible: { mediator: { id: string; name: string } }[] };
    const ingridId = list.eligible.find((c) => c.mediator.name === 'Ingrid Bakker')!.mediator.id;
    const proposed = await coordinator.request.post(`/api/v1/cases/${caseId}/proposals`, { headers: { 'x-csrf-token': coordinatorCsrf }, data: { mediatorId: ingridId } });
    assert.equal(proposed.status(), 201, await proposed.text());

    await coordinator.goto(caseUrl);
    const proposal = coordinator.getByRole('region', { name: 'Voorstel en instemming' });
    const withdraw = proposal.getByRole('button', { name: 'Voorstel intrekken' });
    await withdraw.focus();
    await coordinator.keyboard.press('Enter');
    const dialog = coordinator.getByRole('dialog', { name: 'Voorstel intrekken?' });
    await dialog.waitFor();
    assert.equal(await coordinator.evaluate(() => document.activeElement?.textContent), 'Annuleren', 'the safe choice has the focus');
    await expectNoSeriousA11yViolations(coordinator, 'withdraw proposal dialog');

    // The reason is required: said at the field, which gets the focus.
    await dialog.getByRole('button', { name: 'Voorstel intrekken' }).click();
    await dialog.getByText('Geef de reden van intrekken.').waitFor();
    assert.equal(await focusedId(coordinator), 'withdraw-reason');
    assert.equal(await dialog.getByLabel('Reden van intrekken').getAttribute('aria-invalid'), 'true');
    await expectNoSeriousA11yViolations(coordinator, 'withdraw proposal dialog with an error');

    await dialog.getByLabel('Reden van intrekken').fill('De partijen willen eerst zelf nog een gesprek voeren.');
    await dialog.getByRole('button', { name: 'Voorstel intrekken' }).click();
    await coordinator.getByText('Het voorstel is ingetrokken. De zaak staat weer op "Mediator zoeken".').first().waitFor();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Mediator zoeken', { exact: true }).waitFor();
    await coordinator
      .getByRole('region', { name: 'Eerdere voorstellen' })
      .getByText('Ingetrokken: Voorstel ingetrokken door de coördinator: De partijen willen eerst zelf nog een gesprek voeren.', { exact: false })
      .waitFor();
    // Withdrawing says nothing about the mediator: Ingrid Bakker can be proposed again.
    const eligible = coordinator.getByRole('region', { name: 'Kandidaat-mediators' }).getByRole('table', { name: 'Geschikte mediators, beste eerst' });
    await eligible.getByRole('button', { name: 'Ingrid Bakker voorstellen' }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case back in matching after a withdrawal');

    const mail = await server.handle.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'mediator@mediatorpool.example')
      .where('kind', '=', 'matching.update')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(mail.body_text, /De partijen willen eerst zelf nog een gesprek voeren\./, 'Ingrid Bakker hears why');
  });

  test('the coordinator proposes an external mediator with the agreed rate in euros; once the parties consent the case shows them', async () => {
    // A party asked for an external mediator (as a refusal by link would record): the candidate
    // list says so and its notice opens the form, by keyboard.
    await server.handle.db.updateTable('mediation_case').set({ wants_external_mediator: true }).where('id', '=', caseId).execute();
    await coordinator.goto(caseUrl);
    const candidates = coordinator.getByRole('region', { name: 'Kandidaat-mediators' });
    await candidates.getByText('Een partij vroeg om een externe mediator', { exact: false }).waitFor();
    await candidates.getByRole('button', { name: 'Een externe mediator voorstellen' }).focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForFunction(() => document.activeElement?.id === 'external-form-title');
    await expectNoSeriousA11yViolations(coordinator, 'external mediator form');
    // Cancelling gives the focus back to the button that opens the form.
    await coordinator.locator('#external-form').getByRole('button', { name: 'Annuleren' }).click();
    const section = coordinator.getByRole('region', { name: 'Externe mediator', exact: true });
    const openForm = section.getByRole('button', { name: 'Externe mediator voorstellen' });
    await coordinator.waitForFunction(() => document.activeElement?.textContent === 'Externe mediator voorstellen');
    await openForm.press('Enter');
    await coordinator.waitForFunction(() => document.activeElement?.id === 'external-form-title');
    const form = coordinator.locator('#external-form');

    // Nothing filled in but a rate in words: every problem in the summary and at its field.
    await form.getByLabel('Afgesproken uurtarief in euro').fill('honderd');
    await form.getByRole('button', { name: 'Externe mediator voorstellen' }).click();
    const summary = coordinator.locator('#external-summary');
    await coordinator.waitForFunction(() => document.activeElement?.id === 'external-summary');
    for (const message of [
      'Vul de naam van de externe mediator in.',
      'Vul de organisatie of praktijk in.',
      'Vul het MfN-registernummer in.',
      'Vul het uurtarief in als bedrag in euro, zoals 125 of 125,50.',
      'Kies wie voor deze externe mediator kiest.',
      'Geef aan waarom een externe mediator nodig is.',
      'Bevestig dat de mediator geen belang heeft bij de uitkomst.',
      'Bevestig dat de mediator geen partij eerder adviseerde.',
    ]) {
      await summary.getByText(message, { exact: false }).waitFor();
    }
    await coordinator.locator('#external-rate-error').getByText('Vul het uurtarief in als bedrag in euro', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'external mediator form with errors');

    await form.getByLabel('Naam', { exact: true }).fill('Mr. J. de Wit');
    await form.getByLabel('Organisatie of praktijk').fill('De Wit Mediation');
    await form.getByLabel('MfN-registernummer').fill('MfN-12345');
    await form.getByLabel('E-mailadres (optioneel)').fill('dewit@example.org');
    await form.getByLabel('Afgesproken uurtarief in euro').fill('125,50');
    await form.getByRole('group', { name: 'Wie kiest voor deze externe mediator?' }).getByLabel('De partijen').check();
    await form.getByLabel('Waarom een externe mediator?').fill('De medewerker wil een mediator van buiten de overheid.');
    await form.getByLabel('De mediator verklaart geen belang te hebben bij de uitkomst van deze zaak.').check();
    await form.getByLabel('De mediator verklaart geen van de partijen eerder te hebben geadviseerd.').check();
    await form.getByRole('button', { name: 'Externe mediator voorstellen' }).click();

    await coordinator.getByText('Mr. J. de Wit is voorgesteld als externe mediator.', { exact: false }).first().waitFor();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Mediator voorgesteld', { exact: true }).waitFor();
    const proposal = coordinator.getByRole('region', { name: 'Voorstel en instemming' });
    const mediators = proposal.getByRole('table', { name: 'Voorgestelde mediators en hun verklaring' });
    const row = mediators.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Mr. J. de Wit' }) });
    await row.getByText('Mediator (Externe mediator)').waitFor();
    await row.getByText('Schriftelijke verklaring vastgelegd door de coördinator', { exact: false }).waitFor();
    await proposal.getByRole('heading', { name: 'Gegevens van externe mediator Mr. J. de Wit' }).waitFor();
    for (const text of ['De Wit Mediation', 'MfN-12345', 'dewit@example.org', 'De partijen']) await proposal.getByText(text, { exact: true }).waitFor();
    await proposal.getByText(/125,50 per uur/).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'open proposal of an external mediator');

    // Euros in the form, integer cents in the API.
    const items = (await (await coordinator.request.get(`/api/v1/cases/${caseId}/proposals`)).json()).items as {
      id: string;
      status: string;
      mediators: { external: { agreedRateCents: number } | null }[];
    }[];
    const open = items.find((p) => p.status === 'open')!;
    assert.equal(open.mediators[0]!.external!.agreedRateCents, 12550);

    // The employee consents through the e-mailed link, the coordinator records the manager's answer.
    const consentMail = await server.handle.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', PARTY_EMAIL)
      .where('kind', '=', 'matching.consent-request')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const token = /\/instemming\/([A-Za-z0-9_-]+)/.exec(consentMail.body_text)![1]!;
    const party = await freshPage(browser, server.baseUrl);
    assert.equal((await party.request.post(`/api/v1/consents/${token}`, { data: { decision: 'accept' } })).status(), 204);
    await coordinator.reload();
    const consentForm = coordinator.locator('#consent-form');
    await consentForm.getByLabel('Partij', { exact: true }).selectOption({ label: 'Leidinggevende F' });
    await consentForm.getByRole('group', { name: 'Antwoord van de partij' }).getByLabel('Stemt in').check();
    await consentForm.getByRole('group', { name: 'Hoe gaf de partij antwoord?' }).getByLabel('Telefoon').check();
    await consentForm.getByRole('button', { name: 'Instemming vastleggen' }).click();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Toegewezen', { exact: true }).waitFor();

    const assigned = coordinator.getByRole('region', { name: 'Externe mediator', exact: true });
    await assigned.getByText('Mr. J. de Wit begeleidt deze zaak als externe mediator.', { exact: false }).waitFor();
    await assigned.getByText(/125,50 per uur/).waitFor();
    await assigned.getByText('MfN-12345', { exact: true }).waitFor();
    // The case's mediators name them too, and their declared hours are booked at the agreed rate.
    await coordinator.getByRole('region', { name: 'Mediators', exact: true }).getByRole('listitem').filter({ hasText: 'Mr. J. de Wit (De Wit Mediation), externe mediator' }).waitFor();
    const costs = coordinator.getByRole('region', { name: 'Externe mediator: uren en kosten' });
    await costs.getByLabel('Gedeclareerde tijd').fill('1:30');
    await costs.getByRole('button', { name: 'Declaratie opslaan' }).click();
    await costs.getByRole('table', { name: 'Declaraties van de externe mediator op deze zaak' }).getByRole('cell', { name: '€ 125,50' }).waitFor();
    await costs.getByText('€ 188,25', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case assigned to an external mediator');
  });
});
