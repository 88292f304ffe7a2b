import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { poolToday } from '../../src/server/modules/registry/registry-support.js';
import { seedDemoRegistry } from '../../src/server/modules/registry/seed-demo-registry.js';
import { browserSkipReason, expectNoSeriousA11yViolations, freshPage, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();
const PARTY_EMAIL = 'medewerker.d@example.org';
const DISCLOSURE = 'Ingrid Bakker en Ruud Kampen werkten van 2012 tot 2016 samen bij de gemeente Steenwijkerland.';

/**
 * MfN conduct rule 2.3 in the browser: Ingrid Bakker registered a relationship with Ruud Kampen
 * (demo registry); in a Meppel case with him as a party the candidate list shows her with
 * "Relatie melden", the propose dialog asks for the disclosure, the party accepts the relationship
 * explicitly on the public page, and the coordinator records Ruud's acceptance only as written.
 * axe-core scans each changed page.
 */
describe('a disclosed relationship in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let caseId = '';

  before(async () => {
    server = await startE2eServer();
    const db = server.handle.db;
    const pool = await db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
    await seedDemoRegistry(db, pool.id);
    // Her demo holiday must stay outside the 30-day availability window (as in matching.test.ts).
    const ingrid = await db.selectFrom('app_user').select('id').where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow();
    const profile = await db.selectFrom('mediator_profile').select('id').where('user_id', '=', ingrid.id).executeTakeFirstOrThrow();
    await db.updateTable('mediator_unavailability').set({ starts_on: addDays(poolToday(), 45), ends_on: addDays(poolToday(), 60) }).where('mediator_id', '=', profile.id).execute();

    browser = await launchBrowser();
    const signedIn = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    coordinator = signedIn.page;
    const headers = { 'x-csrf-token': signedIn.csrfToken };
    const meppel = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    const members = (await (await meppel.page.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const meppelId = members.find((m) => m.name === 'Meppel')!.id;
    const referral = await meppel.page.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': meppel.csrfToken },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title: 'Conflict bij Publiekszaken',
        description: 'Een medewerker en haar leidinggevende werken niet meer goed samen.',
        parties: [
          { role: 'employee', name: 'Medewerker D', municipalityId: meppelId, department: 'Publiekszaken', email: PARTY_EMAIL, informed: true },
          { role: 'manager', name: 'Ruud Kampen', municipalityId: meppelId, department: 'Publiekszaken', informed: true },
        ],
        referralSource: 'manager',
      },
    });
    assert.equal(referral.status(), 201, await referral.text());
    caseId = (await referral.json()).id as string;
    assert.equal((await coordinator.request.post(`/api/v1/cases/${caseId}/transitions`, { headers, data: { from: 'registered', to: 'triage' } })).status(), 200);
    const triage = await coordinator.request.post(`/api/v1/cases/${caseId}/triage`, { headers, data: { route: 'formal_mediation', contraIndications: [], reason: 'Beide partijen willen praten.' } });
    assert.equal(triage.status(), 200, await triage.text());
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the candidate list marks the relationship; the dialog requires the disclosure', async () => {
    await coordinator.goto(`/zaken/${caseId}`);
    const section = coordinator.getByRole('region', { name: 'Kandidaat-mediators' });
    const eligible = section.getByRole('table', { name: 'Geschikte mediators, beste eerst' });
    const row = eligible.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Ingrid Bakker' }) });
    await row.getByText('Relatie melden').click();
    await row.getByText('Heeft een relatie gemeld met Ruud Kampen, een partij in deze zaak').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'candidate list with a relationship to disclose');

    await section.getByRole('button', { name: 'Ingrid Bakker voorstellen' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Mediator voorstellen' });
    await dialog.getByRole('heading', { name: 'Te melden relatie (MfN-gedragsregel 2.3)' }).waitFor();
    await dialog.getByLabel('Co-mediator (optioneel)').selectOption({ label: 'Geen co-mediator' });
    await dialog.getByRole('button', { name: 'Voorstel doen' }).click();
    await dialog.getByText('Beschrijf de relatie voor de partijen.').waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.id === 'matching-propose-disclosure');
    await expectNoSeriousA11yViolations(coordinator, 'propose dialog with the disclosure');
    await dialog.getByLabel('Melding aan de partijen').fill(DISCLOSURE);
    await dialog.getByRole('button', { name: 'Voorstel doen' }).click();
    await coordinator.getByText('Ingrid Bakker is voorgesteld.').first().waitFor();
    await coordinator.getByRole('region', { name: 'Voorstel en instemming' }).getByText(DISCLOSURE).waitFor();
  });

  test('the mediator sees the disclosure; the party accepts the relationship explicitly on its page', async () => {
    const { page: mediator, csrfToken } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example');
    const proposal = (await (await coordinator.request.get(`/api/v1/cases/${caseId}/proposals`)).json()).items[0] as { id: string };
    // The mediator reads what the coordinator discloses to the parties before answering.
    await mediator.goto(`/voorstellen/${proposal.id}`);
    await mediator.getByText(DISCLOSURE).waitFor();
    await expectNoSeriousA11yViolations(mediator, 'task page with the disclosure');
    const accepted = await mediator.request.post(`/api/v1/proposals/${proposal.id}/accept`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { noInterestInOutcome: true, noEarlierAdviceToAParty: true, relationshipsDisclosure: null },
    });
    assert.equal(accepted.status(), 200, await accepted.text());
    const mail = await server.handle.db.selectFrom('mail_outbox').select('body_text').where('to_address', '=', PARTY_EMAIL).where('kind', '=', 'matching.consent-request').executeTakeFirstOrThrow();
    const token = /\/instemming\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;

    const party = await freshPage(browser, server.baseUrl, { viewport: { width: 375, height: 740 } });
    await party.goto(`/instemming/${token}`);
    await waitForHeading(party, 'Instemming met de voorgestelde mediator');
    await party.getByRole('region', { name: 'Gemelde relatie met een partij' }).getByText(DISCLOSURE).waitFor();
    await party.getByRole('button', { name: 'Antwoord versturen' }).click();
    const summary = party.locator('#public-consent-summary');
    await summary.getByText('Kies of u de gemelde relatie accepteert.').waitFor();
    await expectNoSeriousA11yViolations(party, 'public consent page with a disclosure (phone)');

    // Refusing the relationship takes "I agree" away.
    const question = party.getByRole('group', { name: 'Accepteert u deze relatie?' });
    await question.getByLabel(/^Nee, ik accepteer de relatie niet/).check();
    assert.equal(await party.getByLabel('Ik stem in met deze mediator').count(), 0);
    await question.getByLabel(/^Ja, ik heb de melding gelezen/).check();
    await party.getByLabel('Ik stem in met deze mediator').check();
    await party.getByRole('button', { name: 'Antwoord versturen' }).click();
    await waitForHeading(party, 'Bedankt voor uw antwoord');
  });

  test('the coordinator records the written acceptance; by phone is refused; the case is assigned', async () => {
    await coordinator.goto(`/zaken/${caseId}`);
    const form = coordinator.locator('#consent-form');
    await form.waitFor();
    await form.getByLabel('Partij', { exact: true }).selectOption({ label: 'Ruud Kampen' });
    await form.getByRole('group', { name: 'Antwoord van de partij' }).getByLabel('Stemt in').check();
    await form.getByRole('group', { name: 'Hoe gaf de partij antwoord?' }).getByLabel('Telefoon').check();
    await form.getByRole('group', { name: 'Accepteert de partij de gemelde relatie?' }).getByLabel('Ja, schriftelijk (per e-mail of brief)').check();
    await form.getByRole('button', { name: 'Instemming vastleggen' }).click();
    await coordinator.locator('#consent-summary').getByText('Een gemelde relatie moet schriftelijk worden geaccepteerd: kies e-mail of brief.').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'consent form with a disclosure');

    await form.getByRole('group', { name: 'Hoe gaf de partij antwoord?' }).getByLabel('Brief').check();
    await form.getByRole('button', { name: 'Instemming vastleggen' }).click();
    await coordinator.getByText('Het antwoord van Ruud Kampen is vastgelegd.').first().waitFor();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Toegewezen', { exact: true }).waitFor();
  });
});
