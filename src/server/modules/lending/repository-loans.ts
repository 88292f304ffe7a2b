import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CaseType } from '../../../domain/cases/case-vocabulary.js';
import { cappedCount } from '../../db/paging.js';

/** All of the lending module's SQL about loans (mediator_loan, migration 0028). */

/** Case statuses in which a loan still takes its reservation of the cap and a place of the mediator. */
const OPEN_CASE_STATUSES = ['registered', 'triage', 'matching', 'proposed', 'assigned', 'in_progress'] as const;

/** The agreements in force between this pool and others that cover the case type, with the partner pool. */
export const agreementsInForceCovering = (db: Kysely<DB>, poolId: string, caseType: CaseType) =>
  db
    .selectFrom('lending_agreement as a')
    .innerJoin('pool as p', (j) => j.on(sql<boolean>`p.id = CASE WHEN a.proposer_pool_id = ${poolId} THEN a.partner_pool_id ELSE a.proposer_pool_id END`))
    .select(['a.id', 'p.id as partner_pool_id', 'p.name as partner_name', 'a.case_types', 'a.rate_cents', 'a.yearly_cap_hours', 'a.auto_approve'])
    .where((eb) => eb.or([eb('a.proposer_pool_id', '=', poolId), eb('a.partner_pool_id', '=', poolId)]))
    .where('a.confirmed_at', 'is not', null)
    .where('a.ended_at', 'is', null)
    .where(sql<boolean>`${caseType} = ANY(a.case_types)`)
    .orderBy('p.name')
    .orderBy('a.id')
    .execute();

export type AgreementInForce = Awaited<ReturnType<typeof agreementsInForceCovering>>[number];

/**
 * The loans under an agreement that count for this calendar year's cap: every asked or approved
 * loan (open while its case is not finished) and every loan with hours this year, with the
 * minutes its mediator logged on its case this year (hour_entry of the borrower profile on the
 * loan's case, not rejected; corrections count with their sign).
 */
export async function loanUsesThisYear(db: Kysely<DB>, agreementId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const open = sql.join(OPEN_CASE_STATUSES.map((s) => sql`${s}`));
  return db
    .selectFrom('mediator_loan as l')
    .innerJoin('mediation_case as c', 'c.id', 'l.case_id')
    .select([
      sql<boolean>`l.status IN ('requested', 'approved') AND c.status IN (${open})`.as('open'),
      sql<number>`coalesce((SELECT sum(e.minutes)::integer FROM hour_entry e WHERE e.case_id = l.case_id AND e.mediator_id = l.borrower_profile_id
        AND e.status <> 'rejected' AND e.work_date BETWEEN ${from}::date AND ${to}::date), 0)`.as('logged_minutes'),
    ])
    .where('l.agreement_id', '=', agreementId)
    .where((eb) => eb.or([eb('l.status', 'in', ['requested', 'approved']), eb('l.borrower_profile_id', 'is not', null)]))
    .execute();
}

/**
 * Per account: open loans elsewhere (asked or approved, case not finished), which take a place of
 * the mediator beside the lending pool's own cases.
 */
export async function openLoansOfAccounts(db: Kysely<DB>, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('mediator_loan as l')
    .innerJoin('mediation_case as c', 'c.id', 'l.case_id')
    .select(['l.mediator_user_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('l.mediator_user_id', 'in', userIds)
    .where('l.status', 'in', ['requested', 'approved'])
    .where('c.status', 'in', [...OPEN_CASE_STATUSES])
    .groupBy('l.mediator_user_id')
    .execute();
  return new Map(rows.map((r) => [r.mediator_user_id, Number(r.n)]));
}

/** The accounts among these that are a mediator of the pool themselves (a profile not made by a loan): they are home candidates. */
export async function homeMediatorsAmong(db: Kysely<DB>, poolId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('mediator_profile as mp')
    .select('mp.user_id')
    .where('mp.pool_id', '=', poolId)
    .where('mp.user_id', 'in', userIds)
    .where('mp.status', '<>', 'left')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('mediator_loan as l').select('l.id').whereRef('l.borrower_profile_id', '=', 'mp.id'))))
    .execute();
  return new Set(rows.map((r) => r.user_id!));
}

