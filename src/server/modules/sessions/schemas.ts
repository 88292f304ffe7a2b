import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';

/** Wall-clock time in Europe/Amsterdam, `HH:MM`. */
export const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Tijd in Nederland (Europe/Amsterdam), UU:MM' });
const OnlineUrl = Type.String({ minLength: 8, maxLength: 500, pattern: '^https?://[^\\s]+$', description: 'Link naar het online gesprek' });

export const SessionStatusSchema = Type.Enum(['planned', 'cancelled'] as const);

export const SessionSchema = Obj({
  id: Uuid,
  caseId: Uuid,
  caseNumber: Type.String(),
  uid: Type.String({ description: 'iCalendar-UID: blijft gelijk bij verzetten en annuleren' }),
  sequence: Type.Integer({ description: 'iCalendar-SEQUENCE: +1 bij elke wijziging' }),
  status: SessionStatusSchema,
  date: IsoDate,
  start: LocalTime,
  end: LocalTime,
  startsAt: DateTime,
  endsAt: DateTime,
  location: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  description: Nullable(Type.String({ description: 'Vertrouwelijke notitie; nooit in e-mail of agendafeed' })),
  parties: Type.Array(Obj({ id: Uuid, name: Type.String(), role: Type.String(), invited: Type.Boolean({ description: 'Krijgt de uitnodiging per e-mail' }) })),
  plannedBy: Type.String(),
  cancelledAt: Nullable(DateTime),
  cancelReason: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const PlanSessionBody = Obj({
  date: IsoDate,
  start: LocalTime,
  end: LocalTime,
  location: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  onlineUrl: Type.Optional(Nullable(OnlineUrl)),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  partyIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true, description: 'De partijen die bij het gesprek zijn' }),
});

export const RescheduleSessionBody = Obj({
  /** The SEQUENCE the user saw: a different one means someone else changed the session first. */
  sequence: Type.Optional(Type.Integer({ minimum: 0 })),
  date: Type.Optional(IsoDate),
  start: Type.Optional(LocalTime),
  end: Type.Optional(LocalTime),
  location: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  onlineUrl: Type.Optional(Nullable(OnlineUrl)),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  partyIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true })),
});

export const CancelSessionBody = Obj({
  sequence: Type.Optional(Type.Integer({ minimum: 0 })),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
});

export const IcsResponse = { description: 'iCalendar-bestand (text/calendar)', type: 'string', format: 'binary' } as const;

export const CalendarFeedSchema = Obj({
  active: Type.Boolean(),
  createdAt: Nullable(DateTime),
  lastUsedAt: Nullable(DateTime),
});

export const RouteSchema = Type.Enum(['formal_mediation', 'process_facilitator', 'coaching', 'group_mediation', 'external_mediator'] as const);

export const AgreementSchema = Obj({
  caseId: Uuid,
  required: Type.Boolean({ description: 'Moet de overeenkomst getekend zijn voordat de mediation start?' }),
  signed: Type.Boolean(),
  signedOn: Nullable(IsoDate),
  document: Nullable(Obj({ id: Uuid, filename: Type.String() })),
  recordedBy: Nullable(Type.String()),
  recordedAt: Nullable(DateTime),
});

export const AgreementPolicySchema = Obj({
  exemptRoutes: Type.Array(RouteSchema, { description: 'Routes waarop een zaak zonder getekende overeenkomst mag starten' }),
});
