import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { EVENT_ACTIONS, type EventDetail } from '../../../../contract/events.js';
import { EVALUATION_MIN_ANSWERS, summariseEvaluation } from '../../../../domain/community-events/places.js';
import { canEvent, type RegistrationTarget } from '../policy.js';
import { loadEventFor } from '../load-event.js';
import { countsFor, selectEvaluationAnswers, selectRegistrations, waitingPosition } from '../repository.js';
import { presentEventSummary, presentMyRegistration } from '../present-event.js';

/**
 * One event. The organiser also sees who registered (names: an audited read of personal data)
 * and the evaluation, which shows nothing but its count below five answers.
 */
export async function getEvent(db: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string): Promise<EventDetail> {
  const { row, target, own } = await loadEventFor(db, actor, eventId);
  const counts = (await countsFor(db, [row.id])).get(row.id) ?? { taken: 0, waiting: 0 };
  const position = own?.status === 'waiting' ? await waitingPosition(db, row.id, own.queued_at, own.id) : null;
  const summary = presentEventSummary(actor, row, target, counts, presentMyRegistration(actor, target, own, position));

  let registrations: EventDetail['registrations'] = null;
  if (canEvent(actor, 'read-registrations', target)) {
    const rows = await selectRegistrations(db, row.id);
    let waiting = 0;
    registrations = rows.map((r) => {
      const reg: RegistrationTarget = { kind: 'registration', event: target, userId: r.user_id, status: r.status, attended: r.attended };
      return {
        id: r.id,
        name: r.name,
        municipality: r.municipality,
        status: r.status,
        waitingPosition: r.status === 'waiting' ? ++waiting : null,
        queuedAt: r.queued_at.toISOString(),
        attended: r.attended,
        allowedActions: allowedActions(canEvent, actor, reg, EVENT_ACTIONS),
      };
    });
    await writeAudit(db, ctx, { action: 'event.read-registrations', objectType: 'event', objectId: row.id, purpose: 'deelnemersbeheer' });
  }
  let evaluation: EventDetail['evaluation'] = null;
  if (canEvent(actor, 'read-evaluation', target)) {
    evaluation = { ...summariseEvaluation(await selectEvaluationAnswers(db, row.id)), minimum: EVALUATION_MIN_ANSWERS };
  }
  return { ...summary, description: row.description, cancelReason: row.cancel_reason, updatedAt: row.updated_at.toISOString(), registrations, evaluation };
}
