import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { MediationCaseTable } from '../../../db/schema-cases.js';
import type { CaseProposalTable } from '../../../db/schema-matching.js';
import { notFound } from '../../../http/problem.js';
import { currentCaseMediators } from '../../case-status/index.js';

/**
 * The proposals' SQL: a proposal with its case (locked), its mediators and parties, the lists the
 * coordinator and the mediator read, and the party's personal link.
 */

export type CaseRow = Selectable<MediationCaseTable>;
export type ProposalRow = Selectable<CaseProposalTable>;

/** A proposal with its case, both locked for the rest of the transaction. */
export interface LockedProposal {
  readonly proposal: ProposalRow;
  readonly caseRow: CaseRow;
}

/**
 * Locks the case row, then the proposal row: every act on a proposal (an answer, a consent, a
 * withdrawal) takes the same two locks in the same order, so two parties consenting at the same
 * moment are serialised and the second sees the first's consent when it checks for completion.
 */
export async function lockProposal(trx: Kysely<DB>, proposalId: string, poolId?: string): Promise<LockedProposal> {
  let find = trx.selectFrom('case_proposal').select(['case_id', 'pool_id']).where('id', '=', proposalId);
  if (poolId !== undefined) find = find.where('pool_id', '=', poolId);
  const ref = await find.executeTakeFirst();
  if (!ref) throw notFound();
  const caseRow = await trx.selectFrom('mediation_case').selectAll().where('id', '=', ref.case_id).forUpdate().executeTakeFirstOrThrow();
  const proposal = await trx.selectFrom('case_proposal').selectAll().where('id', '=', proposalId).forUpdate().executeTakeFirstOrThrow();
  return { proposal, caseRow };
}

/** The accounts of a case's current mediators: a proposed mediator keeps seeing a closed proposal only while among them. */
export const caseMediatorUserIds = async (db: Kysely<DB>, caseId: string): Promise<string[]> =>
  (await currentCaseMediators(db).select('mp.user_id').where('cm.case_id', '=', caseId).execute()).flatMap((r) => (r.user_id === null ? [] : [r.user_id]));

/** The proposed mediators (internal and external) of a proposal, lead first. */
export async function proposalMediators(db: Kysely<DB>, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom('proposal_mediator as pm')
    .leftJoin('mediator_profile as mp', 'mp.id', 'pm.mediator_id')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .leftJoin('municipality as m', (join) => join.on(sql<boolean>`m.id = coalesce(u.municipality_id, i.municipality_id)`))
    .leftJoin('external_mediator_assignment as x', 'x.id', 'pm.external_mediator_id')
    .select([
      'pm.id',
      'pm.proposal_id',
      'pm.mediator_id',
      'pm.external_mediator_id',
      'pm.role',
      'pm.answer',
      'pm.answered_at',
      'pm.no_interest_in_outcome',
      'pm.no_earlier_advice',
      'pm.relationships_disclosure',
      'pm.decline_reason',
      'mp.user_id',
      'mp.kind',
      'u.email as user_email',
      'u.active as user_active',
      sql<string>`coalesce(u.name, i.name, x.name)`.as('name'),
      'm.id as municipality_id',
      'm.name as municipality_name',
      'x.organisation as external_organisation',
      'x.mfn_number as external_mfn_number',
      'x.agreed_rate_cents as external_rate_cents',
      'x.email as external_email',
      'x.chosen_by as external_chosen_by',
    ])
    .where('pm.proposal_id', 'in', proposalIds)
    .orderBy('pm.proposal_id')
    .orderBy('pm.role', 'desc')
    .execute();
}

export type ProposalMediatorRow = Awaited<ReturnType<typeof proposalMediators>>[number];

/** The case's parties with their answer to one proposal and their consent link, in case order. */
export async function proposalParties(db: Kysely<DB>, proposalId: string, caseId: string) {
  return db
    .selectFrom('case_party as p')
    .leftJoin('municipality as m', 'm.id', 'p.municipality_id')
    .leftJoin('party_consent as pc', (join) => join.onRef('pc.party_id', '=', 'p.id').on('pc.proposal_id', '=', proposalId))
    .leftJoin('app_user as r', 'r.id', 'pc.recorded_by')
    .leftJoin('consent_link as l', (join) => join.onRef('l.party_id', '=', 'p.id').on('l.proposal_id', '=', proposalId))
    .select([
      'p.id',
      'p.position',
      'p.role',
      'p.name',
      'p.organisation',
      'p.department',
      'p.email',
      'm.id as municipality_id',
      'm.name as municipality_name',
      'pc.id as consent_id',
      'pc.decision',
      'pc.reason as consent_reason',
      'pc.method',
      'pc.given_on',
      'pc.recorded_at',
      'pc.disclosure_accepted',
      'pc.disclosure_refused',
      'r.name as recorded_by_name',
      'l.created_at as link_sent_at',
      'l.expires_at as link_expires_at',
      'l.used_at as link_used_at',
    ])
    .where('p.case_id', '=', caseId)
    .orderBy('p.position')
    .execute();
}

