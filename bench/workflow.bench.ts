/**
 * The work it takes, counted in a real browser (issue 14, "Speed is the measure"): how many
 * screens, clicks and fields a coordinator needs from a new referral to a proposed mediator and
 * to an assigned one, and a mediator from the assignment mail to their first logged hour. Run on
 * the full demo pool (what `npm start` seeds) with Debian's Chromium at 1280×800.
 *
 * Counted per person, only what they do themselves:
 * - screens: every new page the browser shows, a full load or a route change inside the app;
 * - clicks: buttons, links and disclosures pressed (a confirmation in a dialog is a click);
 * - fields: inputs typed in, lists chosen from, boxes ticked.
 * Wall time is printed too, but it depends on the machine's load; the counts do not.
 *
 * Run: npm run bench:workflow (the web app must be built: npm run build). Writes
 * docs/benchmarks/workflow.md and workflow.json.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, signInThroughApi } from '../test/helpers/browser.js';
import { DEMO_PASSWORD, startE2eServer, type E2eServer } from '../test/helpers/e2e-server.js';
import { createReport } from './write-results.js';

const VIEWPORT = { width: 1280, height: 800 };
const report = createReport('workflow', 'npm run bench:workflow');

/** One person's browser tab with their tally. */
class Person {
  screens = 0;
  clicks = 0;
  fields = 0;
  /** The screens in order (path and query), for the report. */
  readonly screensSeen: string[] = [];
  private constructor(readonly page: Page) {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      const where = url.pathname + url.search;
      // The router may confirm the address it is on (a replace to the same place): no new screen.
      if (this.screensSeen.at(-1) === where) return;
      this.screens++;
      this.screensSeen.push(where);
    });
  }

  static async open(browser: Browser, baseUrl: string, viewport = VIEWPORT): Promise<Person> {
    const context = await newContext(browser, baseUrl, { viewport });
    return new Person(await context.newPage());
  }

  tally() {
    return { screens: this.screens, clicks: this.clicks, fields: this.fields };
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async click(l: Locator) {
    this.clicks++;
    await l.click();
  }
  async fill(l: Locator, value: string) {
    this.fields++;
    await l.fill(value);
  }
  async choose(l: Locator, label: string) {
    this.fields++;
    await l.selectOption({ label });
  }
  async tick(l: Locator) {
    this.fields++;
    await l.check();
  }
  /** Signs in through the sign-in form, as someone arriving from a mail link does. */
  async signIn(email: string) {
    await this.fill(this.page.getByLabel('E-mailadres'), email);
    await this.fill(this.page.getByLabel('Wachtwoord', { exact: true }), DEMO_PASSWORD);
    await this.click(this.page.getByRole('button', { name: 'Inloggen' }));
  }
}

type Tally = ReturnType<Person['tally']>;
const minus = (a: Tally, b: Tally): Tally => ({ screens: a.screens - b.screens, clicks: a.clicks - b.clicks, fields: a.fields - b.fields });
const sum = (...ts: Tally[]): Tally => ts.reduce((x, y) => ({ screens: x.screens + y.screens, clicks: x.clicks + y.clicks, fields: x.fields + y.fields }), { screens: 0, clicks: 0, fields: 0 });
const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();

async function latestMail(server: E2eServer, to: string, kind: string): Promise<string> {
  const mail = await server.handle.db
    .selectFrom('mail_outbox')
    .select('body_text')
    .where('to_address', '=', to)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const link = /https?:\/\/\S+/.exec(mail.body_text)?.[0];
  if (!link) throw new Error(`no link in the ${kind} mail to ${to}`);
  return new URL(link).pathname;
}

