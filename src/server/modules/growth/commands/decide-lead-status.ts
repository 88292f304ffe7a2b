import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { DecisionInput } from '../../../../contract/growth.js';
import { changeMediatorStatus } from '../../mediators/index.js';
import { canGrowth } from '../policy.js';
import { loadPathFor } from '../load-path.js';
import { insertDecision, lockProfile } from '../repository.js';

/**
 * The coordinator decides on the suggestion that a mediator in training becomes a lead mediator.
 * Approved: the mediator's status moves to active (the registry's own status change, with its
 * history and audit row). Declined: the suggestion returns only after a further positive review.
 */
export async function decideLeadStatus(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: DecisionInput) {
  if (!(await lockProfile(trx, actor.poolId, mediatorId))) throw notFound();
  const { target, positiveReviews } = await loadPathFor(trx, actor, mediatorId);
  if (target.status !== 'in_training' || !target.suggested) throw conflict('Deze mediator is (nu) niet voorgesteld als hoofdmediator.', 'not-suggested');
  ensureCan(canGrowth, actor, 'decide-lead', target, 'collection');
  const note = input.note?.trim() || null;
  const row = await insertDecision(trx, { pool_id: actor.poolId, mediator_id: mediatorId, decision: input.decision, positive_reviews: positiveReviews, note, decided_by: actor.userId });
  if (input.decision === 'approved') {
    await changeMediatorStatus(trx, ctx, actor, mediatorId, { status: 'active', note: note ?? `Hoofdmediator na ${positiveReviews} positief beoordeelde co-mediations` });
  }
  await writeAudit(trx, ctx, { action: 'mediator.lead-decision', objectType: 'mediator', objectId: mediatorId, detail: { decisionId: row.id, decision: input.decision, positiveReviews } });
  return row.id;
}
