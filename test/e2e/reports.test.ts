import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { readCsv } from '../../src/domain/registry/csv.js';
import { seedDemoRegistry } from '../../src/server/modules/registry/seed-demo-registry.js';
import { seedDemoYear } from '../../src/server/modules/reports/seed-demo-year.js';
import { assertNothingCutOff, browserSkipReason, expectNoA11yViolations, expectNoSeriousA11yViolations, focusedId, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

/** "1.234,5" on screen and "1234,5" in the CSV are the same figure. */
const figure = (text: string) => text.trim().replace(/\./g, '');

/** "1.234 u 5 min" on screen is 74045 minutes in the CSV (the exports keep minutes). */
function minutesOnScreen(text: string): string {
  const m = /^(−)?(?:([\d.]+) u)? ?(?:(\d+) min)?$/.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return text;
  const minutes = Number((m[2] ?? '0').replace(/\./g, '')) * 60 + Number(m[3] ?? '0');
  return `${m[1] ? '-' : ''}${minutes}`;
}

/**
 * The report pages in the browser on the demo pool's year (seedDemoRegistry and seedDemoYear,
 * which the e2e server leaves out): every chart has bars, a table agrees with its CSV export,
 * a contact sees their own municipality only, "te weinig zaken" for a small municipality, the
 * benchmark, the downloads, and axe-core scans of each page and at phone width.
 */
describe('reports in the browser', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let contact: Page;
  let finance: Page;
  let members: { id: string; name: string }[] = [];

  before(async () => {
    server = await startE2eServer();
    const pool = await server.handle.db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
    await seedDemoRegistry(server.handle.db, pool.id);
    await seedDemoYear(server.handle.db, pool.id);
    browser = await launchBrowser();
    ({ page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: contact } = await signedInPage(browser, server.baseUrl, 'contact.meppel@mediatorpool.example'));
    ({ page: finance } = await signedInPage(browser, server.baseUrl, 'financien@mediatorpool.example'));
    members = (await (await coordinator.request.get('/api/v1/member-municipalities')).json()).items;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the report page and waits until the sections have arrived. */
  const openReports = async (page: Page, path = '/rapportages') => {
    await page.goto(path);
    await waitForHeading(page, 'Rapportages');
    await page.locator('.mp-report-section').first().waitFor();
  };

  test('one part at a time in tabs (in the address, by keyboard): each with its chart, table and downloads, nothing cut off at 1280 px', async () => {
    await openReports(coordinator);
    assert.match(await coordinator.title(), /^Rapportages – /);
    await coordinator.getByRole('link', { name: 'Rapportages', exact: true }).first().waitFor();
    // The default period is this calendar year.
    const year = new Date().getFullYear();
    assert.equal(await coordinator.getByLabel('Van', { exact: true }).inputValue(), `${year}-01-01`);
    assert.equal(await coordinator.getByLabel('Tot en met').inputValue(), `${year}-12-31`);

    const tabs = coordinator.getByRole('tablist', { name: 'Onderdelen van de rapportage' }).getByRole('tab');
    const count = await tabs.count();
    assert.ok(count >= 10, `${count} tabs`);
    // The first part is shown; the others are not on the page.
    assert.equal(await tabs.first().getAttribute('aria-selected'), 'true');
    assert.equal(await coordinator.locator('.mp-report-section').count(), 1);
    await assertNothingCutOff(coordinator);
    await expectNoA11yViolations(coordinator, '/rapportages (coordinator, first part)');

    let charts = 0;
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i);
      await tab.click();
      const panel = coordinator.getByRole('tabpanel', { name: (await tab.innerText()).trim() });
      await panel.waitFor();
      assert.equal(await tab.getAttribute('aria-selected'), 'true');
      assert.equal(await panel.getAttribute('id'), await tab.getAttribute('aria-controls'));
      assert.equal(new URL(coordinator.url()).searchParams.get('onderdeel'), (await panel.getAttribute('id'))!.replace(/^report-/, ''));
      // Every part has its table, in a focusable scroll box named after it, and both downloads.
      assert.equal(await panel.locator('table caption').count(), 1);
      const caption = (await panel.locator('table caption').innerText()).trim();
      assert.equal(await panel.getByRole('region', { name: caption }).getAttribute('tabindex'), '0');
      assert.equal(await panel.getByRole('link', { name: /downloaden als (CSV|Excel \(XLSX\))$/ }).count(), 2);
      const chart = panel.getByRole('img', { name: /^Staafgrafiek: / });
      if ((await chart.count()) > 0) {
        charts++;
        const title = (await coordinator.locator(`[id="${await chart.getAttribute('aria-labelledby')}"]`).textContent()) ?? '';
        // The survey starts empty: fewer than 5 answers show "te weinig zaken" instead of bars.
        if (title.includes('Tevredenheid')) assert.match(title, /te weinig zaken/);
        else assert.ok(Number(await chart.getAttribute('data-chart-bars')) > 0, `chart "${title.slice(0, 60)}" has bars`);
      }
      await assertNothingCutOff(coordinator);
    }
    assert.ok(charts >= 9, `${charts} charts`);

    // The WAI-ARIA keys: the arrows move to the next part (and show it), Home and End to the first and last.
    await tabs.first().click();
    await tabs.first().focus();
    await coordinator.keyboard.press('ArrowRight');
    assert.equal(await focusedId(coordinator), 'report-tab-referrals-per-month');
    await coordinator.getByRole('tabpanel', { name: 'Aanmeldingen per maand (dit jaar en vorig jaar)' }).waitFor();
    assert.equal(new URL(coordinator.url()).searchParams.get('onderdeel'), 'referrals-per-month');
    // Two series this year against last, told apart by a legend and a hatched pattern.
    const months = coordinator.locator('#report-referrals-per-month');
    await months.getByRole('list', { name: 'Legenda' }).getByText('Vorig jaar').waitFor();
    assert.equal(await months.locator('pattern').count(), 1);
    await coordinator.keyboard.press('End');
    assert.equal(await focusedId(coordinator), 'report-tab-satisfaction');
    await coordinator.keyboard.press('ArrowRight');
    assert.equal(await focusedId(coordinator), 'report-tab-summary', 'from the last to the first');
    await coordinator.keyboard.press('ArrowLeft');
    assert.equal(await focusedId(coordinator), 'report-tab-satisfaction');
    await coordinator.keyboard.press('Home');
    assert.equal(await focusedId(coordinator), 'report-tab-summary');
    // One tab stop: Tab leaves the tab list for the panel.
    await coordinator.keyboard.press('Tab');
    assert.equal(await focusedId(coordinator), 'report-summary');

    // The part in the address survives a reload; hours read as hours, the downloads keep minutes.
    await coordinator.goto('/rapportages?onderdeel=hours');
    const hours = coordinator.getByRole('tabpanel', { name: 'Uren geleverd en afgenomen per gemeente (goedgekeurd)' });
    await hours.waitFor();
    assert.deepEqual((await hours.locator('thead th').allInnerTexts()).slice(2), ['Geleverd (uren)', 'Afgenomen (uren)', 'Saldo (uren)']);
    for (const cell of await hours.locator('tbody td').allInnerTexts()) if (/\d/.test(cell)) assert.match(cell, /^−?(?:[\d.]+ u)? ?(?:\d+ min)?$/, cell);
    await expectNoA11yViolations(coordinator, '/rapportages?onderdeel=hours');

    // In English, with every landmark named once.
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator.getByRole('tabpanel', { name: 'Hours supplied and used per municipality (approved)' }).waitFor();
    assert.deepEqual((await coordinator.getByRole('tabpanel').locator('thead th').allInnerTexts()).slice(2), ['Supplied (hours)', 'Used (hours)', 'Balance (hours)']);
    await assertNothingCutOff(coordinator);
    await expectNoA11yViolations(coordinator, '/rapportages?onderdeel=hours in English');
    await coordinator.getByRole('tab', { name: 'Throughput times in working days' }).click();
    await assertNothingCutOff(coordinator);
    await expectNoA11yViolations(coordinator, '/rapportages?onderdeel=throughput in English');
    await coordinator.getByRole('button', { name: 'Nederlands' }).click();
    await waitForHeading(coordinator, 'Rapportages');
  });

  test("a table's figures equal its CSV export", async () => {
    await openReports(coordinator);
    for (const id of ['by-type', 'hours', 'outcomes']) {
      await openReports(coordinator, `/rapportages?onderdeel=${id}`);
      const section = coordinator.locator(`#report-${id}`);
      const href = await section.getByRole('link', { name: /downloaden als CSV$/ }).getAttribute('href');
      const res = await coordinator.request.get(href!);
      assert.equal(res.status(), 200);
      assert.match(res.headers()['content-type'] ?? '', /text\/csv/);
      const csv = readCsv(await res.text(), { maxRows: 1000, delimiter: ';' });
      if (!csv.ok) throw new Error(`${id}: the CSV does not parse`);
      const rows = await section.locator('tbody tr').all();
      assert.equal(rows.length, csv.rows.length, `${id}: as many rows as the CSV`);
      // A group of fewer than 5 is withheld in both (an empty cell), so a row may have no figure;
      // every table still has rows that do.
      let rowsWithFigures = 0;
      for (const [i, row] of rows.entries()) {
        // Minutes read as hours on the page ("12 u 30 min"); the CSV keeps the minutes.
        const cells = (await row.locator('th, td').allTextContents()).map((c) => figure(minutesOnScreen(c)));
        const fields: string[] = csv.rows[i]!.fields.map(figure);
        // The screen leaves out the code column of grouped tables; the CSV starts with it.
        const comparable: string[] = csv.header[0] === 'Code' ? fields.slice(1) : fields;
        const numeric: [string, string | undefined][] = comparable.map((f, j): [string, string | undefined] => [f, cells[j]]).filter(([f]) => /^-?\d+(,\d+)?$/.test(f));
        if (numeric.length > 0) rowsWithFigures++;
        for (const [f, c] of numeric) assert.equal(c, f, `${id} row ${i}`);
      }
      assert.ok(rowsWithFigures > 0, `${id}: rows with figures`);
    }
    await openReports(coordinator, '/rapportages?onderdeel=by-type');
    const xlsx = await coordinator.request.get((await coordinator.locator('#report-by-type').getByRole('link', { name: /Excel \(XLSX\)$/ }).getAttribute('href'))!);
    assert.equal(xlsx.status(), 200);
    assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
  });

  test('a wrong period is refused at the field', async () => {
    await openReports(coordinator);
    await coordinator.getByLabel('Van', { exact: true }).fill('2026-06-01');
    await coordinator.getByLabel('Tot en met').fill('2026-01-01');
    await coordinator.getByRole('button', { name: 'Rapportage tonen' }).click();
    await coordinator.locator('#report-to-error').getByText('De einddatum ligt vóór de begindatum.').waitFor();
    assert.equal(await coordinator.getByLabel('Tot en met').getAttribute('aria-invalid'), 'true');
    await expectNoSeriousA11yViolations(coordinator, '/rapportages with a wrong period');
  });

  test('a municipality with fewer than 5 cases shows "te weinig zaken" instead of percentages', async () => {
    const year = new Date().getFullYear();
    let small: { id: string; name: string } | undefined;
    for (const m of members) {
      const r = await (await coordinator.request.get(`/api/v1/reports?from=${year}-01-01&to=${year}-12-31&municipalityId=${m.id}`)).json();
      if (r.tooFewCases) small = m;
    }
    if (!small) {
      // Every member has 5 cases or more this year: a period of one day has fewer.
      small = members[0]!;
      await openReports(coordinator, `/rapportages?van=${year}-01-01&tot=${year}-01-01&gemeente=${small.id}&onderdeel=by-type`);
    } else {
      // The part chosen stays when the period or municipality changes.
      await openReports(coordinator, '/rapportages?onderdeel=by-type');
      await coordinator.getByLabel('Gemeente', { exact: true }).selectOption({ label: small.name });
      await coordinator.getByRole('button', { name: 'Rapportage tonen' }).click();
    }
    await coordinator.getByText(`${small.name}, `).first().waitFor();
    await coordinator.getByText('Te weinig zaken in deze periode (minder dan 5)', { exact: false }).waitFor();
    const byType = coordinator.locator('#report-by-type');
    await byType.getByText('Te weinig zaken (minder dan 5)', { exact: false }).waitFor();
    const cells = await byType.locator('tbody td').allTextContents();
    assert.ok(cells.every((c) => c === 'te weinig zaken'), 'no figures for a small municipality');
    await expectNoSeriousA11yViolations(coordinator, '/rapportages for a small municipality');
  });

  test('a contact sees their own municipality only', async () => {
    await openReports(contact);
    await contact.getByText(/^Meppel, /).waitFor();
    assert.equal(await contact.getByLabel('Gemeente', { exact: true }).inputValue(), 'Meppel');
    assert.equal(await contact.getByLabel('Gemeente', { exact: true }).getAttribute('readonly'), '');
    await contact.getByRole('tab', { name: 'Uren geleverd en afgenomen per gemeente (goedgekeurd)' }).click();
    const hours = await contact.locator('#report-hours tbody th').allTextContents();
    assert.deepEqual(hours, ['GM0119']);
    // Another municipality in the address is refused, as if it did not exist.
    const staphorst = members.find((m) => m.name === 'Staphorst')!;
    await contact.goto(`/rapportages?gemeente=${staphorst.id}`);
    await waitForHeading(contact, 'Rapportages');
    await contact.getByRole('alert').getByText('Het laden is mislukt.').waitFor();
    assert.equal(await contact.locator('.mp-report-section').count(), 0);
    const res = await contact.request.get(`/api/v1/reports/export?table=by_type&format=csv&municipalityId=${staphorst.id}`);
    assert.equal(res.status(), 404);
    // Annual report of their own municipality only, no pool report, no case register.
    await openReports(contact);
    const annual = contact.locator('#report-annual');
    assert.equal(await annual.getByRole('link').count(), 1);
    await annual.getByRole('link', { name: /^Jaarverslag \d{4} van Meppel \(PDF\)$/ }).waitFor();
  });

  test('finance sees the hours only, and no benchmark', async () => {
    await openReports(finance);
    assert.deepEqual(await finance.locator('.mp-report-section h2').allTextContents(), ['Uren geleverd en afgenomen per gemeente (goedgekeurd)']);
    // One part only: no tabs, and the part is no landmark of its own (its table's box is one, named the same).
    assert.equal(await finance.getByRole('tablist').count(), 0);
    assert.equal(await finance.getByRole('region', { name: 'Uren geleverd en afgenomen per gemeente (goedgekeurd)' }).count(), 1);
    await assertNothingCutOff(finance);
    assert.equal(await finance.getByRole('link', { name: 'Naar de benchmark' }).count(), 0);
    await expectNoA11yViolations(finance, '/rapportages (finance)');
  });

  test('the benchmark puts a municipality beside the pool average and last year', async () => {
    await coordinator.goto('/rapportages');
    await waitForHeading(coordinator, 'Rapportages');
    await coordinator.getByRole('link', { name: 'Naar de benchmark' }).click();
    await waitForHeading(coordinator, 'Benchmark');
    await coordinator.getByText('Kies een gemeente om de benchmark te zien.').waitFor();
    await coordinator.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Meppel' });
    await coordinator.getByRole('button', { name: 'Benchmark tonen' }).click();
    const table = coordinator.getByRole('table', { name: /^Benchmark Meppel \d{4}$/ });
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    assert.match(headers[2]!, /^Gemiddelde van de pool \(5 leden\)$/);
    assert.match(headers[3]!, /^Vorig jaar/);
    const referrals = await table.getByRole('row', { name: /^Aanmeldingen/ }).locator('td').allTextContents();
    assert.equal(referrals.length, 3);
    assert.match(referrals[1]!, /^\d/);
    await expectNoSeriousA11yViolations(coordinator, '/rapportages/benchmark');
    // The contact's benchmark is their own, without a choice.
    await contact.goto('/rapportages/benchmark');
    await waitForHeading(contact, 'Benchmark');
    await contact.getByRole('table', { name: /^Benchmark Meppel \d{4}$/ }).waitFor();
  });

  test('the annual report and the case register download', async () => {
    await openReports(coordinator);
    const annual = coordinator.locator('#report-annual');
    const year = String(new Date().getFullYear() - 1);
    assert.equal(await annual.getByLabel('Jaar van het jaarverslag').inputValue(), year);
    await annual.getByLabel('Jaar van het jaarverslag').selectOption(String(new Date().getFullYear()));
    const pdf = await coordinator.request.get((await annual.getByRole('link', { name: /van de pool \(PDF\)$/ }).getAttribute('href'))!);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    const register = await coordinator.request.get((await annual.getByRole('link', { name: /^Zakenregister .* \(CSV\)$/ }).getAttribute('href'))!);
    assert.equal(register.status(), 200);
    assert.ok((await register.text()).split('\n').length > 5, 'the register has rows');
  });

  test('the outcome form on a case in progress, and the aftercare form', async () => {
    const running = await server.handle.db.selectFrom('mediation_case').select(['id', 'number']).where('status', '=', 'in_progress').orderBy('number').executeTakeFirstOrThrow();
    await coordinator.goto(`/zaken/${running.id}`);
    const section = coordinator.getByRole('region', { name: 'Uitkomst en nazorg' });
    await section.getByRole('heading', { name: 'Uitkomst vastleggen' }).waitFor();
    // Nothing chosen: every question in the summary and at its group.
    await section.getByRole('button', { name: 'Uitkomst opslaan' }).click();
    await coordinator.locator('#outcome-form-summary').getByRole('link', { name: 'Kies de uitkomst.' }).waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.id === 'outcome-form-summary');
    await expectNoSeriousA11yViolations(coordinator, 'outcome form with errors');
    await section.getByRole('group', { name: 'Wat is de uitkomst van de mediation?' }).getByLabel('Gedeeltelijke overeenstemming').check();
    await section.getByRole('group', { name: 'Is er een schriftelijke vaststellingsovereenkomst?' }).getByLabel('Ja').check();
    await section.getByRole('group', { name: /toestemming om de uitkomst met de verwijzer te delen/ }).getByLabel('Nee').check();
    await section.getByRole('button', { name: 'Uitkomst opslaan' }).click();
    await section.getByText('De uitkomst is opgeslagen.').waitFor();
    const saved = await (await coordinator.request.get(`/api/v1/cases/${running.id}/outcome`)).json();
    assert.equal(saved.outcome, 'partial_agreement');
    assert.equal(saved.writtenAgreement, true);
    assert.equal(saved.shareWithReferrer, false);

    const tasks = (await (await coordinator.request.get('/api/v1/me/aftercare-tasks')).json()).items as { caseId: string }[];
    assert.ok(tasks.length > 0, 'the demo year leaves aftercare open on recently concluded cases');
    await coordinator.goto(`/zaken/${tasks[0]!.caseId}`);
    const aftercare = coordinator.getByRole('region', { name: 'Uitkomst en nazorg' });
    await aftercare.getByRole('heading', { name: 'Nazorg vastleggen' }).waitFor();
    await expectNoSeriousA11yViolations(coordinator, 'aftercare form');
    await aftercare.getByRole('group', { name: 'Zijn de afspraken nagekomen?' }).getByLabel('Deels').check();
    await aftercare.getByRole('button', { name: 'Nazorg opslaan en zaak sluiten' }).click();
    await aftercare.getByText('De nazorg is opgeslagen en de zaak is gesloten.').waitFor();
    const after = await (await coordinator.request.get(`/api/v1/cases/${tasks[0]!.caseId}/outcome`)).json();
    assert.equal(after.aftercare.agreementsKept, 'partly');
  });

  test('the report page at phone width, by keyboard', async () => {
    const { page: phone } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example', { viewport: { width: 375, height: 800 } });
    await openReports(phone);
    // The page does not scroll sideways; a wide table scrolls inside its own box.
    await assertNothingCutOff(phone, { tablesMayScroll: true });
    await expectNoA11yViolations(phone, '/rapportages at 375px');
    await phone.goto('/rapportages?onderdeel=throughput');
    await phone.getByRole('tabpanel', { name: 'Doorlooptijden in werkdagen' }).waitFor();
    await assertNothingCutOff(phone, { tablesMayScroll: true });
    await expectNoA11yViolations(phone, '/rapportages?onderdeel=throughput at 375px');
    await phone.goto('/rapportages/benchmark');
    await waitForHeading(phone, 'Benchmark');
    await expectNoSeriousA11yViolations(phone, '/rapportages/benchmark at 375px');
    // The period form by keyboard: Enter in the from field submits it.
    await phone.goto('/rapportages');
    await waitForHeading(phone, 'Rapportages');
    await phone.getByLabel('Van', { exact: true }).focus();
    assert.equal(await focusedId(phone), 'report-from');
    await phone.keyboard.press('Enter');
    await phone.locator('.mp-report-section').first().waitFor();
    await phone.context().close();
  });
});
