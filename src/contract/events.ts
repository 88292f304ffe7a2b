import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, Uuid } from './common.js';

/**
 * The events module's contract (issue 16, item 3): training, masterclasses, intervision days and
 * regional coordinator meetings with places and a waiting list, attendance, a certificate with the
 * PE points and an anonymous evaluation.
 */

/** What one may do with an event or a registration (policy.ts answers per object). */
export const EVENT_ACTIONS = [
  'list',
  'create',
  'read',
  'register',
  'cancel-registration',
  'read-registrations',
  'record-attendance',
  'download-certificate',
  'evaluate',
  'read-evaluation',
  'update',
  'cancel',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** The problem codes (slugs) the events module answers with. */
export const EVENTS_PROBLEMS = ['already-registered', 'event-past', 'event-not-started', 'not-attended', 'already-evaluated', 'registration-cancelled', 'event-cancelled', 'event-changed'] as const;

export const EVENT_KINDS = ['training', 'masterclass', 'intervision_day', 'coordinator_meeting'] as const;
export const EventKindSchema = Type.Union([Type.Literal('training'), Type.Literal('masterclass'), Type.Literal('intervision_day'), Type.Literal('coordinator_meeting')]);
export type EventKind = (typeof EVENT_KINDS)[number];

export const RegistrationStatusSchema = Type.Union([Type.Literal('registered'), Type.Literal('waiting'), Type.Literal('cancelled')]);
export type RegistrationStatus = Static<typeof RegistrationStatusSchema>;

export const EventBody = Obj({
  kind: EventKindSchema,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  startsAt: DateTime,
  endsAt: DateTime,
  location: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'Plaats (adres, zaal); of een online link, of allebei' })),
  onlineUrl: Type.Optional(Type.String({ format: 'uri', pattern: '^https://', maxLength: 500, description: 'Link voor deelname online (https)' })),
  capacity: Type.Integer({ minimum: 1, maximum: 500, description: 'Aantal plaatsen; wie daarna inschrijft komt op de wachtlijst' }),
  points: Type.Integer({ minimum: 0, maximum: 48, description: 'PE-punten voor wie aanwezig was' }),
});
export type EventInput = Static<typeof EventBody>;

export const MyRegistrationSchema = Obj({
  id: Uuid,
  status: RegistrationStatusSchema,
  /** 1 for the first on the waiting list; null when not waiting. */
  waitingPosition: Nullable(Type.Integer()),
  attended: Nullable(Type.Boolean()),
  evaluated: Type.Boolean(),
  allowedActions: Type.Array(Type.Enum(EVENT_ACTIONS)),
});
export type MyRegistration = Static<typeof MyRegistrationSchema>;

export const EventSummarySchema = Obj({
  id: Uuid,
  kind: EventKindSchema,
  title: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  location: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  capacity: Type.Integer(),
  placesLeft: Type.Integer(),
  waitingCount: Type.Integer(),
  points: Type.Integer(),
  organiserName: Type.String(),
  past: Type.Boolean(),
  /** When the organiser cancelled the event (registration is closed then); null while it goes ahead. */
  cancelledAt: Nullable(DateTime),
  myRegistration: Nullable(MyRegistrationSchema),
  allowedActions: Type.Array(Type.Enum(EVENT_ACTIONS)),
});
export type EventSummary = Static<typeof EventSummarySchema>;

export const EventListQuery = Obj({
  when: Type.Optional(Type.Union([Type.Literal('upcoming'), Type.Literal('past')], { default: 'upcoming' })),
});
export const EventListSchema = Obj({ items: Type.Array(EventSummarySchema), allowedActions: Type.Array(Type.Enum(EVENT_ACTIONS)) });
export type EventList = Static<typeof EventListSchema>;

export const RegistrationRowSchema = Obj({
  id: Uuid,
  name: Type.String(),
  municipality: Nullable(Type.String()),
  status: RegistrationStatusSchema,
  waitingPosition: Nullable(Type.Integer()),
  queuedAt: DateTime,
  attended: Nullable(Type.Boolean()),
  allowedActions: Type.Array(Type.Enum(EVENT_ACTIONS)),
});
export type RegistrationRow = Static<typeof RegistrationRowSchema>;

export const EvaluationSummarySchema = Obj({
  answers: Type.Integer(),
  /** False while fewer than `minimum` answered: then nothing but the count is shown. */
  shown: Type.Boolean(),
  minimum: Type.Integer(),
  overall: Nullable(Type.Number()),
  usefulness: Nullable(Type.Number()),
  comments: Type.Array(Type.String()),
});
export type EvaluationSummary = Static<typeof EvaluationSummarySchema>;

export const EventDetailSchema = Obj({
  ...EventSummarySchema.properties,
  description: Nullable(Type.String()),
  /** Why the organiser cancelled it (as the mail said); null when not cancelled or no reason given. */
  cancelReason: Nullable(Type.String()),
  /** When the event itself was last changed: a change sends it back, so a change by someone else in between is refused (409). */
  updatedAt: DateTime,
  /** Only for whoever may see the registrations (the organisers). */
  registrations: Nullable(Type.Array(RegistrationRowSchema)),
  evaluation: Nullable(EvaluationSummarySchema),
});
export type EventDetail = Static<typeof EventDetailSchema>;

/**
 * A change by the organiser before the event starts: the whole event again (PUT). A capacity
 * below the places already taken is refused (cancel registrations first); a higher capacity moves
 * the first on the waiting list up, each with a mail. A new date or place is mailed to everyone
 * registered or waiting. `updatedAt` is the event's `updatedAt` as the form read it: when the
 * event changed since (another organiser saved), the change is refused with 409 event-changed
 * and nothing is stored.
 */
export const UpdateEventBody = Obj({
  kind: EventKindSchema,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  startsAt: DateTime,
  endsAt: DateTime,
  location: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  onlineUrl: Type.Optional(Type.String({ format: 'uri', pattern: '^https://', maxLength: 500 })),
  capacity: Type.Integer({ minimum: 1, maximum: 500, description: 'Niet lager dan het aantal ingeschrevenen met een plaats; hoger laat de wachtlijst doorschuiven' }),
  points: Type.Integer({ minimum: 0, maximum: 48 }),
  updatedAt: DateTime,
});
export type UpdateEventInput = Static<typeof UpdateEventBody>;

/** Cancelling an event (organiser, before it starts): everyone registered or waiting gets a mail. */
export const CancelEventBody = Obj({
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Waarom; staat in de e-mail aan de ingeschrevenen' })),
});
export type CancelEventInput = Static<typeof CancelEventBody>;

export const EventParams = Obj({ eventId: Uuid });
export const RegistrationParams = Obj({ eventId: Uuid, registrationId: Uuid });
export const AttendanceBody = Obj({ attended: Type.Boolean() });
export const EvaluationBody = Obj({
  overall: Type.Integer({ minimum: 1, maximum: 5, description: 'Hoe was de bijeenkomst? 1 (slecht) tot 5 (uitstekend)' }),
  usefulness: Type.Integer({ minimum: 1, maximum: 5, description: 'Hoe bruikbaar in de praktijk? 1 tot 5' }),
  comment: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type EvaluationInput = Static<typeof EvaluationBody>;
