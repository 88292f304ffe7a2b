import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { isoDateInZone } from '../../../../domain/calendar/iso-date.js';
import { educationKindOf } from '../../../../domain/community-events/places.js';
import { recordEarnedPoints, withdrawEarnedPoints } from '../../registry/index.js';
import { canEvent } from '../policy.js';
import { loadRegistrationFor } from '../load-event.js';
import { mediatorOfUser, setAttendance } from '../repository.js';

/** What earned the points in upkeep: the event (one entry per mediator and event). */
export const EVENT_SOURCE = 'event';

/**
 * The organiser records whether someone with a place attended. Attendance of a mediator puts the
 * event's PE points into their MfN upkeep (training, or intervision for an intervision day)
 * without a manual entry; recording "absent" afterwards takes them out again.
 */
export async function recordAttendance(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string, registrationId: string, attended: boolean) {
  const now = new Date();
  const { event, reg, target } = await loadRegistrationFor(trx, actor, eventId, registrationId, now);
  if (event.cancelled_at) throw conflict('De bijeenkomst is geannuleerd; er is geen aanwezigheid vast te leggen.', 'event-cancelled');
  if (now < event.starts_at) throw conflict('Aanwezigheid vastleggen kan vanaf het begin van de bijeenkomst.', 'event-not-started');
  if (reg.status !== 'registered') throw conflict('Alleen wie een plaats had, kan aanwezig zijn geweest.', 'registration-cancelled');
  ensureCan(canEvent, actor, 'record-attendance', target, 'collection');
  if (!(await setAttendance(trx, reg.id, attended, actor.userId, now))) throw conflict('Deze inschrijving is intussen gewijzigd. Laad de pagina opnieuw.', 'conflict');

  const mediator = await mediatorOfUser(trx, actor.poolId, reg.user_id);
  let upkeep: 'recorded' | 'withdrawn' | 'none' = 'none';
  if (mediator && event.points > 0) {
    if (attended) {
      await recordEarnedPoints(trx, {
        poolId: actor.poolId,
        mediatorId: mediator.id,
        points: event.points,
        educationKind: educationKindOf(event.kind),
        occurredOn: isoDateInZone(event.starts_at),
        description: event.title,
        sourceType: EVENT_SOURCE,
        sourceId: event.id,
        createdBy: actor.userId,
      });
      upkeep = 'recorded';
    } else if (await withdrawEarnedPoints(trx, { poolId: actor.poolId, mediatorId: mediator.id, sourceType: EVENT_SOURCE, sourceId: event.id })) {
      upkeep = 'withdrawn';
    }
  }
  await writeAudit(trx, ctx, { action: 'event.record-attendance', objectType: 'event', objectId: eventId, detail: { registrationId: reg.id, attended, points: event.points, upkeep } });
}
