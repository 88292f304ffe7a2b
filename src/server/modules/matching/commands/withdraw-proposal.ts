import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { invalidField } from '../../../http/problem.js';
import { returnToMatching, type ActContext } from '../proposal-lifecycle.js';
import { lockProposalForAct } from './lock-proposal-for-act.js';

/**
 * The coordinator retracts a proposal (proposed → matching, a coordinator transition with a
 * reason). Nobody is excluded: retracting says nothing about the mediator.
 */
export async function withdrawProposal(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, reasonInput: string) {
  const reason = reasonInput.trim();
  if (reason === '') throw invalidField('reason', 'required', 'Geef een reden voor het intrekken van het voorstel.');
  const { locked, mediators } = await lockProposalForAct(trx, actor, proposalId, 'withdraw');
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
