import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { GROWTH_ACTIONS, type CaseReviews } from '../../../../contract/growth.js';
import { canGrowth } from '../policy.js';
import { loadCaseReviewsFor } from '../load-case-reviews.js';

/** The co-mediators of a case with the lead's review of each (or the form's allowed action). */
export async function getCaseReviews(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseReviews> {
  const { items } = await loadCaseReviewsFor(db, actor, caseId);
  return {
    items: items.map(({ co, review, target }) => ({
      coMediatorId: co.mediator_id,
      name: co.name,
      review: review ? { positive: review.positive, review: review.review, writtenAt: review.written_at.toISOString(), writtenBy: review.written_by } : null,
      allowedActions: allowedActions(canGrowth, actor, target, GROWTH_ACTIONS),
    })),
  };
}
