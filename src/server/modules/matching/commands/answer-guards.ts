import type { Actor } from '../../../auth/actor.js';
import { hasRole } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { conflict, forbidden, notFound } from '../../../http/problem.js';
import { proposalMediators, type LockedProposal, type ProposalMediatorRow } from '../proposal-queries.js';
import { proposalAccess } from '../policy.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The proposal must still be waiting, and its case still `proposed`; otherwise the act is stale. */
export function assertProposalOpen(locked: LockedProposal): void {
  if (locked.proposal.status !== 'open' || locked.caseRow.status !== 'proposed') {
    throw conflict('Dit voorstel geldt niet meer: de zaak is intussen verder gegaan. Laad de pagina opnieuw.', 'proposal-closed');
  }
}

/**
 * The proposed mediator's own row of a locked proposal. Someone who may not see the proposal gets
 * 404; a coordinator who sees it but is not the one proposed gets 403.
 */
export async function ownProposalRow(trx: Kysely<DB>, actor: Actor, locked: LockedProposal): Promise<{ own: ProposalMediatorRow; all: ProposalMediatorRow[] }> {
  const all = await proposalMediators(trx, [locked.proposal.id]);
  const access = proposalAccess(actor, { poolId: locked.proposal.pool_id, proposedUserIds: all.map((m) => m.user_id) });
  authorize(access !== null, 'object');
  const own = all.find((m) => m.user_id !== null && m.user_id === actor.userId);
  if (!own || !hasRole(actor, 'mediator')) {
    if (access === 'coordinator') throw forbidden('Alleen de voorgestelde mediator beantwoordt dit voorstel.');
    throw notFound();
  }
  return { own, all };
}

export function assertUnanswered(own: ProposalMediatorRow): void {
  if (own.answer !== null) {
    throw conflict(own.answer === 'accepted' ? 'U heeft dit voorstel al geaccepteerd.' : 'U heeft dit voorstel al afgewezen.', 'already-answered');
  }
}
