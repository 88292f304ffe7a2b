import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createDemoMatchingPool, createMatchingCase, type MatchingWorld } from '../helpers/matching-factories.js';
import { createLendingPool, type LendingPool } from '../helpers/lending-factories.js';
import { createMediator } from '../helpers/registry-factories.js';
import { testEngines } from '../helpers/test-database.js';

/**
 * Issue 15, item 2 (loans): the borrowing pool's coordinator withdraws a loan request that still
 * waits, or an approved loan whose mediator is not proposed on the case. Guarded by the state the
 * coordinator saw (409 when it moved on, nothing changed), audited in both pools, a mail to the
 * lending pool's coordinators (and to the mediator of an approved loan); another pool: 404, the
 * lending side: 403; of two at once exactly one wins.
 */
for (const engine of testEngines()) {
  describe(`withdrawing a loan (${engine})`, () => {
    let t: TestApp;
    let w: MatchingWorld;
    let l: LendingPool;
    const as = {} as Record<'coordinator' | 'meppelMediator' | 'admin' | 'lendingCoordinator' | 'lendingMediator' | 'outsider', Agent>;

    before(async () => {
      t = await createTestApp(engine);
      w = await createDemoMatchingPool(t.handle.db);
      l = await createLendingPool(t.handle.db, w.pool.id);
      await sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);
      const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);
      as.coordinator = await login(w.users.coordinator);
      as.meppelMediator = await login(w.mediators.westerveld.user);
      as.admin = await login(w.users.admin);
      as.lendingCoordinator = await login(l.users.coordinator);
      as.lendingMediator = await login(l.lent.user);
      as.outsider = await login(w.outsider);
    });
    after(() => t?.close());

    const caseWithoutHomeCandidate = () =>
      createMatchingCase(t.handle.db, w.pool.id, {
        municipalityId: w.municipalities.meppel.id,
        referrerUserId: w.users.coordinator.id,
        parties: [
          { role: 'employee', name: 'Els Gedetacheerd', municipalityId: w.municipalities.meppel.id, department: 'Belastingen', email: null },
          { role: 'manager', name: 'Piet Steen', municipalityId: w.municipalities.steenwijkerland.id, department: 'Belastingen', email: null },
          { role: 'organisation_representative', name: 'Wendy West', municipalityId: w.municipalities.westerveld.id, department: 'HR', email: null },
        ],
      });
    /** A fresh lendable mediator per test, so the tests do not share capacity. */
    let n = 0;
    const askLoan = async () => {
      n += 1;
      const m = await createMediator(t.handle.db, l.pool.id, { municipalityId: l.zeist.id, name: `Lotte Leen ${n}`, specialisms: ['employment'], maxConcurrentCases: 4 });
      const c = await caseWithoutHomeCandidate();
      const res = await as.coordinator.post(`/api/v1/cases/${c.id}/loans`, { lenderProfileId: m.profile.id });
      assert.equal(res.statusCode, 201, res.body);
      return { loan: res.json() as { id: string; allowedActions: string[] }, caseId: c.id, mediator: m };
    };
    const withdraw = (loanId: string, status: unknown, agent = as.coordinator) => agent.post(`/api/v1/lending/loans/${loanId}/withdrawal`, { status });
    const stateOf = async (loanId: string) => (await t.handle.db.selectFrom('mediator_loan').select('status').where('id', '=', loanId).executeTakeFirstOrThrow()).status;
    const audits = (loanId: string) =>
      t.handle.db.selectFrom('audit_event').select(['pool_id', 'actor_user_id']).where('action', '=', 'lending-loan.withdraw').where('object_id', '=', loanId).execute();
    const mails = (to: string) =>
      t.handle.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).where('kind', '=', 'lending.loan-withdrawn').where('to_address', '=', to).execute();

    test('a waiting request: withdrawn, audited in both pools, the lending coordinators mailed; no longer waiting for them', async () => {
      const { loan } = await askLoan();
      assert.ok(loan.allowedActions.includes('withdraw'), 'the borrowing coordinator may withdraw it');
      const theirs = (await as.lendingCoordinator.get(`/api/v1/lending/loans/${loan.id}`)).json();
      assert.deepEqual(theirs.allowedActions, ['approve', 'refuse'], 'the lending side decides, it does not withdraw');
      const mailsBefore = (await mails(l.users.coordinator.email)).length;

      const res = await withdraw(loan.id, 'requested');
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual([res.json().status, res.json().allowedActions], ['withdrawn', []]);
      assert.equal(await stateOf(loan.id), 'withdrawn');
      assert.deepEqual((await audits(loan.id)).map((a) => a.pool_id).sort(), [w.pool.id, l.pool.id].sort());
      assert.ok((await audits(loan.id)).every((a) => a.actor_user_id === w.users.coordinator.id));
      const mailed = await mails(l.users.coordinator.email);
      assert.equal(mailed.length, mailsBefore + 1);
      assert.match(mailed.at(-1)!.body_text, /verzoek ingetrokken/);
      const queue = (await as.lendingCoordinator.get('/api/v1/lending/loans?status=requested')).json().items;
      assert.ok(!queue.some((q: { id: string }) => q.id === loan.id));

      // Once more: the state moved on, nothing changes.
      const again = await withdraw(loan.id, 'requested');
      assert.equal(again.statusCode, 409, again.body);
      assert.ok(again.json().type.endsWith('loan-state-changed'));
      assert.match(again.json().detail, /intussen veranderd/);
      assert.equal((await audits(loan.id)).length, 2);
    });

    test('bad input and the wrong people: clear problems, nothing changed', async () => {
      const { loan } = await askLoan();
      const cases: [string, Awaited<ReturnType<typeof withdraw>>, number, string][] = [
        ['no state named', await as.coordinator.post(`/api/v1/lending/loans/${loan.id}/withdrawal`, {}), 400, 'invalid-input'],
        ['a state one cannot withdraw from', await withdraw(loan.id, 'refused'), 400, 'invalid-input'],
        ['not a loan id', await withdraw('nope', 'requested'), 400, 'invalid-input'],
        ['an unknown loan', await withdraw('11111111-1111-4111-8111-111111111111', 'requested'), 404, 'not-found'],
        ['the state seen was another', await withdraw(loan.id, 'approved'), 409, 'loan-state-changed'],
        ['the lending pool’s coordinator', await withdraw(loan.id, 'requested', as.lendingCoordinator), 403, 'forbidden'],
        ['the borrowing pool’s administrator', await withdraw(loan.id, 'requested', as.admin), 403, 'forbidden'],
        ['a mediator of the borrowing pool', await withdraw(loan.id, 'requested', as.meppelMediator), 404, 'not-found'],
        ['the lent mediator', await withdraw(loan.id, 'requested', as.lendingMediator), 404, 'not-found'],
        ['another pool', await withdraw(loan.id, 'requested', as.outsider), 404, 'not-found'],
      ];
      for (const [what, res, status, code] of cases) {
        assert.equal(res.statusCode, status, `${what}: ${res.body}`);
        assert.ok(String(res.json().type).endsWith(code), `${what}: ${res.body}`);
        assert.match(res.json().detail ?? res.json().title, /[a-z]/, what);
      }
      const bad = cases[1]![1].json();
      assert.ok(JSON.stringify(bad.invalidParams).includes('status'), 'the field is named');
      assert.equal(await stateOf(loan.id), 'requested');
      assert.equal((await audits(loan.id)).length, 0);
    });

    test('approved, not proposed: withdrawn, the mediator told; she can no longer be proposed on the case', async () => {
      const { loan, caseId, mediator } = await askLoan();
      assert.equal((await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/approval`)).statusCode, 200);
      const approved = (await as.coordinator.get(`/api/v1/lending/loans/${loan.id}`)).json();
      assert.deepEqual([approved.status, approved.allowedActions], ['approved', ['withdraw']]);

      const res = await withdraw(loan.id, 'approved');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(await stateOf(loan.id), 'withdrawn');
      const told = await mails(mediator.user.email);
      assert.equal(told.length, 1);
      assert.match(told[0]!.body_text, /uw lening .* ingetrokken/);
      assert.equal((await mails(l.users.coordinator.email)).filter((m) => m.body_text.includes('goedgekeurde lening')).length, 1);
      const proposed = await as.coordinator.post(`/api/v1/cases/${caseId}/proposals`, { mediatorId: approved.borrowerProfileId });
      assert.equal(proposed.statusCode, 409, proposed.body);
    });

    test('approved and proposed: refused until the proposal is withdrawn in matching, then withdrawn', async () => {
      const { loan, caseId } = await askLoan();
      await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/approval`);
      const profileId = (await as.coordinator.get(`/api/v1/lending/loans/${loan.id}`)).json().borrowerProfileId as string;
      const proposal = await as.coordinator.post(`/api/v1/cases/${caseId}/proposals`, { mediatorId: profileId });
      assert.equal(proposal.statusCode, 201, proposal.body);
      assert.deepEqual((await as.coordinator.get(`/api/v1/lending/loans/${loan.id}`)).json().allowedActions, [], 'no withdrawal offered while she is proposed');

      const refused = await withdraw(loan.id, 'approved');
      assert.equal(refused.statusCode, 409, refused.body);
      assert.ok(refused.json().type.endsWith('loan-mediator-proposed'));
      assert.match(refused.json().detail, /Trek eerst het voorstel in/);
      assert.equal(await stateOf(loan.id), 'approved');

      const retracted = await as.coordinator.post(`/api/v1/proposals/${proposal.json().id}/withdraw`, { reason: 'Toch liever een andere mediator.' });
      assert.ok(retracted.statusCode < 300, retracted.body);
      const res = await withdraw(loan.id, 'approved');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(await stateOf(loan.id), 'withdrawn');
    });

    test('two withdrawals at once: exactly one wins', async () => {
      const { loan } = await askLoan();
      const results = await Promise.all([withdraw(loan.id, 'requested'), withdraw(loan.id, 'requested')]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409], results.map((r) => r.body).join(' | '));
      assert.equal(await stateOf(loan.id), 'withdrawn');
      assert.equal((await audits(loan.id)).length, 2, 'one withdrawal, audited once in each pool');
    });

    test('a withdrawal and an approval at once: exactly one wins', async () => {
      const { loan } = await askLoan();
      const [withdrawn, approved] = await Promise.all([withdraw(loan.id, 'requested'), as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/approval`)]);
      const codes = [withdrawn.statusCode, approved.statusCode];
      assert.deepEqual([...codes].sort(), [200, 409], `${withdrawn.body} | ${approved.body}`);
      assert.equal(await stateOf(loan.id), withdrawn.statusCode === 200 ? 'withdrawn' : 'approved');
      const approvals = await t.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'lending-loan.approve').where('object_id', '=', loan.id).execute();
      assert.equal(approvals.length, withdrawn.statusCode === 200 ? 0 : 2);
      assert.equal((await audits(loan.id)).length, withdrawn.statusCode === 200 ? 2 : 0);
    });
  });
}