export type ProposalPartyRow = Awaited<ReturnType<typeof proposalParties>>[number];

/** A proposal of the pool, or undefined (another pool, or no such proposal). */
export const findPoolProposal = (db: Kysely<DB>, poolId: string, proposalId: string) =>
  db.selectFrom('case_proposal').selectAll().where('id', '=', proposalId).where('pool_id', '=', poolId).executeTakeFirst();

/** Every proposal of a case, newest first. */
export const caseProposals = (db: Kysely<DB>, caseId: string) =>
  db.selectFrom('case_proposal').selectAll().where('case_id', '=', caseId).orderBy('proposed_at', 'desc').orderBy('id').execute();

/** What a proposal shows of its case: number, type, status and the requesting municipality. */
export const proposalCase = (db: Kysely<DB>, caseId: string) =>
  db
    .selectFrom('mediation_case as c')
    .innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id')
    .select(['c.id', 'c.number', 'c.case_type', 'c.status', 'm.id as municipality_id', 'm.name as municipality_name'])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();

export type ProposalCaseRow = Awaited<ReturnType<typeof proposalCase>>;

export const userName = async (db: Kysely<DB>, userId: string) =>
  (await db.selectFrom('app_user').select('name').where('id', '=', userId).executeTakeFirstOrThrow()).name;

/** The proposals waiting for this mediator's answer: open, case still `proposed`, not yet answered. */
export const waitingTasks = (db: Kysely<DB>, poolId: string, userId: string) =>
  db
    .selectFrom('proposal_mediator as pm')
    .innerJoin('mediator_profile as mp', 'mp.id', 'pm.mediator_id')
    .innerJoin('case_proposal as p', 'p.id', 'pm.proposal_id')
    .innerJoin('mediation_case as c', 'c.id', 'p.case_id')
    .innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id')
    .innerJoin('app_user as u', 'u.id', 'p.proposed_by')
    .select(['p.id', 'p.pool_id', 'p.status', 'c.id as case_id', 'c.status as case_status', 'c.number', 'c.case_type', 'm.id as municipality_id', 'm.name as municipality_name', 'pm.role', 'p.proposed_at', 'u.name as proposed_by'])
    .where('mp.user_id', '=', userId)
    .where('p.pool_id', '=', poolId)
    .where('pm.answer', 'is', null)
    .where('p.status', '=', 'open')
    .where('c.status', '=', sql.lit('proposed'))
    .orderBy('p.proposed_at')
    .execute();

/** The coordinator who made the proposal, or every active coordinator when that one is gone. */
export async function coordinatorRecipients(db: Kysely<DB>, poolId: string, proposerId: string) {
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'name', 'email'])
    .where('pool_id', '=', poolId)
    .where('active', '=', true)
    .where(sql<boolean>`'coordinator' = ANY(roles)`)
    .orderBy('name')
    .execute();
  const proposer = rows.find((r) => r.id === proposerId);
  return proposer ? [proposer] : rows;
}

/** The personal link behind a token's hash. */
export const findConsentLink = (db: Kysely<DB>, tokenHash: string) =>
  db.selectFrom('consent_link').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const lockConsentLink = (trx: Kysely<DB>, linkId: string) =>
  trx.selectFrom('consent_link').selectAll().where('id', '=', linkId).forUpdate().executeTakeFirstOrThrow();

/** What the consent page needs to judge a link: the proposal's and case's status, the pool's name, whether the party answered. */
export const consentLinkState = (db: Kysely<DB>, proposalId: string, partyId: string) =>
  db
    .selectFrom('case_proposal as p')
    .innerJoin('mediation_case as c', 'c.id', 'p.case_id')
    .innerJoin('pool', 'pool.id', 'p.pool_id')
    .leftJoin('party_consent as pc', (join) => join.onRef('pc.proposal_id', '=', 'p.id').on('pc.party_id', '=', partyId))
    .select(['p.status as proposal_status', 'p.disclosure as proposal_disclosure', 'c.status as case_status', 'pool.name as pool_name', 'pc.id as consent_id'])
    .where('p.id', '=', proposalId)
    .executeTakeFirstOrThrow();

/** The open proposals of a case (a stale one is left open when the case left `proposed` another way). */
export const openProposalIds = async (db: Kysely<DB>, caseId: string) =>
  (await db.selectFrom('case_proposal').select('id').where('case_id', '=', caseId).where('status', '=', 'open').execute()).map((r) => r.id);