async function main() {
  const server = await startE2eServer({ fullDemo: true });
  const browser = await launchBrowser();
  const results: Record<string, unknown> = {};
  try {
    // --- Leg 1: the coordinator, from "new referral" to "mediator proposed".
    // The coordinator is at work already (signed in); the count starts at the referral form.
    const coordinator = await Person.open(browser, server.baseUrl);
    const c = coordinator.page;
    await signInThroughApi(c, 'coordinator@mediatorpool.example', DEMO_PASSWORD);
    const started = performance.now();
    await coordinator.goto('/zaken/aanmelden');
    await heading(c, 'Zaak aanmelden');
    const title = 'Samenwerking in het team Vergunningen';
    await coordinator.choose(c.getByLabel('Gemeente die aanmeldt'), 'Staphorst');
    await coordinator.tick(c.getByLabel('Arbeidsconflict'));
    await coordinator.fill(c.getByLabel('Korte titel'), title);
    await coordinator.fill(c.getByLabel('Beschrijving van het conflict'), 'Een medewerker en haar leidinggevende verschillen van mening over de taakverdeling.');
    const parties = [
      { role: 'Medewerker', name: 'Sanne Mulder', email: 'sanne.mulder@voorbeeld.example' },
      { role: 'Leidinggevende', name: 'Ruben Dekker', email: null },
    ];
    for (const [n, p] of parties.entries()) {
      const party = c.getByRole('group', { name: `Partij ${n + 1}`, exact: true });
      await coordinator.choose(party.getByLabel('Rol'), p.role);
      await coordinator.fill(party.getByLabel('Naam of pseudoniem'), p.name);
      await coordinator.click(party.getByText('Organisatie, afdeling en contactgegevens (optioneel)'));
      await coordinator.choose(party.getByLabel('Gemeente (optioneel)'), 'Staphorst');
      if (p.email) await coordinator.fill(party.getByLabel('E-mailadres (optioneel)'), p.email);
      await coordinator.tick(party.getByLabel('Ja', { exact: true }));
    }
    await coordinator.choose(c.getByLabel('Via wie komt de zaak binnen?'), 'HR');
    await coordinator.click(c.getByRole('button', { name: 'Zaak aanmelden' }));
    await heading(c, new RegExp(`: ${title}$`));
    const caseId = new URL(c.url()).pathname.split('/').pop()!;

    await coordinator.click(c.getByRole('button', { name: 'Triage starten' }).first());
    const dialog = c.getByRole('dialog', { name: 'Triage starten?' });
    await coordinator.click(dialog.getByRole('button', { name: 'Triage starten' }));
    await dialog.waitFor({ state: 'hidden' });
    await coordinator.click(c.getByRole('link', { name: 'Triage uitvoeren' }).first());
    await c.getByRole('group', { name: 'Contra-indicaties' }).waitFor();
    await coordinator.tick(c.getByLabel('Formele mediation'));
    await coordinator.click(c.getByRole('button', { name: 'Triagebesluit opslaan' }));
    await c.getByText('Triage vastgelegd: Formele mediation.', { exact: false }).first().waitFor();
    await coordinator.click(c.getByRole('link', { name: 'Mediator zoeken', exact: true }).first());
    const eligible = c.getByRole('region', { name: 'Kandidaat-mediators' }).getByRole('table', { name: 'Geschikte mediators, beste eerst' });
    const first = eligible.getByRole('row').nth(1);
    await first.waitFor();
    const box = await first.boundingBox();
    const firstInView = !!box && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
    const mediatorName = ((await first.getByRole('rowheader').textContent()) ?? '').trim();
    await coordinator.click(first.getByRole('button', { name: /voorstellen$/ }));
    const propose = c.getByRole('dialog', { name: 'Mediator voorstellen' });
    await coordinator.choose(propose.getByLabel('Co-mediator (optioneel)'), 'Geen co-mediator');
    await coordinator.click(propose.getByRole('button', { name: 'Voorstel doen' }));
    await c.getByText('Mediator voorgesteld', { exact: true }).first().waitFor();
    const toProposal = coordinator.tally();
    const proposalMs = performance.now() - started;

    // --- Leg 2: to "assigned": the mediator answers from the task mail, one party consents
    // through the personal link, the coordinator records the other party's answer by phone.
    const mediatorEmail = (
      await server.handle.db
        .selectFrom('mediator_profile as m')
        .innerJoin('app_user as u', 'u.id', 'm.user_id')
        .select('u.email')
        .where('u.name', '=', mediatorName)
        .executeTakeFirstOrThrow()
    ).email;
    const mediator = await Person.open(browser, server.baseUrl);
    const m = mediator.page;
    await mediator.goto(await latestMail(server, mediatorEmail, 'matching.task'));
    await mediator.signIn(mediatorEmail);
    await heading(m, /^Voorstel voor zaak /);
    await mediator.tick(m.getByLabel('Accepteren met verklaring'));
    await mediator.tick(m.getByLabel('Ik heb geen belang bij de uitkomst van deze zaak.'));
    await mediator.tick(m.getByLabel('Ik heb geen van de partijen eerder geadviseerd.'));
    await mediator.click(m.getByRole('button', { name: 'Antwoord versturen' }));
    await m.getByText('U hebt het voorstel geaccepteerd.', { exact: false }).waitFor();
    const mediatorAccept = mediator.tally();

    const party = await Person.open(browser, server.baseUrl, { width: 390, height: 800 });
    await party.goto(await latestMail(server, 'sanne.mulder@voorbeeld.example', 'matching.consent-request'));
    await heading(party.page, 'Instemming met de voorgestelde mediator');
    await party.tick(party.page.getByLabel('Ik stem in met deze mediator'));
    await party.click(party.page.getByRole('button', { name: 'Antwoord versturen' }));
    await heading(party.page, 'Bedankt voor uw antwoord');

    const beforeRecord = coordinator.tally();
    await coordinator.goto(`/zaken/${caseId}`);
    const form = c.locator('#consent-form');
    await coordinator.choose(form.getByLabel('Partij', { exact: true }), 'Ruben Dekker');
    await coordinator.tick(form.getByRole('group', { name: 'Antwoord van de partij' }).getByLabel('Stemt in'));
    await coordinator.tick(form.getByRole('group', { name: 'Hoe gaf de partij antwoord?' }).getByLabel('Telefoon'));
    await coordinator.click(form.getByRole('button', { name: 'Instemming vastleggen' }));
    await c.getByRole('region', { name: 'Kerngegevens' }).getByText('Toegewezen', { exact: true }).waitFor();
    const coordinatorRecord = minus(coordinator.tally(), beforeRecord);
    const assignedMs = performance.now() - started;

    // --- Leg 3: the mediator, from the assignment mail to the first logged hour.
    const mediatorLater = await Person.open(browser, server.baseUrl);
    const ml = mediatorLater.page;
    const hourStarted = performance.now();
    await mediatorLater.goto(await latestMail(server, mediatorEmail, 'matching.update'));
    await mediatorLater.signIn(mediatorEmail);
    await heading(ml, new RegExp(`: ${title}$`));
    await mediatorLater.click(ml.getByRole('link', { name: 'Uren schrijven voor deze zaak' }));
    await heading(ml, 'Uren');
    await mediatorLater.fill(ml.getByLabel('Tijd'), '1:00');
    await mediatorLater.choose(ml.getByLabel('Activiteit'), 'Voorbereiding');
    await mediatorLater.click(ml.getByRole('button', { name: 'Uren opslaan' }));
    await ml.getByTestId('announcer').getByText('1 u opgeslagen', { exact: false }).waitFor();
    const firstHour = mediatorLater.tally();
    const hourMs = performance.now() - hourStarted;

    const toAssigned = sum(toProposal, mediatorAccept, party.tally(), coordinatorRecord);
    const row = (label: string, t: Tally) => `${label.padEnd(58)} ${String(t.screens).padStart(7)} ${String(t.clicks).padStart(6)} ${String(t.fields).padStart(6)}`;
    report.line(`Workflow counted in Chromium at ${VIEWPORT.width}×${VIEWPORT.height} on the full demo pool (${new Date().toISOString().slice(0, 10)})`);
    report.line('');
    report.line(`${'Leg'.padEnd(58)} ${'screens'.padStart(7)} ${'clicks'.padStart(6)} ${'fields'.padStart(6)}`);
    report.line(row('1. coordinator: new referral → mediator proposed', toProposal));
    report.line(row('2a. mediator: task mail → accepted with declaration', mediatorAccept));
    report.line(row('2b. party: consent link → consented (390 px)', party.tally()));
    report.line(row('2c. coordinator: records the other party → assigned', coordinatorRecord));
    report.line(row('2. all together: new referral → assigned', toAssigned));
    report.line(row('3. mediator: assignment mail → first logged hour', firstHour));
    report.line('');
    report.line(`Screens of leg 1: ${coordinator.screensSeen.slice(0, toProposal.screens).join(' → ')}`);
    report.line(`Screens of leg 3: ${mediatorLater.screensSeen.join(' → ')}`);
    report.line('');
    report.line(`First candidate visible without scrolling at 1280×800: ${firstInView ? 'yes' : 'no'}`);
    report.line(`Wall time (machine-dependent): to proposal ${(proposalMs / 1000).toFixed(1)} s, to assigned ${(assignedMs / 1000).toFixed(1)} s, mail to first hour ${(hourMs / 1000).toFixed(1)} s`);
    report.line('Targets (issue 14): 3 screens to a proposal; the first candidate visible without scrolling.');
    Object.assign(results, { toProposal, mediatorAccept, party: party.tally(), coordinatorRecord, toAssigned, firstHour, firstInView, proposalMs, assignedMs, hourMs });
  } finally {
    await browser.close();
    await server.close();
  }
  await report.write();
  const json = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/benchmarks/workflow.json');
  await writeFile(json, `${JSON.stringify({ measuredAt: new Date().toISOString(), viewport: VIEWPORT, ...results }, null, 2)}\n`);
}

await main();
