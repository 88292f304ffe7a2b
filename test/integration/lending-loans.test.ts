import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Agent, createTestApp, type TestApp } from '../helpers/test-app.js';
import { createPool } from '../helpers/factories.js';
import { addMember, createMediator } from '../helpers/registry-factories.js';
import { createDemoMatchingPool, createMatchingCase, declaration, type MatchingWorld } from '../helpers/matching-factories.js';
import { createLendingPool, lentMediatorAgent, type LendingPool } from '../helpers/lending-factories.js';

/**
 * Issue 15, item 2 (loans): a Meppel case with no eligible home candidate; the coordinator sees the
 * partner pool's eligible mediators, asks a loan, the lending pool's coordinator approves (or
 * refuses, or the agreement approves at once); the lent mediator is proposed and accepts as usual.
 * Bad input: a mediator whose municipality is a party, beyond the yearly cap, no agreement in
 * force, a case type not covered, a second open loan, another pool's case: nothing changes.
 */
describe('loans of mediators between pools', () => {
  let t: TestApp;
  let w: MatchingWorld;
  let l: LendingPool;
  let utrechtMediator: Awaited<ReturnType<typeof createMediator>>;
  let strangerMediator: Awaited<ReturnType<typeof createMediator>>;
  const as = {} as Record<'coordinator' | 'meppelMediator' | 'lendingCoordinator' | 'lendingMediator' | 'lendingAdmin' | 'outsider', Agent>;

  before(async () => {
    t = await createTestApp('pglite');
    w = await createDemoMatchingPool(t.handle.db);
    l = await createLendingPool(t.handle.db, w.pool.id);
    utrechtMediator = await createMediator(t.handle.db, l.pool.id, { municipalityId: l.utrecht.id, name: 'Ufuk Utrecht', specialisms: ['employment', 'citizen_government'] });
    await t.handle.db.updateTable('mediator_profile').set({ specialisms: ['employment', 'citizen_government'], languages: ['nl', 'en'] }).where('id', '=', l.lent.profile.id).execute();
    const stranger = await createPool(t.handle.db, { name: 'Pool zonder overeenkomst' });
    const almere = await addMember(t.handle.db, stranger.id, 'GM0034');
    strangerMediator = await createMediator(t.handle.db, stranger.id, { municipalityId: almere.id, name: 'Sven Vreemd' });
    await sql`UPDATE pool_settings SET require_second_factor = false`.execute(t.handle.db);
    const login = (u: { email: string; password: string }) => new Agent(t.app).login(u.email, u.password);
    as.coordinator = await login(w.users.coordinator);
    as.meppelMediator = await login(w.mediators.westerveld.user);
    as.lendingCoordinator = await login(l.users.coordinator);
    as.lendingMediator = await login(l.lent.user);
    as.lendingAdmin = await login(l.users.admin);
    as.outsider = await login(w.outsider);
  });
  after(() => t.close());

  /** A case every active Meppel mediator is excluded from: its parties work for Meppel, Steenwijkerland and Westerveld. */
  const caseWithoutHomeCandidate = (o: { caseType?: 'employment' | 'group'; extraParty?: string } = {}) =>
    createMatchingCase(t.handle.db, w.pool.id, {
      municipalityId: w.municipalities.meppel.id,
      referrerUserId: w.users.coordinator.id,
      ...(o.caseType ? { caseType: o.caseType } : {}),
      parties: [
        { role: 'employee', name: 'Els Gedetacheerd', municipalityId: w.municipalities.meppel.id, department: 'Belastingen', email: 'els@example.org' },
        { role: 'manager', name: 'Piet Steen', municipalityId: w.municipalities.steenwijkerland.id, department: 'Belastingen', email: null },
        { role: 'organisation_representative', name: 'Wendy West', municipalityId: o.extraParty ?? w.municipalities.westerveld.id, department: 'HR', email: null },
      ],
    });
  const loans = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM mediator_loan`.execute(t.handle.db)).rows[0]!.n);
  const ask = (caseId: string, lenderProfileId: string, agent = as.coordinator) => agent.post(`/api/v1/cases/${caseId}/loans`, { lenderProfileId });

  test('no home candidate: the partner pool offers its eligible mediator, with nothing of its cases', async () => {
    const c = await caseWithoutHomeCandidate();
    const home = await as.coordinator.get(`/api/v1/cases/${c.id}/candidates`);
    assert.equal(home.statusCode, 200, home.body);
    assert.equal(home.json().eligibleTotal, 0, 'no Meppel mediator qualifies');

    const res = await as.coordinator.get(`/api/v1/cases/${c.id}/partner-candidates`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    const names = body.items.map((i: { name: string }) => i.name).sort();
    assert.deepEqual(names, ['Noor Uitgeleend', 'Ufuk Utrecht']);
    const noor = body.items.find((i: { name: string }) => i.name === 'Noor Uitgeleend');
    assert.deepEqual(Object.keys(noor).sort(), ['agreementId', 'allowedActions', 'freePlaces', 'languages', 'lenderProfileId', 'municipality', 'name', 'openLoan', 'pool', 'profession', 'unavailable']);
    assert.deepEqual([noor.municipality, noor.profession, noor.languages, noor.pool.id, noor.allowedActions], ['Zeist', 'mediator', ['nl', 'en'], l.pool.id, ['requestLoan']]);
    assert.deepEqual(body.partnerPools, [{ id: l.pool.id, name: l.pool.name, hoursLeftThisYear: 40 }]);
    assert.ok(!res.body.includes(w.outsider.email) && !res.body.includes('Sven Vreemd'), 'a pool without an agreement offers nobody');

    // Utrecht is a party of this one: her Utrecht colleague is not offered (MfN 2.1).
    const utrechtParty = await caseWithoutHomeCandidate({ extraParty: l.utrecht.id });
    const offered = (await as.coordinator.get(`/api/v1/cases/${utrechtParty.id}/partner-candidates`)).json().items.map((i: { name: string }) => i.name);
    assert.deepEqual(offered, ['Noor Uitgeleend']);

    assert.equal((await as.meppelMediator.get(`/api/v1/cases/${c.id}/partner-candidates`)).statusCode, 404, 'a mediator not on the case does not see it');
    assert.equal((await as.lendingCoordinator.get(`/api/v1/cases/${c.id}/partner-candidates`)).statusCode, 404, 'the other pool does not see the case');
  });

  test('bad requests: clear problems, nothing stored', async () => {
    const c = await caseWithoutHomeCandidate({ extraParty: l.utrecht.id });
    const group = await caseWithoutHomeCandidate({ caseType: 'group' });
    const before = await loans();
    const cases: [string, Awaited<ReturnType<typeof ask>>, number, string][] = [
      ['unknown profile', await ask(c.id, '11111111-1111-4111-8111-111111111111'), 400, 'invalid-input'],
      ['a home profile', await ask(c.id, w.mediators.westerveld.profile.id), 400, 'invalid-input'],
      ['municipality is a party', await ask(c.id, utrechtMediator.profile.id), 422, 'mediator-party-municipality'],
      ['no agreement in force', await ask(c.id, strangerMediator.profile.id), 422, 'no-agreement-in-force'],
      ['case type not covered', await ask(group.id, l.lent.profile.id), 422, 'case-type-not-covered'],
      ['another pool’s case', await ask(c.id, l.lent.profile.id, as.lendingCoordinator), 404, 'not-found'],
      ['a mediator asks', await ask(c.id, l.lent.profile.id, as.meppelMediator), 404, 'not-found'],
    ];
    for (const [what, res, status, code] of cases) {
      assert.equal(res.statusCode, status, `${what}: ${res.body}`);
      assert.ok(String(res.json().type).endsWith(code), `${what}: ${res.body}`);
      assert.match(res.json().detail ?? res.json().title, /[a-z]/, what);
    }
    const party = cases[2]![1].json();
    assert.match(party.detail, /Utrecht.*partij/);
    const badBody = await as.coordinator.post(`/api/v1/cases/${c.id}/loans`, { lenderProfileId: 'nope' });
    assert.equal(badBody.statusCode, 400);
    assert.ok(JSON.stringify(badBody.json().invalidParams).includes('lenderProfileId'));
    assert.equal(await loans(), before, 'nothing stored');
  });

  test('asked, approved by the lending coordinator, proposed and accepted as usual in the borrowing pool', async () => {
    const c = await caseWithoutHomeCandidate();
    const asked = await ask(c.id, l.lent.profile.id);
    assert.equal(asked.statusCode, 201, asked.body);
    const loan = asked.json();
    assert.deepEqual([loan.status, loan.direction, loan.borrowerProfileId, loan.case.number], ['requested', 'in', null, c.number]);
    const again = await ask(c.id, l.lent.profile.id);
    assert.equal(again.statusCode, 409, again.body);
    assert.ok(again.json().type.endsWith('loan-exists'));
    const requestMail = await t.handle.db.selectFrom('mail_outbox').select(['to_address', 'pool_id']).where('kind', '=', 'lending.loan-requested').execute();
    assert.deepEqual(requestMail.map((m) => m.to_address), [l.users.coordinator.email]);

    // The queue of the lending pool; the borrowing side, a mediator and a stranger cannot decide.
    const queue = (await as.lendingCoordinator.get('/api/v1/lending/loans?status=requested')).json().items;
    assert.equal(queue.length, 1);
    assert.deepEqual([queue[0].direction, queue[0].mediator.name, queue[0].allowedActions], ['out', 'Noor Uitgeleend', ['approve', 'refuse']]);
    assert.ok(!JSON.stringify(queue[0]).includes('Els Gedetacheerd'), 'the lending pool sees no party of the case');
    assert.equal((await as.coordinator.post(`/api/v1/lending/loans/${loan.id}/approval`)).statusCode, 403);
    assert.equal((await as.lendingMediator.post(`/api/v1/lending/loans/${loan.id}/approval`)).statusCode, 404);
    assert.equal((await as.outsider.post(`/api/v1/lending/loans/${loan.id}/approval`)).statusCode, 404);
    assert.equal((await as.outsider.get(`/api/v1/lending/loans/${loan.id}`)).statusCode, 404);

    const approved = await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/approval`);
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().status, 'approved');
    assert.equal((await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/approval`)).statusCode, 409, 'decided once');

    const row = await t.handle.db.selectFrom('mediator_loan').selectAll().where('id', '=', loan.id).executeTakeFirstOrThrow();
    assert.equal(row.rate_cents, l.agreement.rate_cents);
    const profile = await t.handle.db.selectFrom('mediator_profile').selectAll().where('id', '=', row.borrower_profile_id!).executeTakeFirstOrThrow();
    assert.deepEqual([profile.pool_id, profile.user_id, profile.status, profile.specialisms, profile.languages], [w.pool.id, l.lent.user.id, 'active', ['employment', 'citizen_government'], ['nl', 'en']]);
    const membership = await t.handle.db.selectFrom('pool_membership').selectAll().where('user_id', '=', l.lent.user.id).where('pool_id', '=', w.pool.id).executeTakeFirstOrThrow();
    assert.deepEqual(membership.roles, ['mediator']);
    const audits = await t.handle.db.selectFrom('audit_event').select('pool_id').where('action', '=', 'lending-loan.approve').where('object_id', '=', loan.id).execute();
    assert.deepEqual(audits.map((a) => a.pool_id).sort(), [w.pool.id, l.pool.id].sort());
    const approvedMails = await t.handle.db.selectFrom('mail_outbox').select('to_address').where('kind', '=', 'lending.loan-approved').execute();
    assert.deepEqual(approvedMails.map((m) => m.to_address).sort(), [w.users.coordinator.email, l.lent.user.email].sort());
    const seen = (await as.coordinator.get(`/api/v1/lending/loans/${loan.id}`)).json();
    assert.equal(seen.borrowerProfileId, profile.id);

    // The borrowing coordinator proposes her as usual; she answers in the borrowing pool.
    const home = (await as.coordinator.get(`/api/v1/cases/${c.id}/candidates`)).json();
    assert.deepEqual(home.eligible.map((e: { mediator: { id: string } }) => e.mediator.id), [profile.id], 'the lent profile is a candidate now');
    const proposed = await as.coordinator.post(`/api/v1/cases/${c.id}/proposals`, { mediatorId: profile.id });
    assert.equal(proposed.statusCode, 201, proposed.body);
    assert.deepEqual((await as.lendingMediator.get('/api/v1/me/tasks')).json().items, [], 'in her home pool the task is not there');
    const noor = await lentMediatorAgent(t.app, l, w.pool.id);
    const tasks = (await noor.get('/api/v1/me/tasks')).json().items;
    assert.equal(tasks.length, 1);
    const accepted = await noor.post(`/api/v1/proposals/${tasks[0].proposalId ?? tasks[0].id}/accept`, declaration());
    assert.ok(accepted.statusCode < 300, accepted.body);

    // Only for this case: on another case the lent profile may not be proposed.
    const other = await caseWithoutHomeCandidate();
    const otherCandidates = (await as.coordinator.get(`/api/v1/cases/${other.id}/candidates`)).json();
    const listed = [...otherCandidates.eligible, ...(otherCandidates.excluded ?? [])].map((e: { mediator: { id: string } }) => e.mediator.id);
    assert.ok(!listed.includes(profile.id), 'not a home candidate of another case');
    const batch = (await as.coordinator.get('/api/v1/matching/batch-suggestion')).json();
    assert.ok(!JSON.stringify(batch).includes(profile.id), 'never in the batch suggestion');
    const elsewhere = await as.coordinator.post(`/api/v1/cases/${other.id}/proposals`, { mediatorId: profile.id });
    assert.equal(elsewhere.statusCode, 409, elsewhere.body);
    assert.ok(JSON.stringify(elsewhere.json().invalidParams).includes('lent_for_other_case'));
  });

  test('refused with a reason; then she may be asked again', async () => {
    const c = await caseWithoutHomeCandidate();
    const loan = (await ask(c.id, l.lent.profile.id)).json();
    assert.equal((await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/refusal`, { reason: '' })).statusCode, 400);
    const blank = await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/refusal`, { reason: '   ' });
    assert.equal(blank.statusCode, 400);
    assert.ok(JSON.stringify(blank.json().invalidParams).includes('reason'));
    const refused = await as.lendingCoordinator.post(`/api/v1/lending/loans/${loan.id}/refusal`, { reason: 'Noor heeft deze maand geen ruimte.' });
    assert.equal(refused.statusCode, 200, refused.body);
    assert.deepEqual([refused.json().status, refused.json().refusalReason], ['refused', 'Noor heeft deze maand geen ruimte.']);
    const mail = await t.handle.db.selectFrom('mail_outbox').select(['to_address', 'body_text']).where('kind', '=', 'lending.loan-refused').executeTakeFirstOrThrow();
    assert.equal(mail.to_address, w.users.coordinator.email);
    assert.match(mail.body_text, /geen ruimte/);
    assert.equal((await ask(c.id, l.lent.profile.id)).statusCode, 201, 'a refused loan is no open loan');
  });

  test('the yearly cap: a loan reserves 10 hours; the one that would pass the cap is refused, nothing stored', async () => {
    const c = await caseWithoutHomeCandidate();
    const standing = (await as.coordinator.get(`/api/v1/cases/${c.id}/partner-candidates`)).json().partnerPools[0].hoursLeftThisYear as number;
    // Set the cap so that exactly one more reservation fits, ask it, and the next does not.
    const lent = 40 - standing;
    await t.handle.db.updateTable('lending_agreement').set({ yearly_cap_hours: lent + 10 }).where('id', '=', l.agreement.id).execute();
    const first = await ask(c.id, utrechtMediator.profile.id);
    assert.equal(first.statusCode, 201, first.body);
    const before = await loans();
    const next = await caseWithoutHomeCandidate();
    // A mediator with room (Noor is busy by now), so that only the cap stands in the way.
    const free = await createMediator(t.handle.db, l.pool.id, { municipalityId: l.zeist.id, name: 'Fenna Vrij', specialisms: ['employment'], maxConcurrentCases: 4 });
    const over = await ask(next.id, free.profile.id);
    assert.equal(over.statusCode, 422, over.body);
    assert.ok(over.json().type.endsWith('beyond-yearly-cap'));
    assert.match(over.json().detail, /nog 0 uur over/);
    assert.equal(await loans(), before);
    await t.handle.db.updateTable('lending_agreement').set({ yearly_cap_hours: 40 }).where('id', '=', l.agreement.id).execute();
    await t.handle.db.updateTable('mediator_loan').set({ status: 'withdrawn' }).where('id', '=', first.json().id).execute();
  });

  test('an agreement that approves at once: the loan is approved on asking', async () => {
    await t.handle.db.updateTable('lending_agreement').set({ auto_approve: true }).where('id', '=', l.agreement.id).execute();
    const c = await caseWithoutHomeCandidate();
    const asked = await ask(c.id, utrechtMediator.profile.id);
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal(asked.json().status, 'approved');
    assert.ok(asked.json().borrowerProfileId);
    await t.handle.db.updateTable('lending_agreement').set({ auto_approve: false }).where('id', '=', l.agreement.id).execute();
  });
});
