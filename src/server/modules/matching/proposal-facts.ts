import type { MatchingObject } from './policy.js';
import type { ProposalMediatorRow, ProposalRow } from './repository/proposals.js';

/** The non-empty disclosures of a proposal's mediators, as one text the parties accept. */
export function disclosureText(mediators: readonly Pick<ProposalMediatorRow, 'name' | 'relationships_disclosure'>[]): string | null {
  const parts = mediators.filter((m) => m.relationships_disclosure).map((m) => `${m.name}: ${m.relationships_disclosure}`);
  return parts.length === 0 ? null : parts.join('\n\n');
}

/**
 * A proposal as the matching policy sees it: its pool and state, who was proposed and answered
 * what, and who the case's current mediators are (`caseMediatorUserIds` in the repository).
 */
export const proposalObject = (
  proposal: Pick<ProposalRow, 'pool_id' | 'status'>,
  caseStatus: string,
  mediators: readonly Pick<ProposalMediatorRow, 'user_id' | 'answer'>[],
  caseMediatorUserIds: readonly string[],
): MatchingObject => ({
  kind: 'proposal',
  poolId: proposal.pool_id,
  status: proposal.status,
  caseStatus,
  mediators: mediators.map((m) => ({ userId: m.user_id, answer: m.answer })),
  caseMediatorUserIds,
});
