import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCanRead } from '../../../auth/policy.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { notFound } from '../../../http/problem.js';
import type { Proposal } from '../../../../contract/matching.js';
import { canMatching } from '../policy.js';
import { proposalObject } from '../proposal-facts.js';
import { caseMediatorUserIds, findPoolProposal, proposalCase, proposalMediators } from '../repository/proposals.js';
import { presentProposal } from '../present-proposal.js';

/**
 * One proposal as this actor may see it: everything for the pool's coordinators, what a proposed
 * mediator needs to judge a conflict of interest for them, while their part in it lasts (the
 * policy); anyone else gets 404, as if it did not exist. Reading the parties' names is audited.
 */
export async function readProposal(db: Kysely<DB>, ctx: AuditContext, actor: Actor, proposalId: string): Promise<Proposal> {
  const proposal = await findPoolProposal(db, actor.poolId, proposalId);
  if (!proposal) throw notFound();
  const [mediators, caseRow, current] = await Promise.all([proposalMediators(db, [proposal.id]), proposalCase(db, proposal.case_id), caseMediatorUserIds(db, proposal.case_id)]);
  await ensureCanRead(db, ctx, canMatching, actor, 'view', proposalObject(proposal, caseRow.status, mediators, current), {
    objectType: 'proposal',
    objectId: proposalId,
    purpose: 'matching',
  });
  return presentProposal(db, actor, proposal, { caseRow, mediators, caseMediatorUserIds: current });
}
