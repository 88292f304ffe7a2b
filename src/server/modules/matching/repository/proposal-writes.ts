import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { CaseProposalTable, ConsentDecision, ConsentMethod, ExternalMediatorAssignmentTable, ProposalMediatorTable } from '../../../db/schema-matching.js';

/**
 * The proposals' writes: a proposal and its mediators, their answers, the parties' consents and
 * links, the exclusions a decline or refusal leaves, and closing a proposal. Every update that
 * closes or answers is guarded (`… WHERE status = 'open'`, `… WHERE answer IS NULL`); the callers
 * hold the case and proposal locks (lockProposal), so the guards never race.
 */

/** The external mediators named in these proposals that are still `proposed`. */
const proposedExternalsOf = (trx: Kysely<DB>, proposalIds: readonly string[]) =>
  trx
    .selectFrom('proposal_mediator')
    .select('external_mediator_id')
    .where('proposal_id', 'in', proposalIds)
    .where('external_mediator_id', 'is not', null)
    .$narrowType<{ external_mediator_id: string }>();

/** Marks the still-proposed external mediators of these proposals refused or withdrawn. */
export async function endProposedExternals(trx: Kysely<DB>, proposalIds: readonly string[], status: 'refused' | 'withdrawn'): Promise<void> {
  if (proposalIds.length === 0) return;
  await trx.updateTable('external_mediator_assignment').set({ status }).where('status', '=', 'proposed').where('id', 'in', proposedExternalsOf(trx, proposalIds)).execute();
}

/** Closes open proposals (assigned, declined, refused or withdrawn); a closed one is left as it is. */
export async function closeOpenProposals(
  trx: Kysely<DB>,
  proposalIds: readonly string[],
  set: { status: 'assigned' | 'declined' | 'refused' | 'withdrawn'; closedAt: Date; reason?: string | null },
): Promise<void> {
  if (proposalIds.length === 0) return;
  await trx
    .updateTable('case_proposal')
    .set({ status: set.status, closed_at: set.closedAt, ...(set.reason !== undefined ? { close_reason: set.reason } : {}) })
    .where('id', 'in', proposalIds)
    .where('status', '=', 'open')
    .execute();
}

/** A pool mediator on the case (lead or co), also when they were on it before and released. */
export async function putMediatorOnCase(trx: Kysely<DB>, m: { caseId: string; mediatorId: string; poolId: string; role: 'lead' | 'co'; at: Date }): Promise<void> {
  await trx
    .insertInto('case_mediator')
    .values({ case_id: m.caseId, mediator_id: m.mediatorId, pool_id: m.poolId, role: m.role, assigned_at: m.at })
    .onConflict((oc) => oc.columns(['case_id', 'mediator_id']).doUpdateSet({ role: m.role, assigned_at: m.at, released_at: null }))
    .execute();
}

export async function markExternalAssigned(trx: Kysely<DB>, externalId: string, at: Date): Promise<void> {
  await trx.updateTable('external_mediator_assignment').set({ status: 'assigned', assigned_at: at }).where('id', '=', externalId).execute();
}

