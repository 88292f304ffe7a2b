import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/server/db/database.js';
import { createPool, createUser } from './factories.js';
import { addMember, createMediator } from './registry-factories.js';
import { caseWithMediator } from './hours-factories.js';
import { Agent } from './test-app.js';

/**
 * A second pool that lends a mediator to a borrowing pool, as the loan flow leaves it (issue 15,
 * item 2): the lending pool (Zeist and Utrecht, hourly per quarter) with its coordinator, finance
 * and a Zeist mediator, and an agreement in force with the borrowing pool. `lendFor` then puts the
 * mediator on a case of the borrowing pool under an approved loan: a membership (mediator, her own
 * municipality) and a profile there, the case assigned to that profile, the loan approved at the
 * rate. Hours are logged and approved through the API (`logAsLent`).
 */
export async function createLendingPool(db: Database, borrowingPoolId: string, o: { rateCents?: number | null; name?: string; period?: 'month' | 'quarter' | 'year' } = {}) {
  const pool = await createPool(db, { name: o.name ?? 'Regionaal Mediatorsnetwerk (test)' });
  const zeist = await addMember(db, pool.id, 'GM0355');
  const utrecht = await addMember(db, pool.id, 'GM0344');
  await db.updateTable('pool_settings').set({ settlement_mode: 'hourly', settlement_period: o.period ?? 'quarter' }).where('pool_id', '=', pool.id).execute();
  await db.insertInto('pool_hourly_rate').values({ pool_id: pool.id, year: 2026, cents: 7000 }).execute();
  const lent = await createMediator(db, pool.id, { municipalityId: zeist.id, name: 'Noor Uitgeleend' });
  const users = {
    admin: await createUser(db, pool.id, { roles: ['admin'], municipalityId: utrecht.id, name: 'Anna Beheer' }),
    coordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: utrecht.id, name: 'Sanne Coördinator' }),
    finance: await createUser(db, pool.id, { roles: ['finance'], municipalityId: utrecht.id }),
    contactZeist: await createUser(db, pool.id, { roles: ['contact'], municipalityId: zeist.id }),
    mediator: lent.user,
  };
  const agreement = await db
    .insertInto('lending_agreement')
    .values({
      proposer_pool_id: borrowingPoolId,
      partner_pool_id: pool.id,
      case_types: ['employment', 'citizen_government', 'neighbours'],
      rate_cents: o.rateCents === undefined ? 6000 : o.rateCents,
      yearly_cap_hours: 40,
      auto_approve: false,
      proposed_by: users.admin.id,
      confirmed_by: users.admin.id,
      confirmed_at: new Date('2026-01-05T10:00:00Z'),
    })
    .returning(['id', 'rate_cents'])
    .executeTakeFirstOrThrow();
  return { pool, zeist, utrecht, lent, users, agreement };
}

export type LendingPool = Awaited<ReturnType<typeof createLendingPool>>;

/** The lent mediator on a new case of the borrowing pool under an approved loan; her profile there is made once. */
export async function lendFor(
  app: FastifyInstance,
  db: Database,
  coordinator: Agent,
  l: LendingPool,
  o: { borrowingPoolId: string; municipalityId: string; decidedBy: string; referredOn?: string; rateCents?: number | null },
) {
  const { user } = l.lent;
  await db
    .insertInto('pool_membership')
    .values({ user_id: user.id, pool_id: o.borrowingPoolId, roles: ['mediator'], municipality_id: l.zeist.id })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const profile =
    (await db.selectFrom('mediator_profile').select('id').where('pool_id', '=', o.borrowingPoolId).where('user_id', '=', user.id).executeTakeFirst()) ??
    (await db
      .insertInto('mediator_profile')
      .values({ pool_id: o.borrowingPoolId, user_id: user.id, status: 'active', status_since: '2026-01-01', specialisms: ['employment'], languages: ['nl'] })
      .returning('id')
      .executeTakeFirstOrThrow());
  const c = await caseWithMediator(app, db, coordinator, { poolId: o.borrowingPoolId, municipalityId: o.municipalityId, mediatorProfileId: profile.id, referredOn: o.referredOn ?? '2026-06-01' });
  const loan = await db
    .insertInto('mediator_loan')
    .values({
      pool_id: o.borrowingPoolId,
      lender_pool_id: l.pool.id,
      agreement_id: l.agreement.id,
      case_id: c.id,
      mediator_user_id: user.id,
      lender_profile_id: l.lent.profile.id,
      borrower_profile_id: profile.id,
      status: 'approved',
      rate_cents: o.rateCents === undefined ? l.agreement.rate_cents : o.rateCents,
      requested_by: o.decidedBy,
      decided_by: l.users.coordinator.id,
      decided_at: new Date(`${o.referredOn ?? '2026-06-01'}T13:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { case: c, loanId: loan.id, borrowerProfileId: profile.id };
}

/** The lent mediator signed in, with the borrowing pool chosen for the session. */
export async function lentMediatorAgent(app: FastifyInstance, l: LendingPool, borrowingPoolId: string): Promise<Agent> {
  const agent = await new Agent(app).login(l.lent.user.email, l.lent.user.password);
  const res = await agent.put('/api/v1/me/pool', { poolId: borrowingPoolId });
  if (res.statusCode !== 200) throw new Error(`pool switch failed: ${res.statusCode} ${res.body}`);
  return agent;
}
