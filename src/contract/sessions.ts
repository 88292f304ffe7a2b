import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * The sessions module's contract: mediation sessions on a case, the signed mediation agreement,
 * the pool's agreement policy and the private calendar feed. The server validates and serialises
 * with these schemas; the web's api/sessions.ts takes its types from them.
 */

/** What one may do with sessions, the agreement and the feed (policy.ts answers per object). */
export const SESSION_ACTIONS = [
  'read',
  'plan',
  'reschedule',
  'cancel',
  'download',
  'read-agreement',
  'record-agreement',
  'read-agreement-policy',
  'update-agreement-policy',
  'use-calendar-feed',
] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];
const SessionActionSchema = Type.Enum(SESSION_ACTIONS);

/** The problem codes (slugs) the sessions module answers with. */
export const SESSIONS_PROBLEMS = ['case-closed', 'session-cancelled', 'stale-session', 'mediation-agreement-missing'] as const;

export const CaseParams = Obj({ caseId: Uuid });
export const SessionParams = Obj({ sessionId: Uuid });

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
  allowedActions: Type.Array(SessionActionSchema, { description: 'Wat u nu met dit gesprek mag doen' }),
});
export type CaseSession = Static<typeof SessionSchema>;

export const SessionListSchema = Obj({
  items: Type.Array(SessionSchema),
  allowedActions: Type.Array(SessionActionSchema, { description: 'Wat u op deze zaak met gesprekken mag doen (plannen)' }),
});
export type SessionList = Static<typeof SessionListSchema>;

export const PlanSessionBody = Obj({
  date: IsoDate,
  start: LocalTime,
  end: LocalTime,
  location: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  onlineUrl: Type.Optional(Nullable(OnlineUrl)),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  partyIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true, description: 'De partijen die bij het gesprek zijn' }),
});
export type PlanSessionInput = Static<typeof PlanSessionBody>;

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
export type RescheduleSessionInput = Static<typeof RescheduleSessionBody>;

export const CancelSessionBody = Obj({
  sequence: Type.Optional(Type.Integer({ minimum: 0 })),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
});
export type CancelSessionInput = Static<typeof CancelSessionBody>;

export const IcsResponse = { description: 'iCalendar-bestand (text/calendar)', type: 'string', format: 'binary' } as const;

export const CalendarFeedSchema = Obj({
  active: Type.Boolean(),
  createdAt: Nullable(DateTime),
  lastUsedAt: Nullable(DateTime),
});
export type CalendarFeed = Static<typeof CalendarFeedSchema>;

/** The new secret feed address: shown only once, when it is made. */
export const CalendarFeedCreatedSchema = Obj({ url: Type.String(), createdAt: DateTime });
export type CalendarFeedCreated = Static<typeof CalendarFeedCreatedSchema>;

export const CalendarFeedTokenParams = Obj({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });

export const RouteSchema = Type.Enum(['formal_mediation', 'process_facilitator', 'coaching', 'group_mediation', 'external_mediator'] as const);
export type CaseRoute = Static<typeof RouteSchema>;

export const AgreementSchema = Obj({
  caseId: Uuid,
  required: Type.Boolean({ description: 'Moet de overeenkomst getekend zijn voordat de mediation start?' }),
  signed: Type.Boolean(),
  signedOn: Nullable(IsoDate),
  document: Nullable(Obj({ id: Uuid, filename: Type.String() })),
  recordedBy: Nullable(Type.String()),
  recordedAt: Nullable(DateTime),
  allowedActions: Type.Array(SessionActionSchema, { description: 'Wat u nu met de overeenkomst mag doen (vastleggen)' }),
});
export type Agreement = Static<typeof AgreementSchema>;

export const RecordAgreementBody = Obj({ signedOn: IsoDate, documentId: Uuid });
export type RecordAgreementInput = Static<typeof RecordAgreementBody>;

export const AgreementPolicySchema = Obj({
  exemptRoutes: Type.Array(RouteSchema, { description: 'Routes waarop een zaak zonder getekende overeenkomst mag starten' }),
});
export type AgreementPolicy = Static<typeof AgreementPolicySchema>;

export const UpdateAgreementPolicyBody = Obj({ exemptRoutes: Type.Array(RouteSchema, { maxItems: 5, uniqueItems: true }) });
export type UpdateAgreementPolicyInput = Static<typeof UpdateAgreementPolicyBody>;
