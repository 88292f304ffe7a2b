import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ReviewInput } from '../../../../contract/growth.js';
import { REVIEWABLE_CASE_STATUSES } from '../../../../domain/community-events/lead-suggestion.js';
import { canGrowth } from '../policy.js';
import { loadCaseReviewsFor } from '../load-case-reviews.js';
import { insertReview } from '../repository.js';

/** After the mediation, the lead writes a short review of a co-mediator: once per case and co-mediator. */
export async function writeReview(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: ReviewInput) {
  const { caseRow, lead, items } = await loadCaseReviewsFor(trx, actor, caseId);
  const item = items.find((i) => i.co.mediator_id === input.coMediatorId);
  if (!item) throw invalidField('coMediatorId', 'unknown', 'Deze mediator is geen co-mediator op deze zaak.');
  if (item.review) throw conflict('U heeft deze co-mediator voor deze zaak al beoordeeld.', 'already-reviewed');
  if (!REVIEWABLE_CASE_STATUSES.includes(caseRow.status)) throw conflict('Een beoordeling schrijft u na afloop van de mediation (als de zaak is afgerond).', 'not-reviewable');
  ensureCan(canGrowth, actor, 'write-review', item.target, 'collection');
  const text = input.review.trim();
  if (!text) throw invalidField('review', 'required', 'Schrijf een korte beoordeling.');
  const row = await insertReview(trx, {
    pool_id: actor.poolId,
    case_id: caseId,
    co_mediator_id: input.coMediatorId,
    lead_mediator_id: lead!.mediator_id,
    positive: input.positive,
    review: text,
    written_by: actor.userId,
  });
  if (!row) throw conflict('U heeft deze co-mediator voor deze zaak al beoordeeld.', 'already-reviewed');
  await writeAudit(trx, ctx, { action: 'mediator.co-mediation-review', objectType: 'mediator', objectId: input.coMediatorId, detail: { caseId, positive: input.positive } });
  return row.id;
}
