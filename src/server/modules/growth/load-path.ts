import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { loadMediatorFor } from '../mediators/index.js';
import { suggestedForLead } from '../../../domain/community-events/lead-suggestion.js';
import { canGrowth, type PathTarget } from './policy.js';
import { countPositiveReviews, decisionsOf, leadThreshold, mediatorStanding } from './repository.js';

/**
 * A mediator's path for the actor: the mediators' policy decides who may read the mediator's
 * details (404 otherwise); then the figures the suggestion for lead status rests on.
 */
export async function loadPathFor(db: Kysely<DB>, actor: Actor, mediatorId: string) {
  await loadMediatorFor(db, actor, mediatorId, 'read-details');
  const m = await mediatorStanding(db, actor.poolId, mediatorId);
  if (!m) throw notFound();
  const [threshold, positiveReviews, decisions] = await Promise.all([leadThreshold(db, actor.poolId), countPositiveReviews(db, mediatorId), decisionsOf(db, mediatorId)]);
  const declined = decisions.find((d) => d.decision === 'declined');
  const suggested = suggestedForLead({ status: m.status, positiveReviews, threshold, declinedAt: declined ? declined.positive_reviews : null });
  const target: PathTarget = { kind: 'path', poolId: actor.poolId, mediatorUserId: m.user_id, status: m.status, suggested };
  ensureCan(canGrowth, actor, 'read-path', target);
  return { mediator: m, target, threshold, positiveReviews, decisions, suggested };
}
