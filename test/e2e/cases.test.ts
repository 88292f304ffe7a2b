import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { browserSkipReason, expectNoSeriousA11yViolations, launchBrowser, scanPage, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

const DESCRIPTION = 'Vertrouwelijk: een medewerker en haar leidinggevende spreken al maanden niet meer met elkaar.';

/**
 * The case pages in the browser, with the "Done when": a Meppel contact refers an
 * employment conflict, the coordinator triages it as formal mediation and it moves to matching,
 * a Staphorst contact gets 404, the Meppel contact sees the status but not the description, and
 * the timeline shows every step with its time (and, with full access, its actor). axe-core scans every new page.
 */
describe('cases in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let meppel: Page;
  let staphorst: Page;
  let coordinator: Page;
  let coordinatorCsrf: string;
  let meppelCsrf: string;
  let caseUrl = '';
  let caseNumber = '';

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: meppel, csrfToken: meppelCsrf } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example'));
    ({ page: staphorst } = await signedInPage(browser, server.baseUrl, 'contact.staphorst@mediatorpool.example'));
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A referral straight through the API, for the tests that need one more case. */
  const referThroughApi = async (title: string): Promise<{ id: string; number: string }> => {
    const members = (await (await meppel.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    const meppelId = members.find((m) => m.name === 'Meppel')!.id;
    const res = await meppel.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': meppelCsrf },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title,
        description: 'Een tweede conflict.',
        parties: [{ role: 'employee', name: 'Medewerker C', informed: true }],
        referralSource: 'manager',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    return res.json();
  };

  const party = (page: Page, n: number): Locator => page.getByRole('group', { name: `Partij ${n}`, exact: true });

  test('a Meppel contact refers an employment conflict through the form', async () => {
    await scanPage(meppel, '/zaken', 'Zaken', (p) => p.getByText('Nog geen zaken. Een aangemelde zaak verschijnt hier.'));
    await meppel.getByRole('link', { name: 'Zaak aanmelden' }).click();
    await waitForHeading(meppel, 'Zaak aanmelden');
    assert.match(await meppel.title(), /^Zaak aanmelden – /);
    // A contact refers for their own municipality only: shown, not chosen.
    assert.equal(await meppel.getByLabel('Gemeente die aanmeldt').inputValue(), 'Meppel');
    assert.equal(await meppel.getByLabel('Gemeente die aanmeldt').getAttribute('readonly'), '');
    await expectNoSeriousA11yViolations(meppel, 'empty referral form');

    // Nothing filled in: every problem in the summary (which takes the focus) and at its field.
    await meppel.getByRole('button', { name: 'Zaak aanmelden' }).click();
    const summary = meppel.locator('#referral-summary');
    await summary.getByText('Controleer het formulier').waitFor();
    await meppel.waitForFunction(() => document.activeElement?.id === 'referral-summary');
    await summary.getByRole('link', { name: 'Kies de soort zaak.' }).waitFor();
    await summary.getByRole('link', { name: 'Kies de rol van partij 2.' }).waitFor();
    await meppel.locator('#referral-party-1-name-error').getByText('Vul een naam of pseudoniem in voor partij 2.').waitFor();
    await expectNoSeriousA11yViolations(meppel, 'referral form with errors');
    await summary.getByRole('link', { name: 'Kies de rol van partij 2.' }).click();
    await meppel.waitForFunction(() => document.activeElement?.id === 'referral-party-1-role');

    // The objection part appears for a citizen–government case and on demand for other types.
    await meppel.getByLabel('Burger en overheid').check();
    await meppel.getByLabel('Datum waarop het bestreden besluit is verzonden').waitFor();
    await meppel.getByLabel('Arbeidsconflict').check();
    assert.equal(await meppel.getByLabel('Datum waarop het bestreden besluit is verzonden').count(), 0);
    await meppel.getByLabel('Er loopt een bezwaarschrift met een wettelijke beslistermijn').check();
    await meppel.getByLabel('Datum waarop het bestreden besluit is verzonden').waitFor();
    await meppel.getByLabel('Er loopt een bezwaarschrift met een wettelijke beslistermijn').uncheck();

    await meppel.getByLabel('Korte titel').fill('Samenwerking op de afdeling Burgerzaken');
    await meppel.getByLabel('Beschrijving van het conflict').fill(DESCRIPTION);
    await party(meppel, 1).getByLabel('Rol').selectOption({ label: 'Medewerker' });
    await party(meppel, 1).getByLabel('Naam of pseudoniem').fill('Medewerker A');
    // The optional details of a party are folded away until asked for.
    assert.equal(await party(meppel, 1).getByLabel('Afdeling (optioneel)').isVisible(), false);
    await party(meppel, 1).getByText('Organisatie, afdeling en contactgegevens (optioneel)').click();
    await party(meppel, 1).getByLabel('Afdeling (optioneel)').fill('Burgerzaken');
    await party(meppel, 1).getByLabel('Ja', { exact: true }).check();
    await party(meppel, 2).getByLabel('Rol').selectOption({ label: 'Leidinggevende' });
    await party(meppel, 2).getByLabel('Naam of pseudoniem').fill('Leidinggevende B');
    await party(meppel, 2).getByLabel('Nee', { exact: true }).check();
    // A third party added by mistake, and removed again.
    await meppel.getByRole('button', { name: 'Partij toevoegen' }).click();
    await party(meppel, 3).waitFor();
    await meppel.waitForFunction(() => document.activeElement?.id === 'referral-party-2-role');
    await meppel.getByRole('button', { name: 'Partij 3 verwijderen' }).click();
    await party(meppel, 3).waitFor({ state: 'detached' });
    await meppel.getByLabel('Via wie komt de zaak binnen?').selectOption({ label: 'HR' });
    await meppel.getByLabel('Hoog', { exact: true }).check();
    await meppel.getByRole('button', { name: 'Zaak aanmelden' }).click();

    // On the new case, with its number in the confirmation.
    const notice = meppel.getByRole('main').getByText(/^Zaak MP-\d{4}-\d{4} is aangemeld\. De coördinator krijgt bericht\.$/);
    await notice.waitFor();
    caseNumber = /MP-\d{4}-\d{4}/.exec((await notice.textContent()) ?? '')![0];
    caseUrl = new URL(meppel.url()).pathname;
    assert.match(caseUrl, /^\/zaken\/[0-9a-f-]{36}$/);
    await waitForHeading(meppel, `${caseNumber}: Samenwerking op de afdeling Burgerzaken`);
    assert.match(await meppel.title(), new RegExp(`^Zaak ${caseNumber} – `));
    await meppel.getByText('De inhoud van deze zaak is vertrouwelijk.', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(meppel, 'case detail with limited access');
  });

  test('the coordinator starts triage, triages the case as formal mediation, and it moves to matching', async () => {
    await scanPage(coordinator, '/zaken', 'Zaken', (p) => p.getByRole('table', { name: '1 zaak' }));
    await coordinator.getByRole('heading', { name: 'Termijnen bewaken' }).waitFor();
    const row = coordinator.getByRole('row', { name: new RegExp(caseNumber) });
    await row.getByText('Aangemeld', { exact: true }).waitFor();
    await row.getByText('Op tijd').waitFor();
    await row.getByText('Arbeidsconflict').waitFor();
    await row.getByRole('link', { name: caseNumber }).click();

    await waitForHeading(coordinator, new RegExp(`^${caseNumber}:`));
    await coordinator.getByText(DESCRIPTION).waitFor();
    await coordinator.getByRole('table', { name: 'Partijen bij deze zaak' }).getByText('Leidinggevende B').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case detail with full access');

    // Exactly the steps the coordinator may take from "Aangemeld".
    const actions = coordinator.getByRole('region', { name: 'Volgende stap' });
    assert.deepEqual(await actions.getByRole('button').allTextContents(), ['Triage starten', 'Intrekken', 'Doorverwijzen']);

    await actions.getByRole('button', { name: 'Triage starten' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Triage starten?' });
    await dialog.waitFor();
    await dialog.getByText('De zaak gaat van “Aangemeld” naar “In triage”.').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'transition dialog');
    await dialog.getByRole('button', { name: 'Triage starten' }).click();
    await coordinator.getByText('De zaak staat nu op “In triage”.').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // In triage the step to matching is the triage form on the case page itself: the primary step
    // jumps to it (no screen of its own) and puts the focus there.
    await actions.getByRole('link', { name: 'Triage uitvoeren' }).click();
    await coordinator.waitForFunction(() => document.activeElement?.id === 'triage-decision-title');
    assert.equal(new URL(coordinator.url()).pathname, caseUrl, 'still on the case page');
    await coordinator.getByRole('group', { name: 'Contra-indicaties' }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'triage on the case page');

    // A checked contra-indication with a pool route asks for a justification.
    await coordinator.getByLabel('Bedreiging of intimidatie').check();
    await coordinator.getByLabel('Formele mediation').check();
    await coordinator.getByRole('button', { name: 'Triagebesluit opslaan' }).click();
    await coordinator.locator('#triage-justification-error').getByText('Licht toe waarom bemiddeling door de pool toch passend is.').waitFor();
    // The destination appears only for routes that leave the pool.
    await coordinator.getByLabel('Doorverwijzen naar een andere instantie').check();
    await coordinator.getByLabel('Naar welke instantie of organisatie gaat de zaak?').waitFor();
    await coordinator.getByLabel('Bedreiging of intimidatie').uncheck();
    await coordinator.getByLabel('Formele mediation').check();
    assert.equal(await coordinator.getByLabel('Naar welke instantie of organisatie gaat de zaak?').count(), 0);
    await coordinator.getByLabel('Reden van het besluit (optioneel)').fill('Beide partijen willen praten.');
    await coordinator.getByRole('button', { name: 'Triagebesluit opslaan' }).click();

    await coordinator.getByText('Triage vastgelegd: Formele mediation. De zaak staat nu op “Mediator zoeken”.').first().waitFor();
    await waitForHeading(coordinator, new RegExp(`^${caseNumber}:`));
    const overview = coordinator.getByRole('region', { name: 'Kerngegevens' });
    await overview.getByText('Mediator zoeken').waitFor();
    await overview.getByText('Formele mediation').waitFor();
    assert.deepEqual(await actions.getByRole('button').allTextContents(), ['Intrekken', 'Doorverwijzen']);
  });

  test('a Staphorst contact gets the 404 page; the Meppel contact sees the status but not the description', async () => {
    await staphorst.goto(caseUrl);
    await waitForHeading(staphorst, 'Pagina niet gevonden');
    assert.equal(await staphorst.getByText('Samenwerking op de afdeling Burgerzaken').count(), 0);
    await scanPage(staphorst, '/zaken', 'Zaken', (p) => p.getByText('Nog geen zaken. Een aangemelde zaak verschijnt hier.'));

    await meppel.goto(caseUrl);
    await waitForHeading(meppel, new RegExp(`^${caseNumber}:`));
    const overview = meppel.getByRole('region', { name: 'Kerngegevens' });
    await overview.getByText('Mediator zoeken').waitFor();
    await overview.getByText('Formele mediation').waitFor();
    await meppel.getByRole('heading', { name: 'Termijnen' }).waitFor();
    await meppel.getByText('De inhoud van deze zaak is vertrouwelijk.', { exact: false }).waitFor();
    assert.equal(await meppel.getByText(DESCRIPTION).count(), 0);
    assert.equal(await meppel.getByText('Leidinggevende B').count(), 0);
    assert.equal(await meppel.getByText('Beide partijen willen praten.').count(), 0);
    assert.equal(await meppel.getByRole('heading', { name: 'Documenten' }).count(), 0);
  });

  test('the timeline shows every step with time, and the actor with full access', async () => {
    for (const [page, full] of [
      [coordinator, true],
      [meppel, false],
    ] as const) {
      await page.goto(caseUrl);
      const steps = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
      await steps.nth(2).waitFor();
      assert.equal(await steps.count(), 3);
      const expected = [
        { what: 'Zaak aangemeld', status: 'Aangemeld', actor: 'Fatima El Amrani' },
        { what: 'Status gewijzigd', status: 'van Aangemeld → naar In triage', actor: 'Hans Koster' },
        { what: 'Triagebesluit', status: 'van In triage → naar Mediator zoeken', actor: 'Hans Koster' },
      ];
      for (const [i, step] of expected.entries()) {
        const item = steps.nth(i);
        const text = ((await item.textContent()) ?? '').replace(/\s+/g, ' ');
        assert.ok(text.includes(step.what), `step ${i}: ${text}`);
        assert.ok(text.replace(/ → /g, ' ').includes(step.status.replace(/ → /g, ' ')), `step ${i} status: ${text}`);
        // Who took a step is shown with full access only; a contact sees the status steps without names.
        if (full) assert.ok(text.includes(`door ${step.actor}`), `step ${i} actor: ${text}`);
        else assert.ok(!text.includes('door '), `step ${i} no actor for a contact: ${text}`);
        const time = item.locator('time');
        assert.match((await time.getAttribute('datetime')) ?? '', /^\d{4}-\d{2}-\d{2}T/);
        assert.match((await time.textContent()) ?? '', /\d{4}, \d{1,2}:\d{2}$/);
      }
      // The reason of the triage is case content: only with full access.
      assert.equal(await steps.nth(2).getByText('Beide partijen willen praten.').count(), full ? 1 : 0);
    }
  });

  test('the case list: filters in the address, sorting, empty result and the deadline dashboard', async () => {
    const second = await referThroughApi('Onrust in het team Belastingen');
    await coordinator.goto('/zaken');
    await coordinator.getByRole('table', { name: '2 zaken' }).waitFor();

    await coordinator.getByLabel('Zoek op titel of zaaknummer').fill('belastingen');
    await coordinator.getByRole('button', { name: 'Filteren' }).click();
    await coordinator.getByRole('table', { name: '1 zaak' }).getByRole('link', { name: second.number }).waitFor();
    assert.match(coordinator.url(), /\?q=belastingen$/);

    await coordinator.getByRole('button', { name: 'Filters wissen' }).click();
    await coordinator.getByRole('table', { name: '2 zaken' }).waitFor();
    await coordinator.getByRole('group', { name: 'Status' }).getByLabel('Mediator zoeken').check();
    await coordinator.getByLabel('Sorteren').selectOption({ label: 'Zaaknummer, oplopend' });
    await coordinator.getByRole('button', { name: 'Filteren' }).click();
    await coordinator.getByRole('table', { name: '1 zaak' }).getByRole('link', { name: caseNumber }).waitFor();
    assert.match(coordinator.url(), /status=matching/);
    assert.match(coordinator.url(), /sorteren=nummer-op/);
    assert.equal(await coordinator.getByRole('columnheader', { name: 'Zaaknummer' }).getAttribute('aria-sort'), 'ascending');

    // Reload keeps the filters; an unmatched filter shows the empty state.
    await coordinator.goto('/zaken?termijn=verlopen');
    await coordinator.getByText('Geen zaken die aan de filters voldoen.').waitFor();
    assert.equal(await coordinator.getByLabel('Termijn', { exact: true }).inputValue(), 'verlopen');
    await expectNoSeriousA11yViolations(coordinator, 'case list without results');

    // The dashboard lists the cases whose next deadline has passed.
    await server.handle.db.updateTable('mediation_case').set({ first_contact_due_on: '2020-01-06' }).where('id', '=', second.id).execute();
    await coordinator.goto('/zaken');
    const overdue = coordinator.getByRole('region', { name: /^Verlopen/ });
    await overdue.getByRole('link', { name: new RegExp(second.number) }).waitFor();
    await overdue.getByText('Verlopen', { exact: true }).waitFor();
    await coordinator.getByRole('region', { name: /^Bijna verlopen/ }).getByText('Geen zaken die binnenkort verlopen.').waitFor();
  });

  test('a step from a status that is no longer current gets a clear message and the page reloads', async () => {
    const c = await referThroughApi('Verschil van inzicht over roosters');
    await coordinator.goto(`/zaken/${c.id}`);
    const actions = coordinator.getByRole('region', { name: 'Volgende stap' });
    const start = actions.getByRole('button', { name: 'Triage starten' });
    await start.waitFor();

    // By keyboard: Enter opens the dialog with the safe choice focused, Escape closes it again
    // and the focus goes back to the button.
    await start.focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.getByRole('dialog', { name: 'Triage starten?' }).waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.textContent === 'Annuleren');
    await coordinator.keyboard.press('Escape');
    await coordinator.getByRole('dialog', { name: 'Triage starten?' }).waitFor({ state: 'hidden' });
    await coordinator.waitForFunction(() => document.activeElement?.textContent === 'Triage starten');

    // Someone else moves the case on in the meantime.
    const res = await coordinator.request.post(`/api/v1/cases/${c.id}/transitions`, {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: { from: 'registered', to: 'triage' },
    });
    assert.equal(res.status(), 200, await res.text());

    await start.click();
    await coordinator.getByRole('dialog', { name: 'Triage starten?' }).getByRole('button', { name: 'Triage starten' }).click();
    const message = coordinator.getByRole('main').getByText('De zaak is intussen door iemand anders gewijzigd.', { exact: false });
    await message.waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.textContent?.includes('intussen door iemand anders gewijzigd') === true);
    await actions.getByRole('link', { name: 'Triage uitvoeren' }).waitFor();
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('In triage').waitFor();

    // A reason is required to withdraw: the dialog says so at the field.
    await actions.getByRole('button', { name: 'Intrekken' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Intrekken?' });
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await dialog.getByText('Geef een reden voor deze stap.').waitFor();
    await dialog.getByLabel('Reden', { exact: true }).fill('De partijen hebben het samen opgelost.');
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await coordinator.getByText('De zaak staat nu op “Ingetrokken”.').first().waitFor();
    // The message comes first; the page then loads the case again, which shows the new status.
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Ingetrokken').first().waitFor();
    assert.equal(await actions.count(), 0);
  });

  test('documents: a PDF is added and can be downloaded; a file that only claims to be a PDF is refused', async () => {
    await coordinator.goto(caseUrl);
    const documents = coordinator.getByRole('region', { name: 'Documenten' });
    await documents.getByText('Nog geen documenten bij deze zaak.').waitFor();
    await documents.getByText('PDF, PNG, JPEG, Word, Excel, PowerPoint of OpenDocument, hoogstens 10 MB.', { exact: false }).waitFor();

    await documents.getByLabel('Soort document').selectOption({ label: 'Getekende mediationovereenkomst' });
    await documents.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'nep.pdf', mimeType: 'application/pdf', buffer: Buffer.from('dit is geen pdf') });
    await documents.getByRole('button', { name: 'Document toevoegen' }).click();
    await coordinator.locator('#document-file-error').getByText('Dit bestandstype wordt niet geaccepteerd.', { exact: false }).waitFor();

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await documents.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'overeenkomst.pdf', mimeType: 'application/pdf', buffer: pdf });
    await documents.getByRole('button', { name: 'Document toevoegen' }).click();
    await documents.getByText('overeenkomst.pdf is toegevoegd.').waitFor();
    const link = documents.getByRole('table', { name: 'Documenten bij deze zaak' }).getByRole('link', { name: 'overeenkomst.pdf' });
    await link.waitFor();
    const download = await coordinator.request.get((await link.getAttribute('href'))!);
    assert.equal(download.status(), 200);
    assert.equal(download.headers()['content-type'], 'application/pdf');
    assert.ok((await download.body()).equals(pdf));
    await coordinator.getByRole('region', { name: 'Tijdlijn' }).getByText('Document toegevoegd').waitFor();
  });

  test('the coordinator records the first contact and the objection terms; the deadlines follow', async () => {
    await coordinator.goto(caseUrl);
    const firstContact = coordinator.getByRole('region', { name: 'Eerste contact' });
    await firstContact.getByText('Nog niet vastgelegd.').waitFor();
    await firstContact.getByRole('button', { name: 'Vastleggen' }).click();
    await firstContact.getByText('Het eerste contact is vastgelegd.').waitFor();
    await coordinator.getByRole('region', { name: 'Termijnen' }).getByText(/^Gehaald op /).waitFor();
    await coordinator.getByRole('region', { name: 'Tijdlijn' }).getByText('Eerste contact vastgelegd').waitFor();

    const objection = coordinator.getByRole('region', { name: 'Bezwaarschrift en wettelijke termijn' });
    await objection.getByRole('button', { name: 'Bezwaarschrift vastleggen' }).click();
    const form = objection.getByRole('form', { name: 'Termijngegevens van het bezwaarschrift' });
    await coordinator.waitForFunction(() => document.activeElement?.id === 'objection-sent');
    await form.getByLabel('Verdaging in weken (optioneel)').fill('9');
    await form.getByRole('button', { name: 'Termijngegevens opslaan' }).click();
    await coordinator.locator('#objection-adjournment-error').getByText('Vul een heel getal van 1 tot en met 6 in.').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'case detail with the objection form and an error');

    const twoWeeksAgo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() - 14 * 86_400_000));
    await form.getByLabel('Datum waarop het bestreden besluit is verzonden').fill(twoWeeksAgo);
    await form.getByLabel('Er is een adviescommissie voor bezwaarschriften').check();
    await form.getByLabel('Verdaging in weken (optioneel)').fill('');
    await form.getByRole('button', { name: 'Termijngegevens opslaan' }).click();
    await objection.getByText('De termijngegevens zijn opgeslagen.').waitFor();
    await objection.getByText('Uiterste beslisdatum').waitFor();
    await coordinator.getByRole('region', { name: 'Termijnen' }).getByText('Wettelijke beslistermijn bezwaar').waitFor();
    await coordinator.getByRole('region', { name: 'Tijdlijn' }).getByText('Wettelijke termijn bijgewerkt').waitFor();
  });

  test('field errors from the server land on the party field they name', async () => {
    await meppel.goto('/zaken/aanmelden');
    await waitForHeading(meppel, 'Zaak aanmelden');
    await meppel.getByLabel('Groep').check();
    await meppel.getByLabel('Korte titel').fill('Spanningen in het wijkteam');
    await meppel.getByLabel('Beschrijving van het conflict').fill('Drie collega’s botsen over de werkverdeling.');
    for (const n of [1, 2]) {
      await party(meppel, n).getByLabel('Rol').selectOption({ label: 'Medewerker' });
      await party(meppel, n).getByLabel('Naam of pseudoniem').fill(`Collega ${n}`);
      await party(meppel, n).getByLabel('Ja', { exact: true }).check();
    }
    // Passes the form's own check, not the server's e-mail format.
    await party(meppel, 2).getByText('Organisatie, afdeling en contactgegevens (optioneel)').click();
    await party(meppel, 2).getByLabel('E-mailadres (optioneel)').fill('collega@gemeente..nl');
    await meppel.getByLabel('Via wie komt de zaak binnen?').selectOption({ label: 'Leidinggevende' });
    await meppel.getByRole('button', { name: 'Zaak aanmelden' }).click();
    const error = meppel.locator('#referral-party-1-email-error');
    await error.getByText(/Partij 2, e-mailadres: Vul een geldig e-mailadres in/).waitFor();
    await meppel.locator('#referral-summary').getByRole('link', { name: /^Partij 2, e-mailadres: / }).waitFor();
    assert.equal(await meppel.getByLabel('E-mailadres (optioneel)').nth(1).getAttribute('aria-invalid'), 'true');
  });

  test('in English and at phone width the case pages stay accessible', async () => {
    const { page: phone } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example', { viewport: { width: 375, height: 740 } });
    await scanPage(phone, '/zaken/aanmelden', 'Zaak aanmelden', (p) => p.getByLabel('Gemeente die aanmeldt'));
    await scanPage(phone, caseUrl, new RegExp(`^${caseNumber}:`), (p) => p.getByRole('heading', { name: 'Tijdlijn' }));
    await phone.getByRole('button', { name: 'English' }).click();
    await waitForHeading(phone, new RegExp(`^${caseNumber}:`));
    await phone.getByRole('region', { name: 'Key facts' }).getByText('Finding a mediator').waitFor();
    await phone.getByRole('region', { name: 'Timeline' }).getByText('Triage decision').waitFor();
    await expectNoSeriousA11yViolations(phone, 'case detail in English at phone width');
    await phone.getByRole('button', { name: 'Nederlands' }).click();
    await waitForHeading(phone, new RegExp(`^${caseNumber}:`));
    await phone.context().close();
  });
});
