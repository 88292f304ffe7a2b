import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, expectNoA11yViolations, launchBrowser, signedInPage, waitForHeading } from '../helpers/browser.js';
import { startE2eServer, type E2eServer } from '../helpers/e2e-server.js';
import type { MyWork, WorkSectionKey } from '../../src/contract/workspace.js';
import { workspaceNl } from '../../src/web/features/home/i18n-nl.js';
import { workspaceEn } from '../../src/web/features/home/i18n-en.js';

const skip = browserSkipReason();

/**
 * "Mijn werk" as each demo role sees it on the full demo pool: every section's heading carries
 * the count the database holds (counted here with SQL of its own where the rule is simple, else
 * the API's answer, which test/integration/workspace-my-work.test.ts checks against a built
 * world), at most five items or "Niets te doen.", and no axe violation in Dutch or English.
 */
describe('my work: the start page per demo role', { skip }, () => {
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer({ fullDemo: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const count = async (query: ReturnType<typeof sql<{ n: number }>>): Promise<number> => Number((await query.execute(server.handle.db)).rows[0]!.n);

  /** The counts the database holds for the sections whose rule is a plain filter. */
  async function expectedFromDatabase(email: string): Promise<Partial<Record<WorkSectionKey, number>>> {
    const user = await server.handle.db.selectFrom('app_user').select(['id', 'pool_id', 'municipality_id']).where('email', '=', email).executeTakeFirstOrThrow();
    const pool = user.pool_id;
    return {
      triage: await count(sql`SELECT count(*)::int AS n FROM mediation_case WHERE pool_id = ${pool} AND status IN ('registered', 'triage')`),
      matching: await count(sql`SELECT count(*)::int AS n FROM mediation_case WHERE pool_id = ${pool} AND status = 'matching'`),
      proposals: await count(
        sql`SELECT count(*)::int AS n FROM mediation_case c JOIN case_proposal p ON p.case_id = c.id AND p.status = 'open' WHERE c.pool_id = ${pool} AND c.status = 'proposed'`,
      ),
      loanRequests: await count(sql`SELECT count(*)::int AS n FROM mediator_loan WHERE lender_pool_id = ${pool} AND status = 'requested'`),
      approveHours: await count(sql`SELECT count(*)::int AS n FROM hour_entry WHERE pool_id = ${pool} AND status = 'submitted'`),
      answerProposals: await count(sql`SELECT count(*)::int AS n FROM proposal_mediator pm JOIN mediator_profile mp ON mp.id = pm.mediator_id
        JOIN case_proposal p ON p.id = pm.proposal_id JOIN mediation_case c ON c.id = p.case_id
        WHERE mp.user_id = ${user.id} AND pm.answer IS NULL AND p.status = 'open' AND c.status = 'proposed'`),
      // Sessions of the last 30 days of the mediator's current cases with no hours of theirs on that day.
      logHours: await count(sql`SELECT count(*)::int AS n FROM mediation_session s
        JOIN case_mediator cm ON cm.case_id = s.case_id AND cm.released_at IS NULL JOIN mediator_profile mp ON mp.id = cm.mediator_id
        WHERE mp.user_id = ${user.id} AND s.status = 'planned' AND s.ends_at < now() AND s.ends_at >= now() - interval '30 days'
          AND NOT EXISTS (SELECT 1 FROM hour_entry e JOIN mediator_profile m2 ON m2.id = e.mediator_id
            WHERE e.case_id = s.case_id AND m2.user_id = ${user.id} AND e.work_date = (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date)`),
      correctHours: await count(
        sql`SELECT count(*)::int AS n FROM hour_entry e JOIN mediator_profile mp ON mp.id = e.mediator_id WHERE mp.user_id = ${user.id} AND e.status = 'rejected'`,
      ),
      municipalityCases: await count(
        sql`SELECT count(*)::int AS n FROM mediation_case WHERE pool_id = ${pool} AND requesting_municipality_id = ${user.municipality_id} AND status NOT IN ('closed', 'withdrawn', 'referred')`,
      ),
      draftSettlements: await count(sql`SELECT count(*)::int AS n FROM settlement WHERE pool_id = ${pool} AND status = 'draft'`),
      mailFailures: await count(sql`SELECT count(*)::int AS n FROM mail_outbox WHERE pool_id = ${pool} AND status = 'failed'`),
    };
  }

  /** `nothing` is the page's "Nothing to do"; `own` the sections' own empty states where they have one. */
  async function checkSections(page: Page, work: MyWork, expected: Partial<Record<WorkSectionKey, number>>, nothing: string, own: Partial<Record<WorkSectionKey, string>>) {
    for (const s of work.sections) {
      if (expected[s.key] !== undefined) assert.equal(s.total, expected[s.key], `${s.key}: the API's count against the database`);
      const part = page.locator(`[data-section="${s.key}"]`);
      const heading = await part.getByRole('heading', { level: 3 }).textContent();
      assert.ok(heading?.trimEnd().endsWith(`(${s.total})`), `${s.key}: heading "${heading}" shows ${s.total}`);
      if (s.total === 0) await part.getByText(own[s.key] ?? nothing, { exact: true }).waitFor();
      else assert.equal(await part.getByRole('listitem').count(), Math.min(5, s.total), `${s.key}: the first items`);
      assert.equal(await part.getByRole('link', { name: /^(Alles bekijken|View all)/ }).count(), 1);
    }
  }

  const ROLES = [
    { email: 'coordinator@mediatorpool.example', role: 'Als coördinator', roleEn: 'As coordinator', sections: ['triage', 'matching', 'proposals', 'loanRequests', 'deadlines', 'approveHours', 'aftercare', 'openPolls', 'upcomingEvents'] },
    { email: 'mediator@mediatorpool.example', role: 'Als mediator', roleEn: 'As mediator', sections: ['answerProposals', 'sessionsThisWeek', 'logHours', 'correctHours', 'myAftercare', 'openPolls', 'upcomingEvents'] },
    { email: 'contact.meppel@mediatorpool.example', role: 'Als contactpersoon', roleEn: 'As municipal contact', sections: ['municipalityCases'] },
    { email: 'financien@mediatorpool.example', role: 'Als financiën', roleEn: 'As finance', sections: ['draftSettlements', 'settleablePeriods'] },
    { email: 'beheerder@mediatorpool.example', role: 'Als beheerder', roleEn: 'As administrator', sections: ['withoutActiveMediator', 'dormantMediators', 'upkeepAtRisk', 'mailFailures'] },
  ] as const;

  for (const r of ROLES) {
    test(`${r.email}: the start page shows the role's work with the database's counts, in Dutch and English, without axe violations`, async () => {
      const { page } = await signedInPage(browser, server.baseUrl, r.email);
      const res = await page.request.get('/api/v1/me/work');
      assert.equal(res.status(), 200);
      const work = (await res.json()) as MyWork;
      assert.deepEqual(
        work.sections.map((s) => s.key),
        r.sections,
      );
      const expected = await expectedFromDatabase(r.email);

      await page.goto('/');
      await waitForHeading(page, 'Mijn werk');
      await page.getByRole('heading', { level: 2, name: r.role }).waitFor();
      await checkSections(page, work, expected, 'Niets te doen.', workspaceNl.empty);
      // The rest of the app stays one step away.
      await page.getByRole('heading', { level: 2, name: 'Direct naar' }).waitFor();
      await expectNoA11yViolations(page, `Mijn werk (${r.email}, nl)`);

      await page.getByRole('button', { name: 'English' }).click();
      await waitForHeading(page, 'My work');
      await page.getByRole('heading', { level: 2, name: r.roleEn }).waitFor();
      await checkSections(page, work, expected, 'Nothing to do.', workspaceEn.empty);
      await expectNoA11yViolations(page, `My work (${r.email}, en)`);
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await waitForHeading(page, 'Mijn werk');
      await page.context().close();
    });
  }

  test('an item leads to where its work is done', async () => {
    const { page } = await signedInPage(browser, server.baseUrl, 'coordinator@mediatorpool.example');
    const work = (await (await page.request.get('/api/v1/me/work')).json()) as MyWork;
    const withItem = work.sections.find((s) => s.items.some((i) => i.kind === 'case'));
    assert.ok(withItem, 'the demo pool gives the coordinator at least one case to act on');
    const item = withItem.items.find((i) => i.kind === 'case')!;
    await page.goto('/');
    await waitForHeading(page, 'Mijn werk');
    await page.locator(`[data-section="${withItem.key}"]`).getByRole('link', { name: new RegExp(`^${item.title}`) }).click();
    await page.waitForURL(`**/zaken/${item.caseId}`);
    await page.context().close();
  });
});