/** A loan with what both pools see of it: pools, mediator (name, municipality), case number and type, who asked. */
const selectLoans = (db: Kysely<DB>) =>
  db
    .selectFrom('mediator_loan as l')
    .innerJoin('pool as bp', 'bp.id', 'l.pool_id')
    .innerJoin('pool as lp', 'lp.id', 'l.lender_pool_id')
    .innerJoin('app_user as u', 'u.id', 'l.mediator_user_id')
    .leftJoin('municipality as um', 'um.id', 'u.municipality_id')
    .innerJoin('mediation_case as c', 'c.id', 'l.case_id')
    .innerJoin('app_user as rq', 'rq.id', 'l.requested_by')
    .select([
      'l.id',
      'l.pool_id',
      'l.lender_pool_id',
      'l.agreement_id',
      'l.case_id',
      'l.mediator_user_id',
      'l.lender_profile_id',
      'l.borrower_profile_id',
      'l.status',
      'l.rate_cents',
      'l.requested_at',
      'l.decided_at',
      'l.refusal_reason',
      'bp.name as borrowing_pool_name',
      'lp.name as lending_pool_name',
      'u.name as mediator_name',
      'u.email as mediator_email',
      'um.name as mediator_municipality',
      'c.number as case_number',
      'c.case_type',
      'l.requested_by',
      'rq.name as requested_by_name',
      'rq.email as requested_by_email',
      // The lent mediator's profile in an open or assigned proposal on the case, or on the case: an approved loan in use.
      sql<boolean>`(l.borrower_profile_id IS NOT NULL AND (
        EXISTS (SELECT 1 FROM proposal_mediator pm JOIN case_proposal p ON p.id = pm.proposal_id
          WHERE pm.case_id = l.case_id AND pm.mediator_id = l.borrower_profile_id AND p.status IN ('open', 'assigned'))
        OR EXISTS (SELECT 1 FROM case_mediator cm WHERE cm.case_id = l.case_id AND cm.mediator_id = l.borrower_profile_id AND cm.released_at IS NULL)))`.as('mediator_engaged'),
    ]);

export type LoanRow = Awaited<ReturnType<ReturnType<typeof selectLoans>['executeTakeFirstOrThrow']>>;

export const findLoan = (db: Kysely<DB>, loanId: string) => selectLoans(db).where('l.id', '=', loanId).executeTakeFirst();

export const findLoanForUpdate = (db: Kysely<DB>, loanId: string) =>
  db.selectFrom('mediator_loan').select(['id', 'pool_id', 'lender_pool_id', 'status']).where('id', '=', loanId).forUpdate().executeTakeFirst();

/** The case's loans (the borrowing pool's), newest first. */
export const loansOfCase = (db: Kysely<DB>, poolId: string, caseId: string) =>
  selectLoans(db).where('l.pool_id', '=', poolId).where('l.case_id', '=', caseId).orderBy('l.requested_at', 'desc').orderBy('l.id').execute();

/** The pool's loans, lent and borrowed: asked ones first (oldest first), then the decided, newest first; at most `limit`. */
export const loansOfPool = (db: Kysely<DB>, poolId: string, status: string | undefined, limit: number) => {
  let q = selectLoans(db).where((eb) => eb.or([eb('l.pool_id', '=', poolId), eb('l.lender_pool_id', '=', poolId)]));
  if (status) q = q.where('l.status', '=', status as 'requested');
  return q
    .orderBy(sql`CASE WHEN l.status = 'requested' THEN 0 ELSE 1 END`)
    .orderBy(sql`CASE WHEN l.status = 'requested' THEN l.requested_at END`)
    .orderBy('l.requested_at', 'desc')
    .orderBy('l.id')
    .limit(limit)
    .execute();
};

