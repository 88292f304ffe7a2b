import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { loadCaseForActor } from '../case-status/index.js';
import { canGrowth, type CaseReviewTarget } from './policy.js';
import { caseMediators, caseReviews } from './repository.js';

/**
 * A case's co-mediators and their reviews, for the actor: the case must be theirs to see (404
 * otherwise), and the reviews are for the coordinator, the lead and the co-mediators (404 for the
 * rest, who may see the case but not this).
 */
export async function loadCaseReviewsFor(db: Kysely<DB>, actor: Actor, caseId: string) {
  const { row } = await loadCaseForActor(db, actor, caseId);
  const [mediators, reviews] = await Promise.all([caseMediators(db, caseId), caseReviews(db, caseId)]);
  const lead = mediators.find((m) => m.role === 'lead') ?? null;
  const cos = mediators.filter((m) => m.role === 'co');
  const actorIsLead = lead?.user_id === actor.userId;
  const base = { kind: 'case' as const, poolId: row.pool_id, caseStatus: row.status, actorIsLead };
  const caseTarget: CaseReviewTarget = { ...base, actorIsCo: cos.some((c) => c.user_id === actor.userId), reviewed: false };
  ensureCan(canGrowth, actor, 'read-reviews', caseTarget);
  const items = cos.map((c) => {
    const review = reviews.find((r) => r.co_mediator_id === c.mediator_id) ?? null;
    const target: CaseReviewTarget = { ...base, actorIsCo: c.user_id === actor.userId, reviewed: review !== null };
    return { co: c, review, target };
  });
  return { caseRow: row, lead, items };
}
