import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { amsterdamToday, browserSkipReason, expectNoSeriousA11yViolations, focusedId, freshPage, launchBrowser, mainNav, scanPage, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/** Today in Amsterdam plus `days`, as YYYY-MM-DD (what a date input takes). */
const amsterdamDay = (days = 0): string => addDays(amsterdamToday(), days);

interface NewMediator {
  name: string;
  /** An existing account (chosen by the administrator) … */
  account?: string;
  /** … or a new person, invited by e-mail. */
  email?: string;
  municipality: string;
  department: string;
  status: 'Actief' | 'In opleiding' | 'Slapend';
  specialisms: string[];
  register?: string;
  expiresInDays?: number;
}

/** The Meppel pool from the source texts: 3 active mediators, 1 in training, 2 dormant. */
const MEPPEL_POOL: NewMediator[] = [
  {
    name: 'Ingrid Bakker',
    account: 'Ingrid Bakker (mediator@mediatorpool.example)',
    municipality: 'Steenwijkerland',
    department: 'HR Advies',
    status: 'Actief',
    specialisms: ['Arbeidsconflicten', 'Burger en overheid'],
    register: 'MfN-2014-0312',
    expiresInDays: 400,
  },
  {
    name: 'Jeroen Smit',
    email: 'jeroen.smit@meppel.example',
    municipality: 'Meppel',
    department: 'Juridische Zaken',
    status: 'Actief',
    specialisms: ['Burger en overheid', 'Buren'],
    register: 'MfN-2016-1187',
    expiresInDays: 60,
  },
  {
    name: 'Sanne Visser',
    email: 'sanne.visser@westerveld.example',
    municipality: 'Westerveld',
    department: 'Sociaal Domein',
    status: 'Actief',
    specialisms: ['Buren', 'Groepen'],
    register: 'MfN-2019-2240',
    expiresInDays: 800,
  },
  { name: 'Lotte Hoekstra', email: 'lotte.hoekstra@staphorst.example', municipality: 'Staphorst', department: 'Personeelszaken', status: 'In opleiding', specialisms: ['Arbeidsconflicten'] },
  // Registered as active, then made dormant through the status page (with a dated history).
  {
    name: 'Karel Mulder',
    email: 'karel.mulder@zwartewaterland.example',
    municipality: 'Zwartewaterland',
    department: 'Bezwaar en Beroep',
    status: 'Actief',
    specialisms: ['Burger en overheid'],
    register: 'MfN-2013-0098',
    expiresInDays: 200,
  },
  { name: 'Henk de Wit', email: 'henk.dewit@meppel.example', municipality: 'Meppel', department: 'Openbare Ruimte', status: 'Slapend', specialisms: ['Buren'] },
];

async function registerMediator(page: Page, m: NewMediator): Promise<void> {
  await page.goto('/register/mediators/nieuw');
  await waitForHeading(page, 'Mediator opnemen');
  if (m.account) {
    await page.getByLabel('Iemand die al een account heeft').check();
    await page.getByLabel('Account', { exact: true }).selectOption({ label: m.account });
  } else {
    await page.getByLabel('Iemand nieuw uitnodigen').check();
    await page.getByLabel('Naam', { exact: true }).fill(m.name);
    await page.getByLabel('E-mailadres').fill(m.email!);
  }
  await page.getByLabel('Thuisgemeente').selectOption({ label: m.municipality });
  await page.getByLabel('Afdeling').fill(m.department);
  for (const s of m.specialisms) await page.getByLabel(s, { exact: true }).check();
  if (m.register) await page.getByLabel('MfN-registernummer').fill(m.register);
  if (m.expiresInDays !== undefined) await page.getByLabel('Registratie geldig tot en met').fill(amsterdamDay(m.expiresInDays));
  await page.getByLabel('Status bij opname').selectOption({ label: m.status });
  await page.getByRole('button', { name: 'Opnemen in het register' }).click();
  await waitForHeading(page, m.name);
  await page.getByText(m.account ? `${m.name} is opgenomen in het register.` : `${m.name} is opgenomen in het register en krijgt een uitnodiging per e-mail.`).first().waitFor();
}

/** The numbers in a row of the health table: active, in training, dormant. */
async function healthCounts(page: Page, municipality: string): Promise<string[]> {
  const row = page.getByRole('table', { name: 'Mediators en vrije capaciteit per gemeente' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: municipality, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).slice(0, 3).map((s) => s.trim());
}

describe('the registry in the browser', { skip }, () => {
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

  test('pool settings: settlement, hourly rates in euros with clear validation, days off and the covenant', async () => {
    await scanPage(admin, '/register', 'Register', (p) => p.getByRole('link', { name: /Instellingen van de pool/ }));
    await admin.getByRole('link', { name: /Instellingen van de pool/ }).click();
    await waitForHeading(admin, 'Instellingen van de pool');

    await admin.getByLabel('Verrekenen per uur').check();
    await admin.getByLabel('Verrekenperiode').selectOption({ label: 'Per kwartaal' });
    await admin.getByLabel('Van aanmelding tot eerste contact').fill('0');
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await admin.locator('#settings-norm-first-error').getByText('Vul een geheel getal van 1 tot en met 365 in.').waitFor();
    assert.equal(await focusedId(admin), 'settings-summary');
    await admin.getByLabel('Van aanmelding tot eerste contact').fill('5');
    await admin.getByLabel('Datum van ondertekening').fill('2013-03-01');
    await admin.locator('#settings-covenant-description').fill('Convenant van Meppel, Steenwijkerland, Westerveld, Staphorst en Zwartewaterland.');
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await admin.getByText('De instellingen zijn opgeslagen.', { exact: true }).first().waitFor();
    const saved = await (await admin.request.get('/api/v1/pool-settings')).json();
    assert.equal(saved.settlementMode, 'hourly');
    assert.equal(saved.covenantSignedOn, '2013-03-01');

    // Rates: euros typed the Dutch way, stored as integer cents; zero and bad amounts are refused in words.
    await admin.getByLabel('Jaar', { exact: true }).fill('2026');
    await admin.getByLabel('Uurtarief', { exact: true }).fill('0');
    await admin.getByRole('button', { name: 'Uurtarief toevoegen' }).click();
    await admin.locator('#rate-add-amount-error').getByText('Het uurtarief moet groter zijn dan € 0,00.').waitFor();
    await expectNoSeriousA11yViolations(admin, 'settings with a refused rate');
    await admin.getByLabel('Uurtarief', { exact: true }).fill('62,505');
    await admin.getByRole('button', { name: 'Uurtarief toevoegen' }).click();
    await admin.locator('#rate-add-amount-error').getByText(/hoogstens twee cijfers achter de komma/).waitFor();
    await admin.getByLabel('Uurtarief', { exact: true }).fill('62,50');
    await admin.getByRole('button', { name: 'Uurtarief toevoegen' }).click();
    await admin.getByText('Het uurtarief voor 2026 is vastgelegd op € 62,50.').first().waitFor();
    await admin.getByRole('table', { name: 'Uurtarieven' }).getByText('€ 62,50').waitFor();
    assert.deepEqual((await (await admin.request.get('/api/v1/pool-settings/hourly-rates')).json()).items.map((r: { cents: number }) => r.cents), [6250]);

    await admin.getByRole('button', { name: 'Uurtarief 2026 wijzigen' }).click();
    const newRate = admin.getByLabel('Nieuw uurtarief voor 2026');
    assert.equal(await newRate.evaluate((el) => el === document.activeElement), true);
    await newRate.fill('64');
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).last().click();
    await admin.getByText('Het uurtarief voor 2026 is gewijzigd in € 64,00.').first().waitFor();

    await admin.getByRole('button', { name: 'Uurtarief 2026 verwijderen' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Uurtarief verwijderen?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(admin, 'settings with the remove-rate dialog');
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await admin.getByLabel('Datum', { exact: true }).fill('2026-05-15');
    await admin.locator('#day-off-description').fill('Brugdag na Hemelvaart');
    await admin.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
    await admin.getByRole('table', { name: 'Vastgelegde vrije dagen' }).getByText('Brugdag na Hemelvaart').waitFor();

    // The covenant: a PDF goes up and comes down byte for byte; anything else is refused.
    await admin.getByLabel('Getekend convenant (PDF)').setInputFiles({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('geen pdf') });
    await admin.getByRole('button', { name: 'Convenant opslaan' }).click();
    await admin.locator('#covenant-file-error').getByText('Kies een PDF-bestand.').waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await admin.getByLabel('Getekend convenant (PDF)').setInputFiles({ name: 'convenant-2013.pdf', mimeType: 'application/pdf', buffer: pdf });
    await admin.getByRole('button', { name: 'Convenant opslaan' }).click();
    await admin.getByText('Het convenant convenant-2013.pdf is opgeslagen.').first().waitFor();
    const href = await admin.getByRole('link', { name: 'Convenant convenant-2013.pdf downloaden' }).getAttribute('href');
    const download = await admin.request.get(href!);
    assert.equal(download.status(), 200);
    assert.deepEqual(Buffer.from(await download.body()), pdf);
    await expectNoSeriousA11yViolations(admin, 'pool settings');
  });

  test('pool settings: the administrator chooses the routes that may start without a signed mediation agreement', async () => {
    await scanPage(admin, '/register/instellingen', 'Instellingen van de pool', (p) => p.getByRole('group', { name: 'Starten zonder getekende mediationovereenkomst' }));
    const routes = admin.getByRole('group', { name: 'Starten zonder getekende mediationovereenkomst' });
    // By default only the informal approach may start unsigned; the hint says what the choice means.
    await routes.getByText(/Op de aangevinkte routes kan een zaak met ‘Mediation starten’ beginnen/).waitFor();
    assert.equal(await routes.getByLabel('Procesbegeleider (informele aanpak)').isChecked(), true);
    assert.equal(await routes.getByLabel('Conflictcoaching').isChecked(), false);
    assert.equal(await routes.getByRole('checkbox').count(), 5, 'only the routes that stay in the pool');

    await routes.getByLabel('Conflictcoaching').check();
    await routes.getByLabel('Procesbegeleider (informele aanpak)').uncheck();
    // The pool's contact for questions, with a telephone number that is not one first.
    const contact = admin.getByRole('group', { name: 'Contact voor vragen' });
    await contact.getByLabel('E-mailadres (optioneel)').fill('coordinatie@meppel.example');
    await contact.getByLabel('Telefoonnummer (optioneel)').fill('bel maar');
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await admin.locator('#settings-contact-phone-error').getByText('Vul een telefoonnummer in met cijfers', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(admin, 'pool settings with a wrong telephone number');
    await contact.getByLabel('Telefoonnummer (optioneel)').fill('0522 123 456');
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await admin.getByText('De instellingen zijn opgeslagen.', { exact: true }).first().waitFor();
    assert.deepEqual(await (await admin.request.get('/api/v1/pool-settings/mediation-agreement')).json(), { exemptRoutes: ['coaching'] });
    // The footer follows at once, without reloading the page.
    await admin.getByRole('contentinfo').getByRole('link', { name: 'coordinatie@meppel.example' }).waitFor();

    await admin.reload();
    await waitForHeading(admin, 'Instellingen van de pool');
    await routes.waitFor();
    assert.equal(await routes.getByLabel('Conflictcoaching').isChecked(), true);
    assert.equal(await routes.getByLabel('Procesbegeleider (informele aanpak)').isChecked(), false);
    // The footer of every page, also the public ones, says where to turn with a question.
    const footer = admin.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'coordinatie@meppel.example' }).waitFor();
    assert.equal(await footer.getByRole('link', { name: '0522 123 456' }).getAttribute('href'), 'tel:0522123456');
    await expectNoSeriousA11yViolations(admin, 'pool settings with the exempt routes and contact changed');
    const visitor = await freshPage(browser, server.baseUrl);
    await visitor.goto('/inloggen');
    await visitor.getByRole('contentinfo').getByRole('link', { name: 'coordinatie@meppel.example' }).waitFor();
    await visitor.context().close();

    // The coordinator reads the choice; finance, who may not read this policy, does not see it.
    const { page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    await scanPage(coordinator, '/register/instellingen', 'Instellingen van de pool', (p) => p.getByText('Starten zonder getekende mediationovereenkomst'));
    assert.equal(await coordinator.getByRole('definition').filter({ hasText: 'Conflictcoaching' }).count(), 1);
    await coordinator.context().close();
    const { page: finance } = await signedInPage(browser, server.baseUrl, 'financien@mediatorpool.example');
    await scanPage(finance, '/register/instellingen', 'Instellingen van de pool', (p) => p.getByRole('table', { name: 'Uurtarieven' }));
    assert.equal(await finance.getByText('Starten zonder getekende mediationovereenkomst').count(), 0);
    await finance.context().close();
  });

  test('the Meppel pool is entered through the UI and the health page shows exactly that', async () => {
    await scanPage(admin, '/register/gemeenten', 'Gemeenten', (p) => p.getByRole('table', { name: '5 gemeenten' }));

    // A form with errors first: nothing chosen.
    await admin.goto('/register/mediators/nieuw');
    await waitForHeading(admin, 'Mediator opnemen');
    await admin.getByRole('button', { name: 'Opnemen in het register' }).click();
    await admin.locator('#mediator-new-who-group-error').getByText('Maak een keuze.').waitFor();
    await admin.locator('#mediator-new-municipality-error').getByText('Kies een gemeente').waitFor();
    assert.equal(await focusedId(admin), 'mediator-new-summary');
    await expectNoSeriousA11yViolations(admin, 'new mediator with errors');

    for (const m of MEPPEL_POOL) await registerMediator(admin, m);

    // Karel Mulder stopped taking cases: dormant from today, with a note in the history.
    await admin.goto('/register/mediators?q=karel');
    await admin.getByRole('link', { name: 'Karel Mulder bekijken' }).click();
    await waitForHeading(admin, 'Karel Mulder');
    await admin.getByRole('link', { name: 'Status wijzigen' }).click();
    await waitForHeading(admin, 'Status wijzigen');
    await admin.getByText('Karel Mulder is nu actief').first().waitFor();
    await admin.getByRole('button', { name: 'Status wijzigen' }).click();
    await admin.locator('#status-new-group-error').getByText('Maak een keuze.').waitFor();
    await expectNoSeriousA11yViolations(admin, 'status change with errors');
    await admin.getByLabel('Slapend').check();
    await admin.getByLabel('Toelichting').fill('Al een jaar geen zaken aangenomen');
    await admin.getByRole('button', { name: 'Status wijzigen' }).click();
    await waitForHeading(admin, 'Karel Mulder');
    await admin.getByText('De status van Karel Mulder is gewijzigd in slapend.').first().waitFor();
    const history = admin.getByRole('table', { name: 'Statusgeschiedenis, nieuwste eerst' });
    await history.getByText('Al een jaar geen zaken aangenomen').waitFor();
    assert.equal(await history.getByRole('row').count(), 3);

    await scanPage(admin, '/register/mediators', 'Mediators', (p) => p.getByRole('table', { name: '6 mediators' }));
    await admin.getByLabel('Status').selectOption({ label: 'Slapend' });
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await admin.getByRole('table', { name: '2 mediators' }).waitFor();
    await admin.getByLabel('Gemeente').selectOption({ label: 'Meppel' });
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await admin.getByRole('table', { name: '1 mediator' }).getByRole('link', { name: 'Henk de Wit bekijken' }).waitFor();
    assert.match(admin.url(), /status=dormant/);

    // The health page: 3 active, 1 in training, 2 dormant, and who has no active mediator.
    await scanPage(admin, '/register/gezondheid', 'Gezondheid van de pool', (p) => p.getByRole('table', { name: 'Mediators en vrije capaciteit per gemeente' }));
    const totals = admin.locator('.mp-reg-totals');
    await totals.getByText(/^3\s*Actieve mediators$/).waitFor();
    await totals.getByText(/^1\s*In opleiding$/).waitFor();
    await totals.getByText(/^2\s*Slapend$/).waitFor();
    assert.deepEqual(await healthCounts(admin, 'Meppel'), ['1', '0', '1']);
    assert.deepEqual(await healthCounts(admin, 'Steenwijkerland'), ['1', '0', '0']);
    assert.deepEqual(await healthCounts(admin, 'Westerveld'), ['1', '0', '0']);
    assert.deepEqual(await healthCounts(admin, 'Staphorst'), ['0', '1', '0']);
    assert.deepEqual(await healthCounts(admin, 'Zwartewaterland'), ['0', '0', '1']);
    await admin.getByText('Deze gemeenten hebben nu geen actieve mediator: Staphorst en Zwartewaterland.').first().waitFor();
    // Flagged in words in the table too, not by colour alone.
    assert.equal(await admin.getByRole('table', { name: 'Mediators en vrije capaciteit per gemeente' }).getByText('Geen actieve mediator').count(), 2);
    await admin.getByRole('table', { name: 'Verlopende MfN-registraties' }).getByRole('link', { name: 'Jeroen Smit' }).waitFor();

    const dormant = admin.getByRole('table', { name: 'Slapende mediators met hun laatste activiteit' });
    assert.equal(await dormant.getByRole('row').count(), 3);
    await dormant.getByRole('button', { name: 'Karel Mulder wekken' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Karel Mulder wekken?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(admin, 'health page with the wake-up dialog');
    await dialog.getByLabel('Persoonlijke tekst in de e-mail').fill('We missen je in de pool: er liggen twee burenzaken klaar.');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await admin.getByText('Karel Mulder krijgt een uitnodiging om weer mee te doen.').first().waitFor();
    await dormant.getByRole('row').filter({ hasText: 'Karel Mulder' }).getByText('Nog niet').waitFor({ state: 'detached' });
    const mail = await server.handle.db.selectFrom('mail_outbox').select(['body_text']).where('to_address', '=', 'karel.mulder@zwartewaterland.example').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    assert.match(mail.body_text, /twee burenzaken/);
  });

  test('a mediator detail page: unavailability with the server’s own errors, relationships and MfN upkeep', async () => {
    await admin.goto('/register/mediators?q=ingrid');
    await admin.getByRole('link', { name: 'Ingrid Bakker bekijken' }).click();
    await waitForHeading(admin, 'Ingrid Bakker');
    await admin.getByText('mediator@mediatorpool.example').first().waitFor();
    await admin.getByRole('heading', { name: 'MfN-onderhoud' }).waitFor();

    // The server decides about an end before the start and about overlaps, in Dutch, at the field.
    await admin.getByLabel('Eerste dag').fill(amsterdamDay(30));
    await admin.getByLabel('Laatste dag').fill(amsterdamDay(20));
    await admin.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
    await admin.locator('#away-ends-error').getByText('De einddatum ligt vóór de begindatum.').waitFor();
    assert.equal(await focusedId(admin), 'away-summary');
    await expectNoSeriousA11yViolations(admin, 'mediator page with a refused period');
    await admin.getByLabel('Laatste dag').fill(amsterdamDay(50));
    await admin.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
    await admin.getByRole('table', { name: 'Perioden van afwezigheid' }).getByText('Vakantie').waitFor();
    await admin.getByLabel('Eerste dag').fill(amsterdamDay(45));
    await admin.getByLabel('Laatste dag').fill(amsterdamDay(60));
    await admin.getByLabel('Soort afwezigheid').selectOption({ label: 'Verlof' });
    await admin.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
    await admin.locator('#away-starts-error').getByText(/Deze periode overlapt met vakantie van/).waitFor();

    await admin.getByRole('button', { name: /^Afwezigheid van .* verwijderen$/ }).click();
    const removeDialog = admin.getByRole('dialog', { name: 'Afwezigheid verwijderen?' });
    await removeDialog.getByRole('button', { name: 'Verwijderen' }).click();
    await admin.getByText('De periode van afwezigheid is verwijderd.').first().waitFor();
    await admin.getByText('Geen perioden van afwezigheid.').first().waitFor();

    // A declared relationship with her own department.
    await admin.getByLabel('Met een afdeling').check();
    await admin.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Steenwijkerland' });
    await admin.getByLabel('Afdeling', { exact: true }).fill('HR Advies');
    await admin.getByLabel('Reden').fill('Eigen afdeling');
    await admin.getByLabel('Sinds').fill('2014-01-01');
    await admin.getByRole('button', { name: 'Relatie melden' }).click();
    await admin.getByRole('table', { name: 'Relaties die deze mediator heeft gemeld' }).getByRole('rowheader', { name: 'HR Advies, Steenwijkerland' }).waitFor();

    // Upkeep: nothing recorded yet means behind or at risk, with the reasons in words.
    const upkeep = admin.getByRole('region', { name: 'MfN-onderhoud' });
    await upkeep.getByText(/^(Loopt achter|In gevaar)$/).first().waitFor();
    await upkeep.getByRole('heading', { name: 'Waarom' }).waitFor();
    await upkeep.getByLabel('Mediation', { exact: true }).check();
    await upkeep.getByLabel('Datum', { exact: true }).fill(amsterdamDay(-100));
    await upkeep.getByLabel('Contacttijd in uren').fill('5,5');
    await upkeep.getByLabel('Geëindigd in een schriftelijke vaststellingsovereenkomst').check();
    await upkeep.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await admin.getByText('De activiteit is vastgelegd.').first().waitFor();
    await upkeep.getByRole('table', { name: 'Vastgelegde activiteiten, nieuwste eerst' }).getByText(/5 uur en 30 min\. contacttijd, met vaststellingsovereenkomst/).waitFor();
    await upkeep.getByRole('table', { name: 'Eisen in deze cyclus' }).getByRole('row', { name: /Mediations 1 9/ }).waitFor();
    await expectNoSeriousA11yViolations(admin, 'mediator detail page');

    await admin.getByRole('link', { name: 'Gegevens wijzigen' }).click();
    await waitForHeading(admin, 'Mediator wijzigen');
    await admin.getByLabel('Arabisch').check();
    await admin.getByLabel('Andere talen').fill('ber, x1');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.locator('#mediator-edit-languages-others-error').getByText(/niet: x1/).waitFor();
    await expectNoSeriousA11yViolations(admin, 'edit mediator with errors');
    await admin.getByLabel('Andere talen').fill('ber');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await waitForHeading(admin, 'Ingrid Bakker');
    await admin.getByText('De gegevens zijn opgeslagen.').first().waitFor();
    const detail = await (await admin.request.get(`/api/v1/mediators/${admin.url().split('/').pop()}`)).json();
    assert.deepEqual(detail.languages, ['nl', 'ar', 'ber']);
  });

  test('the mediator keeps their own availability, languages and declared relationships', async () => {
    const { page: mediator } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example');
    await mediator.goto('/');
    await mainNav(mediator).getByRole('link', { name: 'Mijn beschikbaarheid' }).click();
    await waitForHeading(mediator, 'Mijn beschikbaarheid');
    await mediator.getByRole('heading', { name: 'Talen en capaciteit' }).waitFor();
    await mediator.getByRole('table', { name: 'Relaties die deze mediator heeft gemeld' }).waitFor();
    await expectNoSeriousA11yViolations(mediator, 'my availability');

    await mediator.getByLabel('Eerste dag').fill(amsterdamDay(10));
    await mediator.getByLabel('Laatste dag').fill(amsterdamDay(24));
    await mediator.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
    await mediator.getByRole('table', { name: 'Perioden van afwezigheid' }).getByText('Vakantie').waitFor();

    await mediator.getByLabel('Duits').check();
    await mediator.getByLabel('Beschikbare uren per maand').fill('12');
    await mediator.getByRole('button', { name: 'Opslaan' }).click();
    await mediator.getByText('Uw talen en capaciteit zijn opgeslagen.').first().waitFor();

    await mediator.getByLabel('Met een persoon').check();
    await mediator.getByLabel('Naam van de persoon').fill('Piet Jansen');
    await mediator.getByLabel('Reden').fill('Zwager');
    await mediator.getByLabel('Sinds').fill('2010-06-01');
    await mediator.getByRole('button', { name: 'Relatie melden' }).click();
    await mediator.getByRole('table', { name: 'Relaties die deze mediator heeft gemeld' }).getByRole('rowheader', { name: 'Piet Jansen' }).waitFor();

    // Only coordinators record upkeep; the mediator reads it.
    assert.equal(await mediator.getByRole('button', { name: 'Activiteit vastleggen' }).count(), 0);
    const own = await (await mediator.request.get('/api/v1/me/mediator-profile')).json();
    assert.equal(own.name, 'Ingrid Bakker');
    assert.ok(own.languages.includes('de'));
    assert.equal(own.hoursPerMonth, 12);

    // Status and profile stay the coordinator's.
    await mediator.goto(`/register/mediators/${own.id}/status`);
    await waitForHeading(mediator, 'Geen toegang');
    await mediator.context().close();
  });

  test('a contact sees names and municipalities of mediators, but no contact details of other municipalities', async () => {
    const { page: contact } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example');
    await scanPage(contact, '/register/mediators', 'Mediators', (p) => p.getByRole('table', { name: '6 mediators' }));
    const table = contact.getByRole('table', { name: '6 mediators' });
    // Meppel's own mediators with their address; the others without.
    await table.getByText('jeroen.smit@meppel.example').waitFor();
    assert.equal(await table.getByText('sanne.visser@westerveld.example').count(), 0);
    assert.equal(await contact.getByRole('link', { name: 'Mediator opnemen' }).count(), 0);

    await table.getByRole('link', { name: 'Sanne Visser bekijken' }).click();
    await waitForHeading(contact, 'Sanne Visser');
    await contact.getByText('U ziet de openbare gegevens van deze mediator.').first().waitFor();
    assert.equal(await contact.getByRole('heading', { name: 'Afwezigheid' }).count(), 0);
    await expectNoSeriousA11yViolations(contact, 'mediator page for a contact');

    await scanPage(contact, '/register/gemeenten', 'Gemeenten', (p) => p.getByRole('table', { name: '5 gemeenten' }));
    const municipalities = contact.getByRole('table', { name: '5 gemeenten' });
    await municipalities.getByText('Gert Mulder').waitFor();
    assert.equal(await municipalities.getByText('contact.staphorst@mediatorpool.example').count(), 0);
    await municipalities.getByText('contact.meppel@mediatorpool.example').waitFor();

    await contact.goto('/register/gezondheid');
    await waitForHeading(contact, 'Geen toegang');
    await contact.context().close();
  });

  test('CSV: export then re-import changes nothing; a file with one bad row imports nothing and names that row', async () => {
    await scanPage(admin, '/register/import-export', 'Importeren en exporteren');
    for (const [subject, label, rows] of [
      ['municipalities', 'Gemeenten', 5],
      ['mediators', 'Mediators', 6],
    ] as const) {
      const section = admin.getByRole('region', { name: label });
      const href = await section.getByRole('link', { name: `${label} downloaden (CSV met puntkomma’s, voor Excel)` }).getAttribute('href');
      const exported = await admin.request.get(href!);
      assert.equal(exported.status(), 200);
      const csv = Buffer.from(await exported.body());
      await section.getByLabel('CSV-bestand').setInputFiles({ name: `${subject}.csv`, mimeType: 'text/csv', buffer: csv });
      await section.getByRole('button', { name: 'Importeren' }).click();
      await section.getByText('Import gelukt').waitFor();
      await section.getByText(`${rows} rijen: 0 nieuw, 0 bijgewerkt, ${rows} ongewijzigd.`).waitFor();
      const again = Buffer.from(await (await admin.request.get(href!)).body());
      assert.equal(again.toString('utf8'), csv.toString('utf8'), `${subject}: the export after the re-import is the same`);
    }

    // One bad row (row 3: an unknown status) among good ones, one of them a change: nothing is imported.
    const section = admin.getByRole('region', { name: 'Mediators' });
    const href = await section.getByRole('link', { name: /Mediators downloaden \(CSV met puntkomma/ }).getAttribute('href');
    const before = (await (await admin.request.get(href!)).text()).replace(/^\ufeff/, '');
    const lines = before.split('\r\n');
    const header = lines[0]!.split(';');
    const status = header.indexOf('status');
    const hours = header.indexOf('hoursPerMonth');
    const bad = lines.map((line, i) => {
      const cells = line.split(';');
      if (i === 2) cells[status] = 'slapend-ish';
      if (i === 4) cells[hours] = '20';
      return cells.join(';');
    });
    await section.getByLabel('CSV-bestand').setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.join('\r\n'), 'utf8') });
    await section.getByRole('button', { name: 'Importeren' }).click();
    await section.getByText('Er is niets geïmporteerd', { exact: true }).waitFor();
    await section.getByText(/rij 3 is niet in orde/).waitFor();
    const problems = section.getByRole('table', { name: /probleem in het bestand|problemen in het bestand/ });
    const first = problems.getByRole('row').nth(1);
    assert.equal((await first.getByRole('rowheader').innerText()).trim(), '3');
    assert.equal((await first.getByRole('cell').first().innerText()).trim(), 'status');
    await expectNoSeriousA11yViolations(admin, 'import refused with the problems table');
    const after = (await (await admin.request.get(href!)).text()).replace(/^\ufeff/, '');
    assert.equal(after, before, 'nothing changed');
  });

  test('a municipality is added from the reference list with the keyboard, edited, and its membership ended', async () => {
    await admin.goto('/register/gemeenten');
    await admin.getByRole('link', { name: 'Gemeente toevoegen' }).click();
    await waitForHeading(admin, 'Gemeente toevoegen');

    // Keyboard only: type in the search box, Tab to the first match, Space to choose it.
    await admin.getByLabel('Zoek een gemeente in de CBS-lijst').focus();
    await admin.keyboard.type('meppel');
    await admin.getByText('1 gemeente gevonden.').first().waitFor();
    assert.equal(await admin.getByLabel(/Meppel \(GM0119, Drenthe\)/).isDisabled(), true);
    await admin.getByLabel('Zoek een gemeente in de CBS-lijst').fill('');
    await admin.getByLabel('Zoek een gemeente in de CBS-lijst').focus();
    await admin.keyboard.type('harden');
    const option = admin.getByLabel('Hardenberg (GM0160, Overijssel)');
    await option.waitFor();
    await admin.keyboard.press('Tab');
    assert.equal(await option.evaluate((el) => el === document.activeElement), true);
    await admin.keyboard.press('Space');
    assert.equal(await admin.getByLabel('CBS-code').inputValue(), 'GM0160');
    assert.equal(await admin.getByLabel('Provincie').inputValue(), 'Overijssel');
    assert.match(await admin.getByLabel('Breedtegraad').inputValue(), /^52\./);

    await admin.getByLabel('CBS-code').fill('GM16');
    await admin.getByLabel('Lengtegraad').fill('oost');
    await admin.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await admin.locator('#municipality-code-error').getByText(/“GM” gevolgd door vier cijfers/).waitFor();
    await admin.locator('#municipality-longitude-error').waitFor();
    await expectNoSeriousA11yViolations(admin, 'add municipality with errors');
    await admin.getByLabel('CBS-code').fill('gm0160');
    await admin.getByLabel('Lengtegraad').fill('6.6194');
    await admin.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await waitForHeading(admin, 'Gemeenten');
    await admin.getByText('Hardenberg is toegevoegd aan de pool.').first().waitFor();
    await admin.getByRole('table', { name: '6 gemeenten' }).waitFor();

    await admin.getByRole('link', { name: 'Hardenberg wijzigen' }).click();
    await waitForHeading(admin, 'Gemeente wijzigen');
    await admin.getByText('Deze gemeente heeft nog geen contactpersoon.').first().waitFor();
    await admin.getByLabel('Lid sinds').fill('2024-01-01');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('De gegevens van de gemeente zijn opgeslagen.').first().waitFor();

    await admin.getByLabel('Laatste dag van het lidmaatschap').fill('2023-12-31');
    await admin.getByRole('button', { name: 'Lidmaatschap beëindigen' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Lidmaatschap beëindigen?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(admin, 'edit municipality with the end-membership dialog');
    await dialog.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await admin.locator('#membership-end-date-error').getByText(/Het einde ligt vóór het begin van het lidmaatschap/).waitFor();
    await admin.getByLabel('Laatste dag van het lidmaatschap').fill(amsterdamDay(0));
    await admin.getByRole('button', { name: 'Lidmaatschap beëindigen' }).click();
    await dialog.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await admin.getByText(/Het lidmaatschap van Hardenberg is beëindigd per/).first().waitFor();
    assert.equal(await admin.getByLabel('Lid tot en met').inputValue(), amsterdamDay(0));
  });

  test('the registry pages in English and at phone width', async () => {
    const { page: phone } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example', { viewport: { width: 375, height: 740 } });
    await scanPage(phone, '/register/gezondheid', 'Gezondheid van de pool', (p) => p.getByRole('table', { name: 'Slapende mediators met hun laatste activiteit' }));
    // Wide tables scroll inside their own area; the page itself never scrolls sideways.
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    await scanPage(phone, '/register/instellingen', 'Instellingen van de pool', (p) => p.getByRole('table', { name: 'Uurtarieven' }));
    // Coordinators read the settings; only the administrator changes them.
    assert.equal(await phone.getByRole('button', { name: 'Opslaan' }).count(), 0);
    await phone.getByRole('button', { name: 'English' }).click();
    await waitForHeading(phone, 'Pool settings');
    await scanPage(phone, '/register/mediators', 'Mediators', (p) => p.getByRole('table', { name: '6 mediators' }));
    await phone.getByRole('link', { name: 'View Ingrid Bakker' }).click();
    await waitForHeading(phone, 'Ingrid Bakker');
    await phone.getByRole('heading', { name: 'MfN upkeep' }).waitFor();
    await phone.getByRole('region', { name: 'MfN upkeep' }).getByText(/^(Behind|At risk):/).first().waitFor();
    await expectNoSeriousA11yViolations(phone, 'mediator page in English at phone width');
    await phone.getByRole('button', { name: 'Nederlands' }).click();
    await phone.context().close();
  });
});
