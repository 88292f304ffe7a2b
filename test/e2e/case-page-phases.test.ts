import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { poolToday } from '../../src/server/modules/registry/registry-support.js';
import { seedDemoRegistry } from '../../src/server/modules/registry/seed-demo-registry.js';
import { AXE_TAGS, amsterdamToday, browserSkipReason, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/** axe-core on the whole page: no critical, serious or moderate violation. */
async function expectNoModerateA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`).join('\n');
  assert.equal(bad.length, 0, `axe found violations on ${label}:\n${report}`);
}

/** The headings of the page's sections (h2), in order. */
const sectionHeadings = (page: Page) => page.getByRole('heading', { level: 2 }).allTextContents();

/**
 * The case page follows the case's phase: a summary card with the one primary next step, an
 * in-page menu of only the parts that apply, and after assignment the parties' consent record.
 * Cases are moved on through the API as the earlier steps would; the page is what is tested.
 */
describe('the case page by phase', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let headers: Record<string, string> = {};
  let meppelId = '';
  let contactPage: Page;
  let contactCsrf = '';

  const refer = async (title: string) => {
    const res = await contactPage.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': contactCsrf },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title,
        description: 'Een medewerker en zijn leidinggevende verschillen van mening over het rooster.',
        parties: [
          { role: 'employee', name: 'Medewerker F', municipalityId: meppelId, department: 'Burgerzaken', informed: true },
          { role: 'manager', name: 'Leidinggevende G', municipalityId: meppelId, department: 'Burgerzaken', informed: true },
        ],
        referralSource: 'manager',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    const c = (await res.json()) as { id: string; number: string };
    assert.equal((await coordinator.request.post(`/api/v1/cases/${c.id}/transitions`, { headers, data: { from: 'registered', to: 'triage' } })).status(), 200);
    return c;
  };

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
    headers = { 'x-csrf-token': signedIn.csrfToken };
    ({ page: contactPage, csrfToken: contactCsrf } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example'));
    const members = (await (await contactPage.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    meppelId = members.find((m) => m.name === 'Meppel')!.id;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a case in triage shows no documents, sessions, hours or agreement; its next step is the triage', async () => {
    const c = await refer('Roosterconflict bij Burgerzaken');
    await coordinator.goto(`/zaken/${c.id}`);
    await waitForHeading(coordinator, new RegExp(`^${c.number}:`));
    await coordinator.getByRole('table', { name: 'Partijen bij deze zaak' }).waitFor();
    await coordinator.getByRole('heading', { name: 'Tijdlijn' }).waitFor();

    const menu = coordinator.getByRole('navigation', { name: 'Onderdelen van deze zaak' });
    assert.deepEqual(await menu.getByRole('link').allTextContents(), ['Overzicht', 'Partijen', 'Tijdlijn']);
    const headings = await sectionHeadings(coordinator);
    for (const absent of ['Documenten', 'Gesprekken', 'Uren', 'Uitkomst en nazorg', 'Mediationovereenkomst', 'Kandidaat-mediators']) {
      assert.ok(!headings.includes(absent), `no "${absent}" in triage: ${headings.join(', ')}`);
    }
    assert.equal(await coordinator.getByRole('region', { name: 'Documenten' }).count(), 0);

    // The summary card: the phase, and the triage as the one primary step.
    await coordinator.getByText('De zaak wacht op de triage', { exact: false }).waitFor();
    const primary = coordinator.locator('.mp-case-summary .utrecht-button-link--primary-action, .mp-case-summary .utrecht-button--primary-action');
    assert.deepEqual(await primary.allTextContents(), ['Triage uitvoeren']);
    await expectNoModerateA11yViolations(coordinator, 'case in triage (nl)');
  });

  test('after assignment the primary step is "Mediation starten" and the consent record is visible; the menu works by keyboard; axe in Dutch and English', async () => {
    const c = await refer('Samenwerking bij Burgerzaken');
    const triage = await coordinator.request.post(`/api/v1/cases/${c.id}/triage`, { headers, data: { route: 'formal_mediation', contraIndications: [], reason: 'Beide partijen willen praten.' } });
    assert.equal(triage.status(), 200, await triage.text());
    const list = (await (await coordinator.request.get(`/api/v1/cases/${c.id}/candidates`)).json()) as { eligible: { mediator: { id: string; name: string } }[] };
    const ingrid = list.eligible.find((x) => x.mediator.name === 'Ingrid Bakker');
    assert.ok(ingrid, 'Ingrid Bakker is a candidate');
    const proposed = await coordinator.request.post(`/api/v1/cases/${c.id}/proposals`, { headers, data: { mediatorId: ingrid.mediator.id } });
    assert.equal(proposed.status(), 201, await proposed.text());
    const proposal = (await proposed.json()) as { id: string; parties: { id: string; name: string }[] };

    // While proposed, the primary step leads to the proposal and its consents.
    await coordinator.goto(`/zaken/${c.id}`);
    await waitForHeading(coordinator, new RegExp(`^${c.number}:`));
    await coordinator.locator('.mp-case-summary').getByRole('link', { name: 'Voorstel en instemming bekijken' }).waitFor();

    const mediator = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example');
    const accepted = await mediator.page.request.post(`/api/v1/proposals/${proposal.id}/accept`, {
      headers: { 'x-csrf-token': mediator.csrfToken },
      data: { noInterestInOutcome: true, noEarlierAdviceToAParty: true, relationshipsDisclosure: null },
    });
    assert.equal(accepted.status(), 200, await accepted.text());
    for (const [party, method] of [
      [proposal.parties.find((p) => p.name === 'Medewerker F')!, 'phone'],
      [proposal.parties.find((p) => p.name === 'Leidinggevende G')!, 'letter'],
    ] as const) {
      const res = await coordinator.request.post(`/api/v1/proposals/${proposal.id}/consents`, { headers, data: { partyId: party.id, decision: 'accept', method, givenOn: amsterdamToday() } });
      assert.equal(res.status(), 201, await res.text());
    }

    await coordinator.goto(`/zaken/${c.id}`);
    await waitForHeading(coordinator, new RegExp(`^${c.number}:`));
    await coordinator.getByRole('region', { name: 'Kerngegevens' }).getByText('Toegewezen', { exact: true }).waitFor();
    const actions = coordinator.getByRole('region', { name: 'Volgende stap' });
    const primary = actions.locator('.utrecht-button--primary-action');
    await primary.first().waitFor();
    assert.deepEqual(await primary.allTextContents(), ['Mediation starten']);
    // "Opnieuw matchen" is still offered, but after the step forward.
    const buttons = await actions.getByRole('button').allTextContents();
    assert.deepEqual(buttons.slice(0, 2), ['Mediation starten', 'Opnieuw matchen']);

    // The consent record: each party, how, when and by whom it was recorded.
    const record = coordinator.getByRole('table', { name: 'Instemming per partij' });
    const phoneRow = record.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: /Medewerker F/ }) });
    await phoneRow.getByText('Telefoon').waitFor();
    await phoneRow.getByText('Stemt in').waitFor();
    await phoneRow.getByText(/^door Hans Koster, /).waitFor();
    const letterRow = record.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: /Leidinggevende G/ }) });
    await letterRow.getByText('Brief').waitFor();

    const menu = coordinator.getByRole('navigation', { name: 'Onderdelen van deze zaak' });
    assert.deepEqual(await menu.getByRole('link').allTextContents(), ['Overzicht', 'Partijen', 'Matching', 'Gesprekken', 'Documenten', 'Uren', 'Tijdlijn']);
    await coordinator.getByRole('heading', { name: 'Gesprekken', level: 2 }).waitFor();
    await expectNoModerateA11yViolations(coordinator, 'assigned case (nl)');

    // By keyboard: Tab reaches the menu, Enter moves the focus to the part and puts it in the address.
    const link = menu.getByRole('link', { name: 'Uren' });
    await link.focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForFunction(() => document.activeElement?.id === 'uren');
    assert.equal(new URL(coordinator.url()).hash, '#uren');
    await coordinator.keyboard.press('Tab');
    assert.ok(await coordinator.evaluate(() => document.getElementById('uren')!.contains(document.activeElement)), 'Tab continues inside the part');
    await menu.getByRole('link', { name: 'Matching' }).focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForFunction(() => document.activeElement?.id === 'matching');

    // A link with the part opens the page there.
    await coordinator.goto(`/zaken/${c.id}#gesprekken`);
    await waitForHeading(coordinator, new RegExp(`^${c.number}:`));
    await coordinator.waitForFunction(() => document.activeElement?.id === 'gesprekken');

    // English: the same page, without Dutch in the new parts.
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator.getByRole('navigation', { name: 'Parts of this case' }).getByRole('link', { name: 'Sessions' }).waitFor();
    await coordinator.getByRole('table', { name: 'Consent per party' }).getByText('Phone').waitFor();
    await coordinator.getByRole('region', { name: 'Next step' }).getByRole('button', { name: 'Start mediation' }).waitFor();
    await coordinator.getByText('The mediator has been assigned; the mediation can start.').waitFor();
    await expectNoModerateA11yViolations(coordinator, 'assigned case (en)');
    await coordinator.getByRole('button', { name: 'Nederlands' }).click();
    await coordinator.getByRole('navigation', { name: 'Onderdelen van deze zaak' }).waitFor();
  });
});
