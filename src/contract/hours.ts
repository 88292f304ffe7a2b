import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, PageQuery, Uuid, pageOf } from './common.js';
import { HOUR_FLAGS } from '../domain/hours/hour-flags.js';

/**
 * The hours module's contract: logging hours on a case, approval by coordinators, corrections and
 * totals. The server validates and serialises with these schemas; the web's api/hours.ts takes its
 * types from them.
 */

/** What one may do with hours (policy.ts answers per entry, per case or for the pool). */
export const HOURS_ACTIONS = ['log', 'read-own', 'review', 'totals', 'read-case', 'read', 'edit', 'delete', 'correct', 'approve', 'reject', 'reopen'] as const;
export type HoursAction = (typeof HOURS_ACTIONS)[number];

/** The actions a response about one entry lists in `allowedActions`. */
export const HOUR_ENTRY_ACTIONS = ['edit', 'delete', 'correct', 'approve', 'reject', 'reopen'] as const satisfies readonly HoursAction[];
export type HourEntryAction = (typeof HOUR_ENTRY_ACTIONS)[number];

/** The actions on the pool's hours a list response lists in `allowedActions` (log, review the queue, totals). */
export const HOURS_COLLECTION_ACTIONS = ['log', 'review', 'totals'] as const satisfies readonly HoursAction[];
export type HoursCollectionAction = (typeof HOURS_COLLECTION_ACTIONS)[number];

/** The problem codes (slugs) the hours module answers with. */
export const HOURS_PROBLEMS = [
  'no-municipality',
  'period-final',
  'not-submitted',
  'not-decided',
  'stale-hours',
  'has-corrections',
  'hours-approved',
  'correction-immutable',
  'correction-of-correction',
  'not-approved',
] as const;

export const ACTIVITIES = ['intake', 'session', 'preparation', 'reporting', 'travel', 'consultation'] as const;
export const ActivitySchema = Type.Enum(ACTIVITIES);
export type Activity = Static<typeof ActivitySchema>;
export const HourStatusSchema = Type.Enum(['submitted', 'approved', 'rejected'] as const);
export type HourStatus = Static<typeof HourStatusSchema>;
export const Minutes = Type.Integer({ minimum: 1, maximum: 1440, description: 'Minuten (1 tot en met 1440)' });
export const TravelKm = Type.Integer({ minimum: 0, maximum: 2000, description: 'Gereden kilometers' });
export const Note = Type.String({ maxLength: 1000 });

export const CaseParams = Obj({ caseId: Uuid });
export const EntryParams = Obj({ entryId: Uuid });
export const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'JJJJ-MM' });
export const MonthQuery = Obj({ month: Month });
export type MonthQuery = Static<typeof MonthQuery>;
export const PeriodQuery = Obj({ from: IsoDate, to: IsoDate });
export type PeriodQuery = Static<typeof PeriodQuery>;

export const HourEntrySchema = Obj({
  id: Uuid,
  caseId: Uuid,
  caseNumber: Type.String(),
  mediator: Obj({ id: Uuid, name: Type.String(), userId: Nullable(Uuid) }),
  supplierMunicipality: Obj({ id: Uuid, name: Type.String() }),
  userMunicipality: Obj({ id: Uuid, name: Type.String() }),
  date: IsoDate,
  minutes: Type.Integer({ description: 'Negatief alleen bij een correctie' }),
  activity: ActivitySchema,
  travelKm: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  correctsId: Nullable(Uuid),
  correctsDate: Type.Union([IsoDate, Type.Null()], { description: 'Bij een correctie: de datum van de gecorrigeerde uren' }),
  correctedMinutes: Type.Union([Type.Integer(), Type.Null()], { description: 'Bij uren met correcties: de minuten inclusief de ingediende en goedgekeurde correcties' }),
  status: HourStatusSchema,
  rejectReason: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  period: Nullable(Obj({ code: Type.String(), start: IsoDate, end: IsoDate }, { description: 'De verrekenperiode, vastgesteld bij goedkeuring' })),
  locked: Type.Boolean({ description: 'Goedgekeurd in een definitief afgerekende periode: niet meer te wijzigen' }),
  createdAt: DateTime,
  updatedAt: DateTime,
  allowedActions: Type.Array(Type.Enum(HOUR_ENTRY_ACTIONS), { description: 'Wat u nu met deze uren mag doen' }),
});
export type HourEntry = Static<typeof HourEntrySchema>;