/**
 * The loan requests that wait for this (lending) pool's decision, longest waiting first (index on
 * lender pool and status), counted up to LIST_REACH: the start page's section.
 */
export async function waitingRequests(db: Kysely<DB>, poolId: string, limit: number) {
  const q = db.selectFrom('mediator_loan as w').where('w.lender_pool_id', '=', poolId).where('w.status', '=', 'requested');
  const counted = await cappedCount(db, q);
  const rows = await selectLoans(db).where('l.lender_pool_id', '=', poolId).where('l.status', '=', 'requested').orderBy('l.requested_at').orderBy('l.id').limit(limit).execute();
  return { rows, counted };
}

/** Whether the case+mediator has an open (asked or approved) loan. */
export async function openLoanExists(db: Kysely<DB>, caseId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('mediator_loan').select('id').where('case_id', '=', caseId).where('mediator_user_id', '=', userId).where('status', 'in', ['requested', 'approved']).executeTakeFirst();
  return row !== undefined;
}

/** Locks the agreement row, so two requests under one cap are counted one after the other. */
export const lockAgreement = (db: Kysely<DB>, agreementId: string) => db.selectFrom('lending_agreement').select('id').where('id', '=', agreementId).forUpdate().executeTakeFirst();

export const insertLoan = (
  db: Kysely<DB>,
  v: { poolId: string; lenderPoolId: string; agreementId: string; caseId: string; mediatorUserId: string; lenderProfileId: string; requestedBy: string },
) =>
  db
    .insertInto('mediator_loan')
    .values({
      pool_id: v.poolId,
      lender_pool_id: v.lenderPoolId,
      agreement_id: v.agreementId,
      case_id: v.caseId,
      mediator_user_id: v.mediatorUserId,
      lender_profile_id: v.lenderProfileId,
      requested_by: v.requestedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

/** The lending profile's facts a borrower profile copies. */
export const lenderProfile = (db: Kysely<DB>, profileId: string) =>
  db.selectFrom('mediator_profile').select(['id', 'kind', 'specialisms', 'languages', 'mfn_register_number', 'registration_expires_on', 'max_concurrent_cases', 'hours_per_month']).where('id', '=', profileId).executeTakeFirstOrThrow();

/** The account's profile in the pool, if any (one per account per pool). */
export const profileInPool = (db: Kysely<DB>, poolId: string, userId: string) =>
  db.selectFrom('mediator_profile').select(['id', 'status']).where('pool_id', '=', poolId).where('user_id', '=', userId).executeTakeFirst();

export const insertBorrowerProfile = (
  db: Kysely<DB>,
  v: { poolId: string; userId: string; today: string; from: Awaited<ReturnType<typeof lenderProfile>> },
) =>
  db
    .insertInto('mediator_profile')
    .values({
      pool_id: v.poolId,
      user_id: v.userId,
      kind: v.from.kind,
      status: 'active',
      status_since: v.today,
      specialisms: v.from.specialisms,
      languages: v.from.languages,
      mfn_register_number: v.from.mfn_register_number,
      registration_expires_on: v.from.registration_expires_on,
      max_concurrent_cases: v.from.max_concurrent_cases,
      hours_per_month: v.from.hours_per_month,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const insertStatusChange = (db: Kysely<DB>, v: { poolId: string; mediatorId: string; today: string; by: string; note: string }) =>
  db.insertInto('mediator_status_change').values({ pool_id: v.poolId, mediator_id: v.mediatorId, status: 'active', from_date: v.today, note: v.note, changed_by: v.by }).execute();

/** A lent profile that was set aside (not active) becomes active again for the new loan. */
export const reactivateProfile = (db: Kysely<DB>, profileId: string, today: string) =>
  db.updateTable('mediator_profile').set({ status: 'active', status_since: today, updated_at: new Date() }).where('id', '=', profileId).where('status', '<>', 'active').execute();

/**
 * The account's membership of the borrowing pool with the mediator role: added when missing,
 * the role added (and the membership switched on) when it is there without it.
 * Returns what changed (nothing, added, updated).
 */
export async function ensureMediatorMembership(db: Kysely<DB>, poolId: string, userId: string): Promise<'none' | 'added' | 'updated'> {
  const m = await db.selectFrom('pool_membership').select(['roles', 'active']).where('pool_id', '=', poolId).where('user_id', '=', userId).forUpdate().executeTakeFirst();
  if (!m) {
    const home = await db.selectFrom('app_user').select('municipality_id').where('id', '=', userId).executeTakeFirstOrThrow();
    await db.insertInto('pool_membership').values({ user_id: userId, pool_id: poolId, roles: ['mediator'], municipality_id: home.municipality_id }).execute();
    return 'added';
  }
  if (m.roles.includes('mediator') && m.active) return 'none';
  await db
    .updateTable('pool_membership')
    .set({ roles: m.roles.includes('mediator') ? m.roles : [...m.roles, 'mediator'], active: true, updated_at: new Date() })
    .where('pool_id', '=', poolId)
    .where('user_id', '=', userId)
    .execute();
  return 'updated';
}

/** The guarded decision: false when the loan was decided in the meantime. */
export async function markDecided(
  db: Kysely<DB>,
  loanId: string,
  v: { status: 'approved'; by: string; borrowerProfileId: string; rateCents: number | null } | { status: 'refused'; by: string; reason: string },
): Promise<boolean> {
  const done = await db
    .updateTable('mediator_loan')
    .set(
      v.status === 'approved'
        ? { status: 'approved', decided_by: v.by, decided_at: new Date(), borrower_profile_id: v.borrowerProfileId, rate_cents: v.rateCents }
        : { status: 'refused', decided_by: v.by, decided_at: new Date(), refusal_reason: v.reason },
    )
    .where('id', '=', loanId)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** The guarded withdrawal: false when the loan is no longer in the state the coordinator saw. */
export async function markWithdrawn(db: Kysely<DB>, loanId: string, from: 'requested' | 'approved'): Promise<boolean> {
  const done = await db.updateTable('mediator_loan').set({ status: 'withdrawn' }).where('id', '=', loanId).where('status', '=', from).executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export const agreementRate = (db: Kysely<DB>, agreementId: string) =>
  db.selectFrom('lending_agreement').select(['rate_cents', 'auto_approve']).where('id', '=', agreementId).executeTakeFirstOrThrow();

/** The pool's active coordinators (by membership), for the loan mails. */
export const coordinatorsOfPool = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool_membership as pm')
    .innerJoin('app_user as u', 'u.id', 'pm.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('pm.pool_id', '=', poolId)
    .where('pm.active', '=', true)
    .where('u.active', '=', true)
    .where(sql<boolean>`'coordinator' = ANY(pm.roles)`)
    .orderBy('u.name')
    .execute();

export const userContact = (db: Kysely<DB>, userId: string) => db.selectFrom('app_user').select(['id', 'name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();

/** The pool of a mediator profile, if the profile exists. */
export const profilePool = async (db: Kysely<DB>, profileId: string) =>
  (await db.selectFrom('mediator_profile').select('pool_id').where('id', '=', profileId).executeTakeFirst())?.pool_id;

/** Whether the two pools have a confirmed agreement that has not ended. */
export async function openAgreementInForce(db: Kysely<DB>, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('lending_agreement')
    .select('id')
    .where('ended_at', 'is', null)
    .where('confirmed_at', 'is not', null)
    .where((eb) => eb.or([eb.and([eb('proposer_pool_id', '=', a), eb('partner_pool_id', '=', b)]), eb.and([eb('proposer_pool_id', '=', b), eb('partner_pool_id', '=', a)])]))
    .executeTakeFirst();
  return row !== undefined;
}
