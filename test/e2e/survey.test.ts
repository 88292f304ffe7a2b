import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { browserSkipReason, expectNoSeriousA11yViolations, freshPage, launchBrowser, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';

const skip = browserSkipReason();

describe('the anonymous satisfaction survey behind a party link', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A survey link as the aftercare step mails it: a random token whose hash is stored. */
  async function surveyToken(): Promise<string> {
    const db = server.handle.db;
    const pool = await db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
    const meppel = await db.selectFrom('municipality').select('id').where('code', '=', 'GM0119').executeTakeFirstOrThrow();
    const referrer = await db.selectFrom('app_user').select('id').where('email', '=', 'contact.meppel@mediatorpool.example').executeTakeFirstOrThrow();
    const c = await db
      .insertInto('mediation_case')
      .values({
        pool_id: pool.id,
        number: `MP-2026-${String(9000 + Math.floor(Math.random() * 999)).padStart(4, '0')}`,
        requesting_municipality_id: meppel.id,
        case_type: 'employment',
        title: 'Afgeronde zaak',
        description: 'Vertrouwelijk',
        status: 'closed',
        referral_source: 'hr',
        referrer_user_id: referrer.id,
        referred_on: '2026-03-02',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const token = randomBytes(24).toString('base64url');
    await db
      .insertInto('satisfaction_invitation')
      .values({ pool_id: pool.id, case_id: c.id, municipality_id: meppel.id, token_hash: createHash('sha256').update(token).digest('hex') })
      .execute();
    return token;
  }

  test('a party answers once on a phone; missing scores are named; the link then says it was used', async () => {
    const token = await surveyToken();
    const page = await freshPage(browser, server.baseUrl, { viewport: { width: 375, height: 800 } });
    await page.goto(`/tevredenheid/${token}`);
    await waitForHeading(page, 'Hoe tevreden bent u?');
    await expectNoSeriousA11yViolations(page, 'survey');

    await page.getByRole('group', { name: /verloop van de mediation/ }).getByLabel('4').check();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByRole('heading', { name: 'Nog niet alles is ingevuld' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'survey with errors');

    await page.getByRole('group', { name: /over de mediator/ }).getByLabel('5').check();
    await page.getByRole('group', { name: /over de uitkomst/ }).getByLabel('3').check();
    await page.getByLabel('Opmerking (optioneel)').fill('Goed geholpen.');
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await waitForHeading(page, 'Bedankt');

    const answers = await server.handle.db.selectFrom('satisfaction_answer').selectAll().execute();
    assert.equal(answers.length, 1);
    assert.ok(!('case_id' in answers[0]!), 'an answer is not linked to its case');

    await page.goto(`/tevredenheid/${token}`);
    await waitForHeading(page, 'Al beantwoord');
    await page.goto('/tevredenheid/onbekend-token-onbekend');
    await waitForHeading(page, 'Link niet bekend');
  });
});
