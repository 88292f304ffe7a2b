import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, Agent, type TestApp } from '../helpers/test-app.js';
import { testEngines } from '../helpers/test-database.js';
import { seedDemo } from '../../src/server/bootstrap/seed-demo.js';
import { DEMO_PASSWORD } from '../../src/server/bootstrap/demo-accounts.js';
import { DEMO_LENT_CASE_TITLE, DEMO_LOAN_CASE_TITLE } from '../../src/server/modules/lending/index.js';
import { DEMO_NETWORK_POOL } from '../../src/server/modules/network/index.js';
import { addDays } from '../../src/domain/calendar/iso-date.js';
import { periodCode, periodContaining } from '../../src/domain/settlement/index.js';
import { todayInAmsterdam } from '../../src/server/modules/case-status/index.js';

/**
 * The demo holds a case Noor de Wit works on under an approved loan, with hours approved in the
 * previous settlement period, so the finance user sees lent hours on a draft settlement at once;
 * the loan case of the README's borrowing scenario still offers Noor from the partner pool.
 */
for (const engine of testEngines()) {
  describe(`the demo's lent hours (${engine})`, () => {
    let t: TestApp;
    let poolId: string;
    const previous = periodCode(periodContaining('quarter', addDays(periodContaining('quarter', todayInAmsterdam()).start, -1)));

    before(async () => {
      t = await createTestApp(engine);
      poolId = (await seedDemo(t.handle.db)).poolId;
    });
    after(() => t?.close());

    const login = (email: string) => new Agent(t.app).login(email, DEMO_PASSWORD);

    test('finance: the previous period can be settled, and its draft lists the lent hours owed to the network', async () => {
      const db = t.handle.db;
      const lent = await db.selectFrom('mediation_case').select(['id', 'number', 'status']).where('pool_id', '=', poolId).where('title', '=', DEMO_LENT_CASE_TITLE).executeTakeFirstOrThrow();
      assert.equal(lent.status, 'in_progress');
      const loan = await db.selectFrom('mediator_loan').select(['status', 'rate_cents', 'borrower_profile_id']).where('case_id', '=', lent.id).executeTakeFirstOrThrow();
      assert.deepEqual([loan.status, loan.rate_cents], ['approved', 6250]);
      const entries = await db.selectFrom('hour_entry').select(['minutes', 'status', 'period_code', 'mediator_id']).where('case_id', '=', lent.id).execute();
      assert.ok(entries.every((e) => e.status === 'approved' && e.period_code === previous && e.mediator_id === loan.borrower_profile_id));
      const minutes = entries.reduce((n, e) => n + e.minutes, 0);

      const finance = await login('financien@mediatorpool.example');
      const work = (await finance.get('/api/v1/me/work')).json() as { sections: { key: string; items: { title: string }[] }[] };
      assert.ok(work.sections.find((s) => s.key === 'settleablePeriods')!.items.some((i) => i.title === previous), `${previous} can be settled`);
      const draft = await finance.post('/api/v1/settlements', { period: previous });
      assert.equal(draft.statusCode, 201, draft.body);
      const loans = draft.json().figures.loans;
      const line = loans.lines.find((l: { caseNumber: string }) => l.caseNumber === lent.number);
      assert.deepEqual(
        [line.direction, line.partnerPool.name, line.mediatorName, line.minutes, line.rateCents, line.amountCents],
        ['borrowed', DEMO_NETWORK_POOL.name, 'Noor de Wit', minutes, 6250, Math.round((minutes * 6250) / 60)],
      );
      assert.ok(!draft.json().figures.lines.some((l: { caseId: string }) => l.caseId === lent.id), 'apart from the netting between municipalities');
    });

    test('the borrowing scenario still works: the loan case offers Noor from the network', async () => {
      const c = await t.handle.db.selectFrom('mediation_case').select('id').where('pool_id', '=', poolId).where('title', '=', DEMO_LOAN_CASE_TITLE).executeTakeFirstOrThrow();
      const coordinator = await login('coordinator@mediatorpool.example');
      const res = await coordinator.get(`/api/v1/cases/${c.id}/partner-candidates`);
      assert.equal(res.statusCode, 200, res.body);
      const noor = res.json().items.find((i: { name: string }) => i.name === 'Noor de Wit');
      assert.deepEqual(noor?.allowedActions, ['requestLoan']);
      // Her profile made by the other loan makes her no home candidate of this case.
      const home = (await coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
      assert.equal(home.eligibleTotal, 0);
    });
  });
}
