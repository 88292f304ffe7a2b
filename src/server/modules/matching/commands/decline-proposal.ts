import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { invalidField } from '../../../http/problem.js';
import { recordCaseEvent } from '../../case-status/index.js';
import { returnToMatching, type ActContext } from '../proposal-lifecycle.js';
import { answerProposalRow } from '../repository/proposal-writes.js';
import { lockProposalForAct } from './lock-proposal-for-act.js';
import { findPoolProposal } from '../repository/proposals.js';
import { presentProposal } from '../present-proposal.js';
import type { Proposal } from '../../../../contract/matching.js';

/**
 * The proposed mediator declines (a conflict of interest, no time, or any other reason). The
 * proposal closes, the case returns to `matching`, and this mediator is excluded for this case
 * from then on (and the decline counts in their score for 12 months). The answer is the proposal
 * as the mediator saw it when they declined, now closed: with the decline their part in it ends,
 * so a later read answers 404 (the policy's `view`).
 */
export async function declineProposal(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, reasonInput: string): Promise<Proposal> {
  const reason = reasonInput.trim();
  if (reason === '') throw invalidField('reason', 'required', 'Geef een reden, zodat de coördinator weet waarom.');
  const { locked, mediators: all } = await lockProposalForAct(trx, actor, proposalId, 'answerProposal');
  const own = all.find((m) => m.user_id === actor.userId)!;

  await answerProposalRow(trx, own.id, { answer: 'declined', by: actor.userId, reason });
  await recordCaseEvent(trx, act.ctx, {
    poolId: locked.caseRow.pool_id,
    caseId: locked.caseRow.id,
    kind: 'proposal-declined',
    reason,
    detail: { proposalId, mediatorId: own.mediator_id, role: own.role },
  });
  await writeAudit(trx, act.ctx, { action: 'matching.decline', objectType: 'proposal', objectId: proposalId, detail: { caseId: locked.caseRow.id } });
  await returnToMatching(trx, act, locked, {
    proposalStatus: 'declined',
    reason: `${own.name} heeft het voorstel afgewezen: ${reason}`,
    exclude: own.mediator_id ? [{ mediatorId: own.mediator_id, kind: 'declined', reason }] : [],
    notifyCoordinator: true,
    notifyMediators: all.filter((m) => m.id !== own.id),
    headline: 'voorstel afgewezen door de mediator',
  });
  const closed = await findPoolProposal(trx, actor.poolId, proposalId);
  return presentProposal(trx, actor, closed!);
}
