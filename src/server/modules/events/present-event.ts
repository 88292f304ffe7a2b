import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { EVENT_ACTIONS, type EventSummary, type MyRegistration } from '../../../contract/events.js';
import { placesLeft } from '../../../domain/community-events/places.js';
import { canEvent, type EventTarget, type RegistrationTarget } from './policy.js';
import type { EventRow } from './repository.js';

export function presentMyRegistration(actor: Actor, target: EventTarget, own: { id: string; status: MyRegistration['status']; attended: boolean | null; evaluated: unknown } | null, position: number | null): MyRegistration | null {
  if (!own) return null;
  const reg: RegistrationTarget = { kind: 'registration', event: target, userId: actor.userId, status: own.status, attended: own.attended };
  return {
    id: own.id,
    status: own.status,
    waitingPosition: own.status === 'waiting' ? position : null,
    attended: own.attended,
    evaluated: Boolean(own.evaluated),
    allowedActions: allowedActions(canEvent, actor, reg, EVENT_ACTIONS),
  };
}

export function presentEventSummary(
  actor: Actor,
  row: EventRow,
  target: EventTarget,
  counts: { taken: number; waiting: number },
  mine: MyRegistration | null,
): EventSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    location: row.location,
    onlineUrl: row.online_url,
    capacity: row.capacity,
    placesLeft: placesLeft(row.capacity, counts.taken),
    waitingCount: counts.waiting,
    points: row.points,
    organiserName: row.organiser_name,
    past: target.now >= row.ends_at,
    cancelledAt: row.cancelled_at ? row.cancelled_at.toISOString() : null,
    myRegistration: mine,
    allowedActions: allowedActions(canEvent, actor, target, EVENT_ACTIONS),
  };
}