export const LogHoursBody = Obj({
  date: IsoDate,
  minutes: Minutes,
  activity: ActivitySchema,
  travelKm: Type.Optional(Nullable(TravelKm)),
  note: Type.Optional(Nullable(Note)),
});
export type LogHoursInput = Static<typeof LogHoursBody>;

export const UpdateHoursBody = Obj({
  date: Type.Optional(IsoDate),
  minutes: Type.Optional(Minutes),
  activity: Type.Optional(ActivitySchema),
  travelKm: Type.Optional(Nullable(TravelKm)),
  note: Type.Optional(Nullable(Note)),
});
export type UpdateHoursInput = Static<typeof UpdateHoursBody>;

export const CorrectionBody = Obj({
  date: Type.Optional(IsoDate),
  minutes: Type.Integer({ minimum: -1440, maximum: 1440, description: 'Het verschil in minuten: negatief om uren terug te nemen, niet 0' }),
  note: Type.String({ minLength: 1, maxLength: 1000, description: 'Waarom de correctie nodig is' }),
});
export type CorrectionInput = Static<typeof CorrectionBody>;

export const RejectBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 1000 }) });
export type RejectInput = Static<typeof RejectBody>;

export const Totals = Obj({ approvedMinutes: Type.Integer(), submittedMinutes: Type.Integer(), rejectedMinutes: Type.Integer(), travelKm: Type.Integer() });
export type HourTotals = Static<typeof Totals>;

export const HoursCollectionActions = Type.Array(Type.Enum(HOURS_COLLECTION_ACTIONS), { description: 'Wat u met de uren van de pool mag doen (schrijven, goedkeuren, totalen)' });

export const EntryList = Obj({ items: Type.Array(HourEntrySchema), totals: Totals, allowedActions: HoursCollectionActions });
export type HourEntryList = Static<typeof EntryList>;

/** The approval queue is paged: at national scale it holds thousands of entries (oldest first). */
export const ApprovalQueueQuery = Obj({ ...PageQuery });
export type ApprovalQueueQueryInput = Static<typeof ApprovalQueueQuery>;

/** An entry of the approval queue with what the coordinator should look at twice (src/domain/hours/hour-flags.ts). */
export const QueueEntrySchema = Obj({
  ...HourEntrySchema.properties,
  flags: Type.Array(Type.Enum(HOUR_FLAGS), {
    description: 'Signalen: buiten de toewijzing (outside-assignment), langer dan de gesprekken van die dag op de zaak (longer-than-session), een weekenddag (weekend)',
  }),
});
export type HourQueueEntry = Static<typeof QueueEntrySchema>;
export type { HourFlag } from '../domain/hours/hour-flags.js';

export const ApprovalQueuePage = Type.Object({ ...pageOf(QueueEntrySchema).properties, allowedActions: HoursCollectionActions });
export type HourApprovalQueuePage = Static<typeof ApprovalQueuePage>;

export const HourDefaultsSchema = Obj({
  date: IsoDate,
  activity: Nullable(ActivitySchema),
  caseId: Nullable(Uuid),
  cases: Type.Array(Obj({ id: Uuid, number: Type.String(), title: Type.String(), status: Type.String() })),
  allowedActions: HoursCollectionActions,
});
export type HourDefaults = Static<typeof HourDefaultsSchema>;

export const HoursTotalsReportSchema = Obj({
  from: IsoDate,
  to: IsoDate,
  perCase: Type.Array(Obj({ caseId: Uuid, caseNumber: Type.String(), municipality: Type.String(), ...Totals.properties })),
  perMediator: Type.Array(Obj({ mediatorId: Uuid, name: Type.String(), municipality: Type.String(), ...Totals.properties })),
  totals: Totals,
});
export type HoursTotalsReport = Static<typeof HoursTotalsReportSchema>;