/** This mediator may no longer be proposed for this case (a decline, or a party's refusal). */
export async function excludeMediator(
  trx: Kysely<DB>,
  e: { poolId: string; caseId: string; mediatorId: string; kind: 'declined' | 'refused_by_party'; proposalId: string; reason: string | null },
): Promise<void> {
  await trx
    .insertInto('matching_exclusion')
    .values({ pool_id: e.poolId, case_id: e.caseId, mediator_id: e.mediatorId, kind: e.kind, proposal_id: e.proposalId, reason: e.reason })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Locks the named mediators' profile rows of the pool, in id order (no deadlock between two proposals); returns the ids found. */
export async function lockPoolMediators(trx: Kysely<DB>, poolId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await trx.selectFrom('mediator_profile').select('id').where('pool_id', '=', poolId).where('id', 'in', [...ids].sort()).orderBy('id').forUpdate().execute();
  return rows.map((r) => r.id);
}

export const insertProposal = (trx: Kysely<DB>, values: Insertable<CaseProposalTable>) => trx.insertInto('case_proposal').values(values).returningAll().executeTakeFirstOrThrow();

export async function insertProposalMediator(trx: Kysely<DB>, values: Insertable<ProposalMediatorTable>): Promise<void> {
  await trx.insertInto('proposal_mediator').values(values).execute();
}

export const insertExternalMediator = async (trx: Kysely<DB>, values: Insertable<ExternalMediatorAssignmentTable>) =>
  (await trx.insertInto('external_mediator_assignment').values(values).returning('id').executeTakeFirstOrThrow()).id;

/** The proposed mediator's answer; only an unanswered row changes. */
export async function answerProposalRow(
  trx: Kysely<DB>,
  rowId: string,
  answer:
    | { answer: 'accepted'; by: string; relationshipsDisclosure: string | null }
    | { answer: 'declined'; by: string; reason: string },
): Promise<void> {
  const values =
    answer.answer === 'accepted'
      ? { answer: 'accepted' as const, no_interest_in_outcome: true, no_earlier_advice: true, relationships_disclosure: answer.relationshipsDisclosure }
      : { answer: 'declined' as const, decline_reason: answer.reason };
  await trx
    .updateTable('proposal_mediator')
    .set({ ...values, answered_at: new Date(), answered_by: answer.by })
    .where('id', '=', rowId)
    .where('answer', 'is', null)
    .execute();
}

export async function insertPartyConsent(
  trx: Kysely<DB>,
  c: {
    poolId: string;
    proposalId: string;
    caseId: string;
    partyId: string;
    decision: ConsentDecision;
    reason: string | null;
    method: ConsentMethod;
    givenOn: string;
    recordedBy: string | null;
    disclosureText: string | null;
    disclosureAccepted: boolean;
    disclosureRefused: boolean;
  },
): Promise<void> {
  await trx
    .insertInto('party_consent')
    .values({
      pool_id: c.poolId,
      proposal_id: c.proposalId,
      case_id: c.caseId,
      party_id: c.partyId,
      decision: c.decision,
      reason: c.reason,
      method: c.method,
      given_on: c.givenOn,
      recorded_by: c.recordedBy,
      disclosure_text: c.disclosureText,
      disclosure_accepted: c.disclosureAccepted,
      disclosure_refused: c.disclosureRefused,
    })
    .execute();
}

/** The party's link stops working (its answer was recorded another way). */
export async function useUpPartyLink(trx: Kysely<DB>, proposalId: string, partyId: string): Promise<void> {
  await trx.updateTable('consent_link').set({ used_at: new Date() }).where('proposal_id', '=', proposalId).where('party_id', '=', partyId).where('used_at', 'is', null).execute();
}

/** Claims a link exactly once: false when someone else claimed it first. */
export async function claimConsentLink(trx: Kysely<DB>, linkId: string): Promise<boolean> {
  const claimed = await trx.updateTable('consent_link').set({ used_at: new Date() }).where('id', '=', linkId).where('used_at', 'is', null).executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** A party's one link per proposal: sending again replaces the token and restarts its term. */
export async function upsertConsentLink(
  trx: Kysely<DB>,
  link: { poolId: string; proposalId: string; partyId: string; tokenHash: string; expiresAt: Date; mailId: string },
): Promise<void> {
  const values = { token_hash: link.tokenHash, created_at: new Date(), expires_at: link.expiresAt, used_at: null, mail_id: link.mailId };
  await trx
    .insertInto('consent_link')
    .values({ pool_id: link.poolId, proposal_id: link.proposalId, party_id: link.partyId, ...values })
    .onConflict((oc) => oc.columns(['proposal_id', 'party_id']).doUpdateSet(values))
    .execute();
}

/**
 * Of these profiles, those made by lending between pools (the borrower profile of a loan) that
 * have no approved loan for this case: a lent mediator works in the borrowing pool only on the
 * cases the lending pool approved (ADR 0022).
 */
export async function lentOutsideTheirLoan(trx: Kysely<DB>, poolId: string, caseId: string, profileIds: readonly string[]): Promise<string[]> {
  if (profileIds.length === 0) return [];
  // One statement over the pool's loans (a handful), not an IN list of every mediator of a
  // national pool (thousands of parameters on each candidates request).
  const rows = await trx
    .selectFrom('mediator_loan as l')
    .select('l.borrower_profile_id')
    .distinct()
    .where('l.pool_id', '=', poolId)
    .where('l.borrower_profile_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mediator_loan as a')
            .select('a.id')
            .whereRef('a.borrower_profile_id', '=', 'l.borrower_profile_id')
            .where('a.case_id', '=', caseId)
            .where('a.status', '=', 'approved'),
        ),
      ),
    )
    .execute();
  const asked = new Set(profileIds);
  return rows.map((r) => r.borrower_profile_id!).filter((id) => asked.has(id));
}

/** Every mediator profile of the pool that came through a loan from another pool (lent for their loan's case only). */
export async function lentProfileIds(db: Kysely<DB>, poolId: string): Promise<string[]> {
  const rows = await db.selectFrom('mediator_loan').select('borrower_profile_id').distinct().where('pool_id', '=', poolId).where('borrower_profile_id', 'is not', null).execute();
  return rows.map((r) => r.borrower_profile_id!);
}
