import type { MatchingObject } from './policy.js';
import type { ProposalMediatorRow, ProposalRow } from './repository/proposals.js';

/**
 * Everything the parties must accept before the mediator may act (MfN 2.3), as one text: the
 * coordinator's disclosure of a registered relationship, made with the proposal, then what each
 * mediator disclosed in the declaration. Null when nothing was disclosed.
 */
export function disclosureText(proposalDisclosure: string | null, mediators: readonly Pick<ProposalMediatorRow, 'name' | 'relationships_disclosure'>[]): string | null {
  const parts = mediators.filter((m) => m.relationships_disclosure).map((m) => `${m.name}: ${m.relationships_disclosure}`);
  if (proposalDisclosure) parts.unshift(proposalDisclosure);
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
