import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { EventAction, RegistrationStatus } from '../../../contract/events.js';

export type { EventAction };

/** The actor's own registration for an event, as the policy sees it. */
export interface OwnRegistration {
  status: RegistrationStatus;
  attended: boolean | null;
  evaluated: boolean;
}

export interface EventTarget {
  kind: 'event';
  poolId: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  now: Date;
  mine: OwnRegistration | null;
}

export interface RegistrationTarget {
  kind: 'registration';
  event: EventTarget;
  userId: string;
  status: RegistrationStatus;
  attended: boolean | null;
}

export interface EventCollection {
  kind: 'pool';
  poolId: string;
}

export type EventObject = EventTarget | RegistrationTarget | EventCollection;

const poolOf = (o: EventObject) => (o.kind === 'registration' ? o.event.poolId : o.poolId);
const active = (s: RegistrationStatus | undefined) => s === 'registered' || s === 'waiting';

/**
 * The pool's agenda is for the people who mediate and organise: mediators (and process
 * facilitators, who have the mediator role), coordinators and administrators see it; contacts
 * and finance do not. Coordinators organise: they create events, see who registered, record
 * attendance and read the evaluation. Mediators and coordinators register themselves until the
 * event starts; a place freed by a cancellation goes to the first on the waiting list. A
 * certificate is only for someone who attended (themselves, or the organiser for them); the
 * evaluation is for attendees once the event has ended, once. The organisers change or cancel an
 * event until it starts; a cancelled event takes no registrations, cancellations or attendance.
 */
export const canEvent: Policy<EventAction, EventObject> = (actor, action, object) => {
  if (poolOf(object) !== actor.poolId) return false;
  const sees = hasRole(actor, 'admin', 'coordinator', 'mediator');
  const organiser = hasRole(actor, 'coordinator');
  if (!sees) return false;
  switch (action) {
    case 'list':
    case 'read':
      return true;
    case 'create':
      return organiser && object.kind === 'pool';
    case 'read-registrations':
    case 'read-evaluation':
      return organiser && object.kind === 'event';
    case 'update':
    case 'cancel':
      // Changes and cancellation before the event starts; a cancelled event stays as it was.
      return organiser && object.kind === 'event' && !object.cancelled && object.now < object.startsAt;
    case 'register':
      return (
        object.kind === 'event' &&
        hasRole(actor, 'mediator', 'coordinator') &&
        !object.cancelled &&
        object.now < object.startsAt &&
        !active(object.mine?.status)
      );
    case 'cancel-registration':
      if (object.kind === 'event') return !object.cancelled && active(object.mine?.status) && object.now < object.startsAt;
      if (object.kind === 'registration') return !object.event.cancelled && (object.userId === actor.userId || organiser) && active(object.status) && object.event.now < object.event.startsAt;
      return false;
    case 'record-attendance':
      if (object.kind === 'event') return organiser && !object.cancelled && object.now >= object.startsAt;
      if (object.kind === 'registration') return organiser && !object.event.cancelled && object.status === 'registered' && object.event.now >= object.event.startsAt;
      return false;
    case 'download-certificate':
      if (object.kind === 'event') return object.mine?.attended === true;
      if (object.kind === 'registration') return object.attended === true && (object.userId === actor.userId || organiser);
      return false;
    case 'evaluate':
      return object.kind === 'event' && object.mine?.attended === true && !object.mine.evaluated && object.now >= object.endsAt;
  }
};

/** Whether the actor may see this registration at all (their own, or as organiser). */
export const seesRegistration = (actor: Actor, r: RegistrationTarget) => r.userId === actor.userId || canEvent(actor, 'read-registrations', r.event);
