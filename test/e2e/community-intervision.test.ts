import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { amsterdamToday, browserSkipReason, expectNoA11yViolations, focusedId, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import { parseEvents } from '../unit/ical/parse-helper.js';

const skip = browserSkipReason();

/**
 * Intervision in the browser (issue 16, items 1, 2 and 7): a coordinator forms a group of five
 * mediators from three municipalities, opens a poll with three slots; four answer (the demo
 * mediator by keyboard only); the coordinator fixes the best slot; each member's mail carries an
 * .ics that ical.js reads; after the meeting the facilitator records attendance, and the
 * attendees' upkeep shows the intervision points without a manual entry. axe-core scans every
 * new page in Dutch and English.
 */
describe('intervision: group, date poll, fixed date, attendance into upkeep', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator: Page;
  let ingrid: Page;
  const people: { email: string; name: string; code: string; profileId?: string; userId?: string }[] = [
    { email: 'mediator@mediatorpool.example', name: 'Ingrid Bakker', code: 'GM1708' },
    { email: 'jeroen.smit@mediatorpool.example', name: 'Jeroen Smit', code: 'GM0119' },
    { email: 'sanne.visser@mediatorpool.example', name: 'Sanne Visser', code: 'GM0119' },
    { email: 'lotte.hoekstra@mediatorpool.example', name: 'Lotte Hoekstra', code: 'GM0180' },
    { email: 'karel.mulder@mediatorpool.example', name: 'Karel Mulder', code: 'GM0180' },
  ];

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    const db = server.handle.db;
    const poolId = (await db.selectFrom('app_user').select('pool_id').where('email', '=', 'mediator@mediatorpool.example').executeTakeFirstOrThrow()).pool_id;
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const p of people) {
      const m = await db.selectFrom('municipality').select('id').where('code', '=', p.code).executeTakeFirstOrThrow();
      const existing = await db.selectFrom('app_user').select('id').where('email', '=', p.email).executeTakeFirst();
      const userId = existing?.id ?? (await db.insertInto('app_user').values({ pool_id: poolId, email: p.email, name: p.name, roles: ['mediator'], password_hash: hash, municipality_id: m.id }).returning('id').executeTakeFirstOrThrow()).id;
      await db.updateTable('app_user').set({ municipality_id: m.id }).where('id', '=', userId).execute();
      const profile = await db.insertInto('mediator_profile').values({ pool_id: poolId, user_id: userId, status: 'active', status_since: '2024-01-01' }).returning('id').executeTakeFirstOrThrow();
      p.profileId = profile.id;
      p.userId = userId;
    }
    ({ page: coordinator } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example'));
    ({ page: ingrid } = await signedInPage(browser, server.baseUrl, 'mediator@mediatorpool.example'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('form a group, poll three slots, four answers, fix the best, mail with .ics, attendance becomes intervision points', async () => {
    const db = server.handle.db;
    await coordinator.goto('/community');
    await waitForHeading(coordinator, 'Community');
    await expectNoA11yViolations(coordinator, 'community landing');
    await coordinator.getByRole('link', { name: 'Intervisie' }).click();
    await waitForHeading(coordinator, 'Intervisie');
    await expectNoA11yViolations(coordinator, 'intervision groups');
    await coordinator.getByRole('link', { name: 'Nieuwe intervisiegroep' }).click();
    await waitForHeading(coordinator, 'Nieuwe intervisiegroep');
    await coordinator.getByLabel('Naam van de groep').fill('Intervisie Noord');
    // Three from Meppel and Staphorst first: the composer warns that the group leans on one.
    await coordinator.getByLabel(/^Jeroen Smit/).check();
    await coordinator.getByLabel(/^Sanne Visser/).check();
    await coordinator.getByText(/De groep leunt op Meppel/).waitFor();
    for (const n of ['Ingrid Bakker', 'Lotte Hoekstra', 'Karel Mulder']) await coordinator.getByLabel(new RegExp(`^${n}`)).check();
    await coordinator.getByText('5 deelnemers uit 3 gemeenten.').waitFor();
    assert.equal(await coordinator.getByText(/leunt op/).count(), 0);
    await expectNoA11yViolations(coordinator, 'composer');
    await coordinator.getByLabel('Begeleider', { exact: true }).selectOption({ label: 'Jeroen Smit' });
    await coordinator.getByRole('button', { name: 'Groep vormen' }).click();
    await waitForHeading(coordinator, 'Intervisie Noord');
    await coordinator.getByText('De intervisiegroep is gevormd.').waitFor();

    const days = [21, 22, 23].map((d) => addDays(amsterdamToday(), d));
    await coordinator.getByLabel('Locatie').fill('Stadhuis Meppel, kamer 2.14');
    for (const [i, day] of days.entries()) {
      await coordinator.locator(`#meeting-slot-${i}-date`).fill(day);
      await coordinator.locator(`#meeting-slot-${i}-start`).fill('13:30');
      await coordinator.locator(`#meeting-slot-${i}-end`).fill('16:00');
    }
    await coordinator.getByRole('button', { name: 'Datumprikker versturen' }).click();
    await coordinator.getByText('De datumprikker is verstuurd.').waitFor();
    await expectNoA11yViolations(coordinator, 'group page');
    await coordinator.getByRole('link', { name: 'Datumprikker openen' }).click();
    await waitForHeading(coordinator, /Intervisie Intervisie Noord/);
    const pollId = new URL(coordinator.url()).pathname.split('/').pop()!;

    // Three answer through the API; the demo mediator in the browser, by keyboard only.
    const slots = (await db.selectFrom('date_poll_slot').select('id').where('poll_id', '=', pollId).orderBy('starts_at').execute()).map((s) => s.id);
    const patterns: Record<string, string[]> = { 'jeroen.smit': ['yes', 'yes', 'no'], 'sanne.visser': ['no', 'yes', 'maybe'], 'lotte.hoekstra': ['yes', 'yes', 'yes'] };
    for (const [who, answers] of Object.entries(patterns)) {
      const { page, csrfToken } = await signedInPage(browser, server.baseUrl, `${who}@mediatorpool.example`);
      const res = await page.request.put(`/api/v1/polls/${pollId}/answers`, { headers: { 'x-csrf-token': csrfToken }, data: { answers: slots.map((slotId, i) => ({ slotId, answer: answers[i] })) } });
      assert.equal(res.status(), 204, await res.text());
      await page.context().close();
    }
    await ingrid.goto(`/datumprikkers/${pollId}`);
    await waitForHeading(ingrid, /Intervisie Intervisie Noord/);
    await ingrid.getByRole('heading', { level: 2, name: 'Uw antwoord' }).waitFor();
    await expectNoA11yViolations(ingrid, 'poll page, invitee');
    for (let i = 0; i < 80 && (await focusedId(ingrid)) !== 'poll-answer-slot-0'; i++) await ingrid.keyboard.press('Tab');
    assert.equal(await focusedId(ingrid), 'poll-answer-slot-0');
    await ingrid.keyboard.press('Space'); // slot 1: yes
    await ingrid.keyboard.press('Tab');
    await ingrid.keyboard.press('Space'); // slot 2: yes
    await ingrid.keyboard.press('Tab');
    await ingrid.keyboard.press('ArrowRight');
    await ingrid.keyboard.press('ArrowRight'); // slot 3: no
    await ingrid.keyboard.press('Tab');
    await ingrid.keyboard.press('Enter');
    await ingrid.getByText('Uw antwoord is opgeslagen.').waitFor();
    const mine = await db.selectFrom('date_poll_answer').innerJoin('date_poll_invitee', 'date_poll_invitee.id', 'date_poll_answer.invitee_id').innerJoin('date_poll_slot', 'date_poll_slot.id', 'date_poll_answer.slot_id').select(['answer']).where('date_poll_invitee.user_id', '=', people[0]!.userId!).orderBy('date_poll_slot.starts_at').execute();
    assert.deepEqual(mine.map((a) => a.answer), ['yes', 'yes', 'no']);

    // The best slot: the second (4 yes); the coordinator fixes it after a confirmation.
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 2, name: 'Datum vastzetten' }).waitFor();
    await coordinator.getByText('de meeste deelnemers zeiden ja.').waitFor();
    await expectNoA11yViolations(coordinator, 'poll page, organiser');
    await coordinator.getByRole('button', { name: /^Vastzetten op/ }).click();
    await coordinator.getByRole('dialog').getByRole('button', { name: 'Datum vastzetten' }).click();
    await coordinator.getByText('De datum is vastgezet; de genodigden krijgen een e-mail met de afspraak.').waitFor();

    const mails = await db.selectFrom('mail_outbox').select(['to_address', 'attachments']).where('kind', '=', 'poll-fixed').execute();
    assert.deepEqual(mails.map((m) => m.to_address).sort(), people.map((p) => p.email).sort());
    const fixedStart = (await db.selectFrom('date_poll_slot').select('starts_at').where('id', '=', slots[1]!).executeTakeFirstOrThrow()).starts_at;
    for (const m of mails) {
      const att = (typeof m.attachments === 'string' ? JSON.parse(m.attachments) : m.attachments) as { content: string }[];
      const { events } = parseEvents(Buffer.from(att[0]!.content, 'base64').toString('utf8'));
      assert.equal(events.length, 1);
      assert.equal(events[0]!.startUtc, fixedStart.toISOString());
      assert.equal(events[0]!.startLocal, `${days[1]}T13:30:00`);
      assert.equal(events[0]!.tzid, 'Europe/Amsterdam');
    }

    // After the meeting (moved into the past, as time would): the facilitator records attendance.
    await db.updateTable('date_poll_slot').set({ starts_at: sql`starts_at - interval '30 days'`, ends_at: sql`ends_at - interval '30 days'` }).where('poll_id', '=', pollId).execute();
    const { page: jeroen } = await signedInPage(browser, server.baseUrl, 'jeroen.smit@mediatorpool.example');
    await jeroen.goto('/community/intervisie');
    await jeroen.getByRole('link', { name: 'Intervisie Noord' }).click();
    await waitForHeading(jeroen, 'Intervisie Noord');
    const present = ['Ingrid Bakker', 'Jeroen Smit', 'Sanne Visser', 'Lotte Hoekstra'];
    for (const n of present) await jeroen.getByRole('group', { name: 'Wie was er bij de bijeenkomst?' }).getByLabel(n).check();
    await expectNoA11yViolations(jeroen, 'group page, facilitator');
    await jeroen.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await jeroen.getByText(/De aanwezigheid is vastgelegd/).waitFor();
    await jeroen.context().close();

    // Each attendee's upkeep has the intervision points (2.5 hours → 3 points), without a manual entry.
    for (const p of people) {
      const entries = await db.selectFrom('upkeep_entry').select(['points', 'education_kind', 'source_type']).where('mediator_id', '=', p.profileId!).execute();
      assert.deepEqual(entries, present.includes(p.name) ? [{ points: 3, education_kind: 'intervision', source_type: 'intervision-meeting' }] : []);
    }
    await ingrid.goto('/community/mijn-punten');
    await waitForHeading(ingrid, 'Mijn PE-punten');
    await ingrid.getByText('3 van 18').waitFor();
    await expectNoA11yViolations(ingrid, 'my points');
  });

  test('the new pages in English', async () => {
    await ingrid.goto('/community');
    await waitForHeading(ingrid, 'Community');
    await ingrid.getByRole('button', { name: 'English' }).click();
    await ingrid.getByRole('link', { name: 'Peer supervision' }).waitFor();
    await expectNoA11yViolations(ingrid, 'community landing (English)');
    for (const [path, heading] of [
      ['/community/intervisie', 'Peer supervision'],
      ['/community/mijn-punten', 'My education points'],
    ] as const) {
      await ingrid.goto(path);
      await waitForHeading(ingrid, heading);
      await expectNoA11yViolations(ingrid, `${path} (English)`);
    }
    await coordinator.goto('/community/intervisie');
    await waitForHeading(coordinator, 'Intervisie');
    await coordinator.getByRole('button', { name: 'English' }).click();
    await waitForHeading(coordinator, 'Peer supervision');
    await coordinator.getByRole('link', { name: 'Intervisie Noord' }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Plan a meeting' }).waitFor();
    await expectNoA11yViolations(coordinator, 'group page (English)');
    await coordinator.getByRole('link', { name: 'Open the date poll' }).first().click();
    await coordinator.getByText(/The date is fixed/).waitFor();
    await expectNoA11yViolations(coordinator, 'poll page (English)');
    await coordinator.goto('/community/intervisie/nieuw');
    await waitForHeading(coordinator, 'New peer supervision group');
    await expectNoA11yViolations(coordinator, 'composer (English)');
  });
});
