import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureMatching, type MatchingAction } from '../policy.js';
import { proposalObject } from '../proposal-facts.js';
import { caseMediatorUserIds, lockProposal, proposalMediators, type LockedProposal, type ProposalMediatorRow } from '../repository/proposals.js';

/**
 * Every act on a proposal starts here: lock the case and the proposal (in that order), read the
 * proposed mediators, and ask the policy for the action (404 not yours, 403 not your role, 409
 * when the proposal's state does not allow it) before anything changes.
 */
export async function lockProposalForAct(
  trx: Kysely<DB>,
  actor: Actor,
  proposalId: string,
  action: MatchingAction,
): Promise<{ locked: LockedProposal; mediators: ProposalMediatorRow[] }> {
  const locked = await lockProposal(trx, proposalId, actor.poolId);
  const [mediators, current] = await Promise.all([proposalMediators(trx, [proposalId]), caseMediatorUserIds(trx, locked.caseRow.id)]);
  ensureMatching(actor, action, proposalObject(locked.proposal, locked.caseRow.status, mediators, current));
  return { locked, mediators };
}
