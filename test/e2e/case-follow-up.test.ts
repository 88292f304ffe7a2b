import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { amsterdamToday, announcer, browserSkipReason, expectNoSeriousA11yViolations, launchBrowser, newContext, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/**
 * What the coordinator does on a case around the mediation itself, in the browser: cancel a
 * session with a reason (which the case then shows), record and delete an external mediator's
 * declared hours (paid by the requesting municipality, not netted), and send the satisfaction
 * survey to the parties and again to whoever did not answer. axe-core scans each new state.
 */
describe('sessions, external costs and the survey on a case', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let coordinatorCsrf = '';
  let contact: Page;
  let contactCsrf = '';
  let meppelId = '';

  /** A case referred by Meppel's contact, with two parties with an e-mail address; then status and route set as the earlier steps would. */
  const referCase = async (title: string, set: { status: string; route?: string; concluded_on?: string }) => {
    const res = await contact.request.post('/api/v1/cases', {
      headers: { 'x-csrf-token': contactCsrf },
      data: {
        requestingMunicipalityId: meppelId,
        caseType: 'employment',
        title,
        description: 'Vertrouwelijk: een verschil van inzicht over de werkverdeling.',
        parties: [
          { role: 'employee', name: 'Medewerker D', informed: true, email: 'medewerker.d@example.test' },
          { role: 'manager', name: 'Leidinggevende E', informed: true, email: 'leidinggevende.e@example.test' },
        ],
        referralSource: 'manager',
      },
    });
    assert.equal(res.status(), 201, await res.text());
    const c = (await res.json()) as { id: string; number: string };
    await server.handle.db.updateTable('mediation_case').set(set).where('id', '=', c.id).execute();
    return c;
  };

  const openCase = async (c: { id: string; number: string }) => {
    await coordinator.goto(`/zaken/${c.id}`);
    await waitForHeading(coordinator, new RegExp(c.number));
  };

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    ({ page: coordinator, csrfToken: coordinatorCsrf } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: contact, csrfToken: contactCsrf } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example'));
    const members = (await (await contact.request.get('/api/v1/member-municipalities')).json()).items as { id: string; name: string }[];
    meppelId = members.find((m) => m.name === 'Meppel')!.id;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('cancelling a session asks for the reason, and the case shows it', async () => {
    const c = await referCase('Gesprekken op de afdeling Belastingen', { status: 'in_progress', route: 'formal_mediation' });
    const parties = (await (await coordinator.request.get(`/api/v1/cases/${c.id}`)).json()).confidential.parties as { id: string }[];
    const planned = await coordinator.request.post(`/api/v1/cases/${c.id}/sessions`, {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: { date: amsterdamToday(), start: '23:00', end: '23:45', location: 'Stadhuis Meppel', partyIds: parties.map((p) => p.id) },
    });
    assert.equal(planned.status(), 201, await planned.text());

    await openCase(c);
    const row = coordinator.getByRole('table', { name: 'Gesprekken van deze zaak' }).getByRole('row').filter({ hasText: '23:00–23:45' });
    await row.getByRole('button', { name: /annuleren$/ }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Gesprek annuleren?' });
    await dialog.waitFor();
    // The reason field has the focus; it says the reason is not mailed.
    await coordinator.waitForFunction(() => document.activeElement?.id === 'session-cancel-reason');
    await dialog.getByText('zonder de reden', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'cancel dialog with the reason');

    // Without a reason: in the summary and at the field; nothing is cancelled.
    await dialog.getByRole('button', { name: 'Gesprek annuleren' }).click();
    await dialog.locator('#session-cancel-form-summary').getByRole('link', { name: 'Vul de reden van de annulering in.' }).waitFor();
    await dialog.locator('#session-cancel-reason-error').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'cancel dialog without a reason');
    assert.equal((await (await coordinator.request.get(`/api/v1/sessions/${((await planned.json()) as { id: string }).id}`)).json()).status, 'planned');

    await dialog.getByLabel('Reden van de annulering').fill('De leidinggevende is langdurig ziek.');
    await dialog.getByRole('button', { name: 'Gesprek annuleren' }).click();
    await announcer(coordinator).getByText('Het gesprek is geannuleerd.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Reden: De leidinggevende is langdurig ziek.').waitFor();
    await row.getByText(/^Geannuleerd op /).waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.textContent === 'Het gesprek is geannuleerd.');
    await expectNoSeriousA11yViolations(coordinator, 'case with a cancelled session');

    // The parties heard that it does not go ahead, not why.
    const mails = await server.handle.db.selectFrom('mail_outbox').select('body_text').where('kind', '=', 'session-cancelled').execute();
    assert.ok(mails.length > 0, 'the cancellation was mailed');
    assert.ok(mails.every((m) => !m.body_text.includes('langdurig ziek')), 'the reason stays on the case');
  });

  test('the coordinator records an external mediator’s declared hours and deletes one', async () => {
    const c = await referCase('Klacht van een inwoner over de gemeente', { status: 'in_progress', route: 'external_mediator' });
    // On the external route but nobody engaged yet: the section says what to do first, no form.
    await openCase(c);
    const section = coordinator.getByRole('region', { name: 'Externe mediator: uren en kosten' });
    await section.getByText('Stel eerst via de matching een externe mediator voor', { exact: false }).waitFor();
    assert.equal(await section.getByRole('button', { name: 'Declaratie opslaan' }).count(), 0);
    await expectNoSeriousA11yViolations(coordinator, 'external costs before an engagement');

    const coordinatorRow = await server.handle.db.selectFrom('app_user').select(['id', 'pool_id']).where('email', '=', 'coordinator@mediatorpool.example').executeTakeFirstOrThrow();
    await server.handle.db
      .insertInto('external_mediator_assignment')
      .values({
        pool_id: coordinatorRow.pool_id,
        case_id: c.id,
        name: 'mr. F. Onafhankelijk',
        organisation: 'Onafhankelijk Mediation',
        mfn_number: 'MfN-9876',
        agreed_rate_cents: 12500,
        chosen_by: 'parties',
        reason: 'De inwoner wilde een mediator van buiten de gemeenten.',
        status: 'assigned',
        created_by: coordinatorRow.id,
      })
      .execute();

    await openCase(c);
    await section.getByText('niet tussen de gemeenten verrekend', { exact: false }).waitFor();
    await section.getByText('Ingezet: mr. F. Onafhankelijk (Onafhankelijk Mediation), afgesproken uurtarief € 125,00.').waitFor();
    await section.getByText('Nog geen declaraties vastgelegd.').waitFor();
    // Name, organisation and rate come from matching: they are not typed again.
    assert.equal(await section.getByLabel('Afgesproken uurtarief').count(), 0);
    await expectNoSeriousA11yViolations(coordinator, 'external costs on a case');

    // A wrong time: named, the summary takes the focus.
    await section.getByLabel('Gedeclareerde tijd').fill('twee uur');
    await section.getByRole('button', { name: 'Declaratie opslaan' }).click();
    const summary = coordinator.locator('#external-cost-form-summary');
    await summary.getByRole('link', { name: 'Vul de tijd in als minuten (90) of uren:minuten (12:30).' }).waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.id === 'external-cost-form-summary');
    await expectNoSeriousA11yViolations(coordinator, 'external cost form with errors');

    await section.getByLabel('Gedeclareerde tijd').fill('2:30');
    await section.getByLabel('Notitie (optioneel)').fill('Factuur 2026-014');
    await section.getByRole('button', { name: 'Declaratie opslaan' }).click();
    await announcer(coordinator).getByText('De declaratie van 2 u 30 min is vastgelegd.').waitFor();
    await section.getByLabel('Gedeclareerde tijd').fill('45');
    await section.getByRole('button', { name: 'Declaratie opslaan' }).click();
    await announcer(coordinator).getByText('De declaratie van 45 min is vastgelegd.').waitFor();
    const table = section.getByRole('table', { name: 'Declaraties van de externe mediator op deze zaak' });
    await table.getByRole('row').filter({ hasText: 'Factuur 2026-014' }).getByRole('cell', { name: '2 u 30 min', exact: true }).waitFor();
    // 3 h 15 min at € 125: € 406,25.
    await section.getByText('€ 406,25', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'external costs with declarations');

    await table.getByRole('row').filter({ hasText: '45 min' }).getByRole('button', { name: /verwijderen$/ }).click();
    const confirm = coordinator.getByRole('dialog', { name: 'Declaratie verwijderen?' });
    await confirm.waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'delete declaration dialog');
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await announcer(coordinator).getByText('De declaratie is verwijderd.').waitFor();
    await table.getByRole('row').filter({ hasText: '45 min' }).waitFor({ state: 'detached' });
    await section.getByText('€ 312,50', { exact: false }).waitFor();

    // The pool's overview on the settlement page counts the same, outside the netting.
    const overview = (await (await coordinator.request.get('/api/v1/external-costs')).json()) as { totalCostCents: number };
    assert.equal(overview.totalCostCents, 31250);
  });

  test('the coordinator sends the satisfaction survey and sends it again to whoever did not answer', async () => {
    const c = await referCase('Afgeronde mediation op de afdeling Financiën', { status: 'concluded', route: 'formal_mediation', concluded_on: amsterdamToday() });
    await openCase(c);
    const section = coordinator.getByRole('region', { name: 'Uitkomst en nazorg' });
    const panel = section.getByRole('region', { name: 'Tevredenheidsvraag aan de partijen' });
    await panel.getByText('Nog niet verstuurd.').waitFor();
    await panel.getByRole('button', { name: 'Tevredenheidsvraag versturen' }).click();
    const send = coordinator.getByRole('dialog', { name: 'Tevredenheidsvraag versturen?' });
    await send.waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'send survey dialog');
    await send.getByRole('button', { name: 'Tevredenheidsvraag versturen' }).click();
    await announcer(coordinator).getByText('De tevredenheidsvraag is verstuurd aan 2 partijen.').waitFor();
    await panel.getByText('Verstuurd op').waitFor();
    await panel.getByText('0 van de 2 links gebruikt').waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'survey sent');

    // One party answers through the link in their mail.
    const mail = await server.handle.db.selectFrom('mail_outbox').select('body_text').where('kind', '=', 'satisfaction-survey').where('to_address', '=', 'medewerker.d@example.test').executeTakeFirstOrThrow();
    const token = /tevredenheid\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
    const party = await newContext(browser, server.baseUrl);
    const answered = await party.request.post(`/api/v1/satisfaction/${token}`, { data: { process: 4, mediator: 5, outcome: 4 } });
    assert.equal(answered.status(), 204, await answered.text());

    await coordinator.reload();
    await waitForHeading(coordinator, new RegExp(c.number));
    await panel.getByText('1 van de 2 links gebruikt').waitFor();
    await panel.getByRole('button', { name: 'Opnieuw versturen' }).click();
    const again = coordinator.getByRole('dialog', { name: 'Tevredenheidsvraag opnieuw versturen?' });
    await again.getByText('De partij die nog niet heeft geantwoord krijgt een nieuwe link.', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'send survey again dialog');
    await again.getByRole('button', { name: 'Opnieuw versturen' }).click();
    await announcer(coordinator).getByText('De tevredenheidsvraag is opnieuw verstuurd aan 1 partij.').waitFor();
    await panel.getByText('Laatst opnieuw verstuurd op').waitFor();
    const toManager = await server.handle.db.selectFrom('mail_outbox').select('id').where('kind', '=', 'satisfaction-survey').where('to_address', '=', 'leidinggevende.e@example.test').execute();
    const toEmployee = await server.handle.db.selectFrom('mail_outbox').select('id').where('kind', '=', 'satisfaction-survey').where('to_address', '=', 'medewerker.d@example.test').execute();
    assert.deepEqual([toManager.length, toEmployee.length], [2, 1], 'only the party without an answer got a second mail');
    await expectNoSeriousA11yViolations(coordinator, 'survey sent again');
  });
});
