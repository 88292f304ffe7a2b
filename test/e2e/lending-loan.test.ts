import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { sql } from 'kysely';
import { amsterdamToday, browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { DEMO_PASSWORD, startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { DEMO_NETWORK_ACCOUNTS, DEMO_NETWORK_POOL, seedDemoNetwork } from '../../src/server/modules/network/index.js';
import { DEMO_LOAN_CASE_TITLE, seedDemoLoanCase } from '../../src/server/modules/lending/index.js';

const skip = browserSkipReason();
const MEPPEL = 'Mediatorpool Meppel en omstreken';
const COORDINATOR = 'coordinator@mediatorpool.example';
const RMN_COORDINATOR = DEMO_NETWORK_ACCOUNTS.coordinator.email;
const NOOR = DEMO_NETWORK_ACCOUNTS.mediator;

/**
 * Issue 15, item 2 in the browser ("Done when": a Meppel case with no eligible home candidate gets
 * a mediator from the Regional Mediation Network): the demo's loan case; the Meppel coordinator
 * sees Noor de Wit under "Uit partnerpools" and asks to borrow her (withdraws the request after a
 * confirmation and asks again), the network's coordinator
 * approves on the loan requests page, the Meppel coordinator proposes her as usual, Noor (with
 * Meppel chosen) accepts with the declaration, the parties consent and the case is assigned.
 * axe on the new section and page in Dutch and English.
 */
describe('lending a mediator between pools in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let caseId = '';
  let meppelId = '';

  before(async () => {
    server = await startE2eServer();
    const db = server.handle.db;
    meppelId = (await db.selectFrom('pool').select('id').where('name', '=', MEPPEL).executeTakeFirstOrThrow()).id;
    await seedDemoNetwork(db, meppelId, await hashPassword(DEMO_PASSWORD));
    await seedDemoLoanCase(db, meppelId);
    await sql`UPDATE pool_settings SET require_second_factor = false`.execute(db);
    caseId = (await db.selectFrom('mediation_case').select('id').where('title', '=', DEMO_LOAN_CASE_TITLE).executeTakeFirstOrThrow()).id;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The signed-in person's language (kept on the account), for the English checks and back. */
  const language = async (page: Page, csrfToken: string, locale: 'nl' | 'en') => {
    const res = await page.request.patch('/api/v1/me', { headers: { 'x-csrf-token': csrfToken }, data: { locale } });
    assert.equal(res.status(), 200, await res.text());
  };

  test('the Meppel coordinator sees the partner pool’s mediator and asks the loan', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, COORDINATOR);
    await page.goto(`/zaken/${caseId}`);
    const section = page.getByRole('region', { name: 'Uit partnerpools' });
    await section.getByText('Niemand uit de eigen pool komt in aanmerking.', { exact: false }).waitFor();
    const row = section.getByRole('table', { name: 'Geschikte mediators uit partnerpools' }).getByRole('row').filter({ hasText: NOOR.name });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    for (const part of [DEMO_NETWORK_POOL.name, 'Zeist', 'Mediator', 'nl, en', 'Beschikbaar']) assert.ok(text.includes(part), `${part} in "${text}"`);
    await expectNoA11yViolations(page, 'case page with partner candidates (nl)');
    await row.getByRole('button', { name: `Lenen aanvragen: ${NOOR.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Mediator lenen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Aanvragen' }).click();
    await section.getByText(`Lening van ${NOOR.name} aangevraagd.`).waitFor();
    await row.getByText('Aangevraagd').waitFor();

    // Withdrawn after a confirmation while it still waits, and asked again.
    await section.getByRole('button', { name: new RegExp(`^Lening intrekken: ${NOOR.name} voor zaak `) }).click();
    const withdrawDialog = page.getByRole('dialog', { name: 'Lening intrekken?' });
    await withdrawDialog.getByText(`U trekt het verzoek in om ${NOOR.name} te lenen van ${DEMO_NETWORK_POOL.name}.`, { exact: false }).waitFor();
    await expectNoA11yViolations(page, 'withdraw loan dialog (nl)');
    await withdrawDialog.getByRole('button', { name: 'Lening intrekken' }).click();
    await section.getByText(`Lening van ${NOOR.name} ingetrokken.`).waitFor();
    await section.getByText(`${NOOR.name} (${DEMO_NETWORK_POOL.name}): Ingetrokken`).waitFor();
    await row.getByRole('button', { name: `Lenen aanvragen: ${NOOR.name}` }).click();
    await dialog.getByRole('button', { name: 'Aanvragen' }).click();
    await section.getByText(`Lening van ${NOOR.name} aangevraagd.`).waitFor();
    await row.getByText('Aangevraagd').waitFor();
    await page.context().close();

    const en = await signedInPage(browser, server.baseUrl, COORDINATOR);
    await language(en.page, en.csrfToken, 'en');
    await en.page.goto(`/zaken/${caseId}`);
    await en.page.getByRole('region', { name: 'From partner pools' }).getByRole('table', { name: 'Suitable mediators from partner pools' }).getByText('Requested').waitFor();
    await expectNoA11yViolations(en.page, 'case page with partner candidates (en)');
    await language(en.page, en.csrfToken, 'nl');
    await en.page.context().close();
  });

  test('the network’s coordinator approves on the loan requests page', async () => {
    const en = await signedInPage(browser, server.baseUrl, RMN_COORDINATOR);
    await language(en.page, en.csrfToken, 'en');
    await en.page.goto('/uitlenen/verzoeken');
    await waitForHeading(en.page, 'Loan requests');
    await en.page.getByRole('table', { name: 'Loan requests waiting for your decision' }).getByText(NOOR.name, { exact: false }).waitFor();
    await expectNoA11yViolations(en.page, 'loan requests page (en)');
    await language(en.page, en.csrfToken, 'nl');
    await en.page.context().close();

    const { page } = await signedInPage(browser, server.baseUrl, RMN_COORDINATOR);
    await page.goto('/');
    // "Mijn werk" counts the request waiting for her decision and leads straight to it.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitleenverzoeken' }).waitFor();
    const work = page.locator('[data-section="loanRequests"]');
    await work.getByRole('heading', { level: 3, name: 'Uitleenverzoeken van partnerpools (1)' }).waitFor();
    await work.getByRole('link', { name: new RegExp(`^${NOOR.name} — ${MEPPEL}`) }).click();
    await waitForHeading(page, 'Uitleenverzoeken');
    const waiting = page.getByRole('table', { name: 'Uitleenverzoeken die op uw besluit wachten' });
    const row = waiting.getByRole('row').filter({ hasText: NOOR.name });
    await row.waitFor();
    assert.ok(!((await page.content()).includes('Els Hoogeveen')), 'the lending pool sees no party of the case');
    await expectNoA11yViolations(page, 'loan requests page (nl)');
    await row.getByRole('button', { name: /^Goedkeuren: / }).click();
    const dialog = page.getByRole('dialog', { name: 'Lening goedkeuren?' });
    await dialog.waitFor();
    await expectNoA11yViolations(page, 'approve dialog');
    await dialog.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText(`Lening van ${NOOR.name} goedgekeurd.`).first().waitFor();
    await page.getByText('Er wachten geen uitleenverzoeken.').waitFor();
    await page.getByRole('table', { name: 'Leningen van en aan uw pool' }).getByText('Goedgekeurd').waitFor();
    await page.context().close();
  });

  test('proposed as usual in Meppel; Noor accepts with Meppel chosen; the parties consent and the case is assigned', async () => {
    const { page, csrfToken } = await signedInPage(browser, server.baseUrl, COORDINATOR);
    await page.goto(`/zaken/${caseId}`);
    const candidates = page.getByRole('region', { name: 'Kandidaat-mediators' });
    await candidates.getByRole('button', { name: `${NOOR.name} voorstellen` }).click();
    const dialog = page.getByRole('dialog', { name: 'Mediator voorstellen' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Voorstel doen' }).click();
    await page.getByText(`${NOOR.name} is voorgesteld.`).first().waitFor();

    // Noor, with the pool switcher's choice of Meppel, finds the proposal among her tasks.
    const noor = await signedInPage(browser, server.baseUrl, NOOR.email);
    const switched = await noor.page.request.put('/api/v1/me/pool', { data: { poolId: meppelId }, headers: { 'x-csrf-token': noor.csrfToken } });
    assert.equal(switched.status(), 200, await switched.text());
    await noor.page.goto('/taken');
    await waitForHeading(noor.page, 'Mijn taken');
    const link = noor.page.getByRole('table', { name: 'Voorstellen die op uw antwoord wachten' }).getByRole('link');
    await link.click();
    await waitForHeading(noor.page, /^Voorstel voor zaak /);
    await noor.page.getByLabel('Accepteren met verklaring').check();
    await noor.page.getByLabel('Ik heb geen belang bij de uitkomst van deze zaak.').check();
    await noor.page.getByLabel('Ik heb geen van de partijen eerder geadviseerd.').check();
    await noor.page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await noor.page.getByText('U hebt het voorstel geaccepteerd.', { exact: false }).waitFor();
    await noor.page.context().close();

    // The parties' written consent, recorded by the coordinator (the consent pages are matching's own tests).
    const db = server.handle.db;
    const proposal = await db.selectFrom('case_proposal').select('id').where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirstOrThrow();
    for (const party of await db.selectFrom('case_party').select('id').where('case_id', '=', caseId).execute()) {
      const res = await page.request.post(`/api/v1/proposals/${proposal.id}/consents`, {
        data: { partyId: party.id, decision: 'accept', method: 'phone', givenOn: amsterdamToday() },
        headers: { 'x-csrf-token': csrfToken },
      });
      assert.equal(res.status(), 201, await res.text());
    }
    const row = await db.selectFrom('mediation_case').select('status').where('id', '=', caseId).executeTakeFirstOrThrow();
    assert.equal(row.status, 'assigned');
    await page.goto(`/zaken/${caseId}`);
    await page.getByText(NOOR.name, { exact: false }).first().waitFor();
    await page.context().close();
  });
});
