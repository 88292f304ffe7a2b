import { Type } from 'typebox';
import { DateTime, Email, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';
import { CASE_STATUSES } from '../../../domain/cases/case-status.js';
import { CASE_TYPES, DOCUMENT_KINDS, PARTY_ROLES, REFERRAL_SOURCES, URGENCIES } from '../../../domain/cases/case-vocabulary.js';

// The API's enums are the domain's lists, so a new status or type cannot be missing from either.
export const CaseTypeSchema = Type.Enum(CASE_TYPES);
export const CaseStatusSchema = Type.Enum(CASE_STATUSES);
export const PartyRoleSchema = Type.Enum(PARTY_ROLES);
export const ReferralSourceSchema = Type.Enum(REFERRAL_SOURCES);
export const UrgencySchema = Type.Enum(URGENCIES);
export const ClockStateSchema = Type.Enum(['on_time', 'due_soon', 'overdue'] as const);
export const DocumentKindSchema = Type.Enum(DOCUMENT_KINDS);
const Language = Type.String({ pattern: '^[a-z]{2,3}$' });

export const PartyInputSchema = Obj({
  role: PartyRoleSchema,
  name: Type.String({ minLength: 1, maxLength: 200, description: 'Naam of pseudoniem' }),
  organisation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  municipalityId: Type.Optional(Nullable(Uuid)),
  department: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  email: Type.Optional(Nullable(Type.Union([Email, Type.Literal('')]))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40, pattern: '^[0-9 +()-]*$' }))),
  informed: Type.Boolean({ description: 'Is de partij op de hoogte van de aanmelding?' }),
});

export const ReferralBody = Obj({
  requestingMunicipalityId: Uuid,
  caseType: CaseTypeSchema,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ minLength: 1, maxLength: 20000 }),
  parties: Type.Array(PartyInputSchema, { minItems: 1, maxItems: 20 }),
  referralSource: ReferralSourceSchema,
  urgency: Type.Optional(UrgencySchema),
  preferredLanguage: Type.Optional(Language),
  wantsExternalMediator: Type.Optional(Type.Boolean()),
  referredOn: Type.Optional(IsoDate),
  objection: Type.Optional(Obj({ decisionSentOn: IsoDate, advisoryCommittee: Type.Boolean() })),
});

const Municipality = Obj({ id: Uuid, name: Type.String() });

export const CaseSummarySchema = Obj({
  id: Uuid,
  number: Type.String(),
  title: Type.String(),
  caseType: CaseTypeSchema,
  status: CaseStatusSchema,
  route: Nullable(Type.String()),
  urgency: UrgencySchema,
  requestingMunicipality: Municipality,
  referredOn: IsoDate,
  nextDueOn: Nullable(IsoDate),
  clockState: Nullable(ClockStateSchema),
  access: Type.Enum(['full', 'limited'] as const),
});

const ClockSchema = Obj({
  key: Type.String(),
  label: Type.String(),
  dueOn: IsoDate,
  completedOn: Nullable(IsoDate),
  status: Type.Enum(['running', 'met', 'missed', 'stopped'] as const),
  state: Nullable(ClockStateSchema),
  workingDaysLeft: Nullable(Type.Integer()),
});

const TransitionOption = Obj({ to: CaseStatusSchema, label: Type.String(), reasonRequired: Type.Boolean() });

const PartySchema = Obj({
  id: Uuid,
  role: PartyRoleSchema,
  name: Type.String(),
  organisation: Nullable(Type.String()),
  municipality: Nullable(Municipality),
  department: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  informed: Type.Boolean(),
});

const TriageSchema = Obj({
  contraIndications: Type.Array(Type.String()),
  route: Type.String(),
  reason: Type.String(),
  justification: Nullable(Type.String()),
  destination: Nullable(Type.String()),
  decidedBy: Type.String(),
  decidedAt: DateTime,
});

const MediatorOnCase = Obj({ mediatorId: Uuid, name: Type.String(), municipality: Nullable(Type.String()), role: Type.Enum(['lead', 'co'] as const) });

export const CaseDetailSchema = Obj({
  ...CaseSummarySchema.properties,
  assignedOn: Nullable(IsoDate),
  concludedOn: Nullable(IsoDate),
  closedOn: Nullable(IsoDate),
  referredTo: Nullable(Type.String()),
  workingDaysSinceReferral: Type.Integer(),
  clocks: Type.Array(ClockSchema),
  allowedTransitions: Type.Array(TransitionOption),
  /** Only with full access: */
  confidential: Nullable(
    Obj({
      description: Type.String(),
      referralSource: ReferralSourceSchema,
      preferredLanguage: Type.String(),
      wantsExternalMediator: Type.Boolean(),
      referrer: Obj({ id: Uuid, name: Type.String() }),
      firstContactOn: Nullable(IsoDate),
      outcomeShareable: Type.Boolean(),
      parties: Type.Array(PartySchema),
      triage: Nullable(TriageSchema),
      mediators: Type.Array(MediatorOnCase),
      externalMediator: Nullable(Obj({ name: Type.String(), organisation: Type.String() }, { description: 'De externe mediator die via de matching is ingezet' })),
      objection: Nullable(
        Obj({
          decisionSentOn: IsoDate,
          advisoryCommittee: Type.Boolean(),
          adjournmentWeeks: Nullable(Type.Integer()),
          postponementDays: Nullable(Type.Integer()),
          postponementConsentOn: Nullable(IsoDate),
          decisionDueOn: Nullable(IsoDate),
        }),
      ),
    }),
  ),
});

export const TimelineEventSchema = Obj({
  id: Type.Integer(),
  at: DateTime,
  actor: Type.String(),
  kind: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const CaseDocumentSchema = Obj({
  id: Uuid,
  kind: DocumentKindSchema,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTime,
});
