import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { invalidField, notFound } from '../../../http/problem.js';
import { lockProposal, proposalMediators } from '../proposal-queries.js';
import { canMatching, proposalAccess } from '../policy.js';
import { returnToMatching, type ActContext } from '../proposal-lifecycle.js';
import { assertProposalOpen } from './answer-guards.js';

/**
 * The coordinator retracts a proposal (proposed → matching, a coordinator transition with a
 * reason). Nobody is excluded: retracting says nothing about the mediator.
 */
export async function withdrawProposal(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, reasonInput: string) {
  const reason = reasonInput.trim();
  if (reason === '') throw invalidField('reason', 'required', 'Geef een reden voor het intrekken van het voorstel.');
  const locked = await lockProposal(trx, proposalId, actor.poolId);
  const mediators = await proposalMediators(trx, [proposalId]);
  if (!proposalAccess(actor, { poolId: locked.proposal.pool_id, proposedUserIds: mediators.map((m) => m.user_id) })) throw notFound();
  authorize(canMatching(actor, 'withdraw-proposal'), 'collection');
  assertProposalOpen(locked);
  await writeAudit(trx, act.ctx, { action: 'matching.withdraw', objectType: 'proposal', objectId: proposalId, detail: { caseId: locked.caseRow.id } });
  await returnToMatching(trx, act, locked, {
    proposalStatus: 'withdrawn',
    reason: `Voorstel ingetrokken door de coördinator: ${reason}`,
    exclude: [],
    coordinator: actor,
    notifyCoordinator: false,
    notifyMediators: mediators,
    headline: 'voorstel ingetrokken',
  });
}
