import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { poolToday } from '../../src/server/modules/registry/registry-support.js';
import { seedDemoRegistry } from '../../src/server/modules/registry/seed-demo-registry.js';
import { browserSkipReason, expectNoSeriousA11yViolations, freshPage, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();
const PARTY_EMAIL = 'medewerker.a@example.org';
const SECOND_EMAIL = 'medewerker.c@example.org';

/**
 * The matching pages in the browser, with the "Done when": for a Meppel employment case
 * the candidate list never offers a Meppel mediator, a dormant one or the one in training as lead
 * and says why; the coordinator proposes Ingrid Bakker, she accepts with the declaration on her
 * task page, one party consents through the e-mailed link, the coordinator records the other, and
 * the case is assigned with every step on the timeline. axe-core scans each new page.
 */
describe('matching in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let mediator: Page;
  let caseId = '';
  let caseUrl = '';
  let second = '';
  let coordinatorCsrf = '';
  let meppel: { page: Page; csrfToken: string };

  /** A Meppel employment case in `matching`, through the API as the demo accounts would. */
  const caseInMatching = async (title: string, partyEmail: string): Promise<string> => {
    const members = (await (await meppel.page.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const meppelId = members.find((m) => m.name === 'Meppel')!.id;
    const referral = await meppel.page.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': meppel.csrfToken },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title,
        description: 'Een medewerker en haar leidinggevende spreken niet meer met elkaar.',
        parties: [
          { role: 'employee', name: 'Medewerker A', municipalityId: meppelId, department: 'Burgerzaken', email: partyEmail, informed: true },
          { role: 'manager', name: 'Leidinggevende B', municipalityId: meppelId, department: 'Burgerzaken', informed: true },
        ],
        referralSource: 'manager',
      },
    });
    assert.equal(referral.status(), 201, await referral.text());
    const id = (await referral.json()).id as string;
    const headers = { 'x-csrf-token': coordinatorCsrf };
    const toTriage = await coordinator.request.post(`/api/v1/cases/${id}/transitions`, { headers, data: { from: 'registered', to: 'triage' } });
    assert.equal(toTriage.status(), 200, await toTriage.text());
    const triage = await coordinator.request.post(`/api/v1/cases/${id}/triage`, {
      headers,
      data: { route: 'formal_mediation', contraIndications: [], reason: 'Beide partijen willen praten.' },
    });
    assert.equal(triage.status(), 200, await triage.text());
    return id;
  };

  before(async () => {
    server = await startE2eServer();
    const db = server.handle.db;
    const pool = await db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
    await seedDemoRegistry(db, pool.id);
    // The demo holiday of Ingrid Bakker starts on the last day of the 30-day availability window
    // the matching checks; moved a little later so she can be proposed today.
    const ingrid = await db.selectFrom('app_user').select('id').where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow();
    const profile = await db.selectFrom('mediator_profile').select('id').where('user_id', '=', ingrid.id).executeTakeFirstOrThrow();
    await db.updateTable('mediator_unavailability').set({ starts_on: addDays(poolToday(), 45), ends_on: addDays(poolToday(), 60) }).where('mediator_id', '=', profile.id).execute();

    browser = await launchBrowser();
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: mediator } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));

    meppel = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    caseId = await caseInMatching('Conflict op de afdeling Burgerzaken', PARTY_EMAIL);
    caseUrl = `/zaken/${caseId}`;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the candidates of a Meppel employment case: no Meppel, dormant or in-training lead, and why', async () => {
    await coordinator.goto(caseUrl);
    const section = coordinator.getByRole('region', { name: 'Kandidaat-mediators' });
    const eligible = section.getByRole('table', { name: 'Geschikte mediators, beste eerst' });
    await eligible.getByRole('rowheader', { name: 'Ingrid Bakker' }).waitFor();
    const leads = await eligible.getByRole('rowheader').allTextContents();
    for (const name of ['Jeroen Smit', 'Henk de Wit', 'Karel Mulder', 'Lotte Hoekstra']) {
      assert.ok(!leads.some((l) => l.includes(name)), `${name} is not offered as lead: ${leads.join(', ')}`);
    }

    // The score and its parts, each with its raw value and explanation.
    const ingridRow = eligible.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Ingrid Bakker' }) });
    await ingridRow.locator('summary').click();
    const parts = ingridRow.getByRole('group', { name: 'Scoreonderdelen van Ingrid Bakker' });
    for (const part of ['Eerlijke verdeling', 'Reisafstand', 'Belasting', 'Ervaring', 'Taal', 'Recente weigeringen']) {
      await parts.locator('dt', { hasText: part }).waitFor();
    }

    // The excluded, folded away, each with every reason.
    const details = section.locator('details.mp-matching-excluded');
    await details.locator('summary').click();
    const excluded = section.getByRole('table', { name: 'Uitgesloten mediators met elke reden' });
    const reasonsOf = async (name: string) =>
      ((await excluded.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name }) }).textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(await reasonsOf('Jeroen Smit'), /Meppel/);
    assert.match(await reasonsOf('Henk de Wit'), /Meppel/);
    assert.ok((await reasonsOf('Karel Mulder')).length > 'Karel Mulder'.length);
    assert.ok((await reasonsOf('Lotte Hoekstra')).length > 'Lotte Hoekstra'.length);
    await expectNoSeriousA11yViolations(coordinator, 'candidate list');
  });

  test('the coordinator proposes Ingrid Bakker through the dialog, by keyboard', async () => {
    await coordinator.goto(caseUrl);
    const section = coordinator.getByRole('region', { name: 'Kandidaat-mediators' });
    const button = section.getByRole('button', { name: 'Ingrid Bakker voorstellen' });
    await button.focus();
    await coordinator.keyboard.press('Enter');
    const dialog = coordinator.getByRole('dialog', { name: 'Mediator voorstellen' });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel('Mediator', { exact: true }).locator('option:checked').textContent(), 'Ingrid Bakker (Steenwijkerland)');
    await expectNoSeriousA11yViolations(coordinator, 'propose dialog');
    // The suggested pair is filled in; this proposal is for Ingrid Bakker alone.
    await dialog.getByLabel('Co-mediator (optioneel)').selectOption({ label: 'Geen co-mediator' });
    await dialog.getByRole('button', { name: 'Voorstel doen' }).click();
    await coordinator.getByText('Ingrid Bakker is voorgesteld.').first().waitFor();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Mediator voorgesteld').waitFor();
    const proposal = coordinator.getByRole('region', { name: 'Voorstel en instemming' });
    await proposal.getByRole('table', { name: 'Voorgestelde mediators en hun verklaring' }).getByText('Wacht op antwoord van de mediator').waitFor();
  });

  test('Ingrid Bakker accepts with the declaration on her task page', async () => {
    await mediator.goto('/');
    await mediator.getByRole('link', { name: 'Mijn taken' }).first().click();
    await waitForHeading(mediator, 'Mijn taken');
    const link = mediator.getByRole('table', { name: 'Voorstellen die op uw antwoord wachten' }).getByRole('link');
    await link.waitFor();
    await expectNoSeriousA11yViolations(mediator, 'task list');
    await link.click();
    await waitForHeading(mediator, /^Voorstel voor zaak /);
    // What she needs to judge a conflict of interest, never the description.
    await mediator.getByRole('rowheader', { name: 'Medewerker A (Medewerker)' }).waitFor();
    assert.equal(await mediator.getByText('spreken niet meer met elkaar').count(), 0);

    await mediator.getByLabel('Accepteren met verklaring').check();
    await mediator.getByRole('button', { name: 'Antwoord versturen' }).click();
    const summary = mediator.locator('#task-summary');
    await summary.getByText('Verklaar dat u geen belang hebt bij de uitkomst, of weiger het voorstel.').waitFor();
    await mediator.waitForFunction(() => document.activeElement?.id === 'task-summary');
    await expectNoSeriousA11yViolations(mediator, 'task page with the declaration');

    await mediator.getByLabel('Ik heb geen belang bij de uitkomst van deze zaak.').check();
    await mediator.getByLabel('Ik heb geen van de partijen eerder geadviseerd.').check();
    await mediator.getByRole('button', { name: 'Antwoord versturen' }).click();
    await mediator.getByText('U hebt het voorstel geaccepteerd.', { exact: false }).waitFor();
    await mediator.getByText('U hebt dit voorstel al beantwoord: geaccepteerd.').waitFor();
  });

  test('one party consents through the e-mailed link on the public page, also at phone width', async () => {
    const mail = await server.handle.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', PARTY_EMAIL)
      .where('kind', '=', 'matching.consent-request')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const token = /\/instemming\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;

    const party = await freshPage(browser, server.baseUrl, { viewport: { width: 375, height: 740 } });
    await party.goto(`/instemming/${token}`);
    await waitForHeading(party, 'Instemming met de voorgestelde mediator');
    await party.getByText('Ingrid Bakker').waitFor();
    await party.getByText('Steenwijkerland').waitFor();
    assert.equal(await party.getByText('spreken niet meer met elkaar').count(), 0);
    const width = await party.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling on a phone (${width}px)`);
    await expectNoSeriousA11yViolations(party, 'public consent page (phone)');

    await party.getByLabel('Ik stem in met deze mediator').check();
    await party.getByRole('button', { name: 'Antwoord versturen' }).click();
    await waitForHeading(party, 'Bedankt voor uw antwoord');

    // The link works once.
    await party.goto(`/instemming/${token}`);
    await waitForHeading(party, 'Deze link is al gebruikt');
    await party.goto(`/instemming/${token.slice(0, -2)}xx`);
    await waitForHeading(party, /Deze link (werkt niet|is al gebruikt)/);

    const wide = await freshPage(browser, server.baseUrl);
    await wide.goto(`/instemming/${'a'.repeat(43)}`);
    await waitForHeading(wide, 'Deze link werkt niet');
    await expectNoSeriousA11yViolations(wide, 'unknown consent link');
  });

  test('the coordinator records the other party; the case is assigned and the timeline shows each step', async () => {
    await coordinator.goto(caseUrl);
    const proposal = coordinator.getByRole('region', { name: 'Voorstel en instemming' });
    const parties = proposal.getByRole('table', { name: 'Instemming van de partijen' });
    await parties.getByText('Stemt in (Persoonlijke link', { exact: false }).waitFor();
    const form = coordinator.locator('#consent-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Instemming vastleggen' }).click();
    await coordinator.locator('#consent-summary').getByText('Kies de partij.').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'consent form');

    await form.getByLabel('Partij', { exact: true }).selectOption({ label: 'Leidinggevende B' });
    await form.getByRole('group', { name: 'Antwoord van de partij' }).getByLabel('Stemt in').check();
    await form.getByRole('group', { name: 'Hoe gaf de partij antwoord?' }).getByLabel('Telefoon').check();
    await form.getByRole('button', { name: 'Instemming vastleggen' }).click();
    await coordinator.getByText('Het antwoord van Leidinggevende B is vastgelegd.').first().waitFor();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Toegewezen', { exact: true }).waitFor();

    const steps = coordinator.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
    const texts = async () => (await steps.allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    await coordinator.waitForFunction(() => document.querySelectorAll('.mp-timeline__item').length >= 6);
    const all = await texts();
    for (const expected of ['Mediator voorgesteld', 'Instemming van een partij vastgelegd', 'Toegewezen']) {
      assert.ok(all.some((s) => s.includes(expected)), `timeline has "${expected}": ${all.join(' | ')}`);
    }
    for (let i = 0; i < (await steps.count()); i++) {
      assert.match((await steps.nth(i).locator('time').getAttribute('datetime')) ?? '', /^\d{4}-\d{2}-\d{2}T/);
    }
  });

  test('the batch suggestion: the suggested mediator per case, proposed case by case', async () => {
    second = await caseInMatching('Conflict op de afdeling Belastingen', SECOND_EMAIL);
    await coordinator.goto(`/zaken/${second}`);
    await coordinator.getByRole('link', { name: 'Verdeelvoorstel voor alle zaken' }).click();
    await waitForHeading(coordinator, 'Voorstel voor alle zaken');
    const table = coordinator.getByRole('table', { name: 'Voorgestelde verdeling' });
    const row = table.getByRole('row').filter({ has: coordinator.getByRole('link', { name: /./ }) }).first();
    await row.waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'batch suggestion');
    const propose = table.getByRole('button', { name: /^.+ voorstellen voor zaak / }).first();
    await propose.click();
    await coordinator.getByText(/is voorgesteld voor zaak/).first().waitFor();
    await table.getByText('Voorgesteld', { exact: true }).first().waitFor();
  });

  test("a party's \"another mediator, please\" returns the case to matching and excludes that mediator", async () => {
    const db = server.handle.db;
    const proposal = (await (await coordinator.request.get(`/api/v1/cases/${second}/proposals`)).json()).items[0] as { id: string; mediators: { mediatorId: string; name: string }[] };
    const lead = proposal.mediators[0]!;
    const account = await db
      .selectFrom('mediator_profile as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('u.email')
      .where('m.id', '=', lead.mediatorId)
      .executeTakeFirstOrThrow();
    const { page: proposed, csrfToken } = await signedInPage(browser, server.baseUrl, account.email);
    const accepted = await proposed.request.post(`/api/v1/proposals/${proposal.id}/accept`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { noInterestInOutcome: true, noEarlierAdviceToAParty: true, relationshipsDisclosure: null },
    });
    assert.equal(accepted.status(), 200, await accepted.text());
    const mail = await db.selectFrom('mail_outbox').select('body_text').where('to_address', '=', SECOND_EMAIL).where('kind', '=', 'matching.consent-request').executeTakeFirstOrThrow();
    const token = /\/instemming\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;

    const party = await freshPage(browser, server.baseUrl);
    await party.goto(`/instemming/${token}`);
    await waitForHeading(party, 'Instemming met de voorgestelde mediator');
    await party.getByLabel('Ik wil een andere mediator').check();
    await party.getByLabel('Toelichting (optioneel)').fill('Ik ken deze mediator van een cursus.');
    await party.getByRole('button', { name: 'Antwoord versturen' }).click();
    await waitForHeading(party, 'Bedankt voor uw antwoord');

    await coordinator.goto(`/zaken/${second}`);
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Mediator zoeken', { exact: true }).waitFor();
    await coordinator.getByRole('region', { name: 'Eerdere voorstellen' }).getByText('Geweigerd door partij', { exact: false }).waitFor();
    const section = coordinator.getByRole('region', { name: 'Kandidaat-mediators' });
    await section.locator('details.mp-matching-excluded summary').click();
    const row = section.getByRole('table', { name: 'Uitgesloten mediators met elke reden' }).getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: lead.name }) });
    await row.getByText('Door een partij geweigerd voor deze zaak').waitFor();
  });
});
