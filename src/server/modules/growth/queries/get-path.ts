import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { isoDateInZone } from '../../../../domain/calendar/iso-date.js';
import { GROWTH_ACTIONS, type MediatorPath } from '../../../../contract/growth.js';
import type { MediatorStatus } from '../../../../domain/registry/mediator-values.js';
import { attendedEvents } from '../../events/index.js';
import { canGrowth } from '../policy.js';
import { loadPathFor } from '../load-path.js';
import { coMediationsOf, countLeadMediations } from '../repository.js';

/** A mediator's path: co-mediations with the lead's review, lead mediations, trainings attended, and the decisions on lead status. */
export async function getMediatorPath(db: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string): Promise<MediatorPath> {
  const { mediator, target, threshold, positiveReviews, decisions, suggested } = await loadPathFor(db, actor, mediatorId);
  const [co, leads, trainings] = await Promise.all([
    coMediationsOf(db, mediatorId),
    countLeadMediations(db, mediatorId),
    mediator.user_id ? attendedEvents(db, actor.poolId, mediator.user_id) : Promise.resolve([]),
  ]);
  if (mediator.user_id === actor.userId) {
    if (ctx.readAudit) ctx.readAudit.own = true;
  } else {
    await writeAudit(db, ctx, { action: 'mediator.read-path', objectType: 'mediator', objectId: mediatorId, purpose: 'registerbeheer' });
  }
  return {
    mediatorId,
    status: mediator.status as MediatorStatus,
    threshold,
    positiveReviews,
    suggestedForLead: suggested,
    leadMediations: leads,
    coMediations: co.map((c) => ({
      caseId: c.case_id,
      caseNumber: c.number,
      leadName: c.lead_name,
      assignedOn: c.assigned_on,
      review:
        c.positive !== null && c.review !== null && c.written_at !== null
          ? { positive: c.positive, review: c.review, writtenAt: c.written_at.toISOString(), writtenBy: c.written_by ?? '' }
          : null,
    })),
    trainings: trainings.map((t) => ({ eventId: t.id, title: t.title, kind: t.kind, date: isoDateInZone(t.starts_at), points: t.points })),
    decisions: decisions.map((d) => ({ id: d.id, decision: d.decision, positiveReviews: d.positive_reviews, note: d.note, decidedAt: d.decided_at.toISOString(), decidedBy: d.decided_by })),
    allowedActions: allowedActions(canGrowth, actor, target, GROWTH_ACTIONS),
  };
}
