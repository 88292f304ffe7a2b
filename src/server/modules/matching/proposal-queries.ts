import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediationCaseTable } from '../../db/schema-cases.js';
import type { CaseProposalTable } from '../../db/schema-matching.js';
import type { Actor } from '../../auth/actor.js';
import { notFound } from '../../http/problem.js';
import { proposalAccess } from './policy.js';

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

/** The non-empty disclosures of a proposal's mediators, as one text the parties accept. */
export function disclosureText(mediators: readonly Pick<ProposalMediatorRow, 'name' | 'relationships_disclosure'>[]): string | null {
  const parts = mediators.filter((m) => m.relationships_disclosure).map((m) => `${m.name}: ${m.relationships_disclosure}`);
  return parts.length === 0 ? null : parts.join('\n\n');
}

/**
 * The proposal as this actor may see it: the pool's coordinators and the proposed mediators;
 * anyone else gets 404, as if it did not exist.
 */
export async function findProposalForActor(db: Kysely<DB>, actor: Actor, proposalId: string) {
  const proposal = await db.selectFrom('case_proposal').selectAll().where('id', '=', proposalId).where('pool_id', '=', actor.poolId).executeTakeFirst();
  if (!proposal) throw notFound();
  const mediators = await proposalMediators(db, [proposal.id]);
  const access = proposalAccess(actor, { poolId: proposal.pool_id, proposedUserIds: mediators.map((m) => m.user_id) });
  if (!access) throw notFound();
  const own = mediators.find((m) => m.user_id !== null && m.user_id === actor.userId) ?? null;
  return { proposal, mediators, access, own };
}
