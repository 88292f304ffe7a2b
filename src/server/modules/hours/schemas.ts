import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';

export const ACTIVITIES = ['intake', 'session', 'preparation', 'reporting', 'travel', 'consultation'] as const;
export const ActivitySchema = Type.Enum(ACTIVITIES);
export const HourStatusSchema = Type.Enum(['submitted', 'approved', 'rejected'] as const);
export const Minutes = Type.Integer({ minimum: 1, maximum: 1440, description: 'Minuten (1 tot en met 1440)' });
export const TravelKm = Type.Integer({ minimum: 0, maximum: 2000, description: 'Gereden kilometers' });
export const Note = Type.String({ maxLength: 1000 });

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
});

export const LogHoursBody = Obj({
  date: IsoDate,
  minutes: Minutes,
  activity: ActivitySchema,
  travelKm: Type.Optional(Nullable(TravelKm)),
  note: Type.Optional(Nullable(Note)),
});

export const UpdateHoursBody = Obj({
  date: Type.Optional(IsoDate),
  minutes: Type.Optional(Minutes),
  activity: Type.Optional(ActivitySchema),
  travelKm: Type.Optional(Nullable(TravelKm)),
  note: Type.Optional(Nullable(Note)),
});

export const CorrectionBody = Obj({
  date: Type.Optional(IsoDate),
  minutes: Type.Integer({ minimum: -1440, maximum: 1440, description: 'Het verschil in minuten: negatief om uren terug te nemen, niet 0' }),
  note: Type.String({ minLength: 1, maxLength: 1000, description: 'Waarom de correctie nodig is' }),
});

export const RejectBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 1000 }) });

export const Totals = Obj({ approvedMinutes: Type.Integer(), submittedMinutes: Type.Integer(), rejectedMinutes: Type.Integer(), travelKm: Type.Integer() });
