import { Type, type Static } from 'typebox';
import { BoundedDate, DATE_WINDOW, DateTime, DateWithin, Email, IsoDate, Nullable, Obj, PageQuery, Uuid } from './common.js';
import {
  EDUCATION_KINDS,
  MEDIATOR_KINDS,
  MEDIATOR_STATUSES,
  RELATIONSHIP_KINDS,
  SPECIALISMS,
  UNAVAILABILITY_KINDS,
  UPKEEP_ENTRY_TYPES,
} from '../domain/registry/mediator-values.js';

/**
 * The mediators module's contract: the registry of mediators and process facilitators, their
 * status history, unavailability, declared relationships, MfN upkeep and the mediator's own
 * profile. The server validates and serialises with these schemas; the web's api/registry.ts
 * takes its types from them.
 */

/** What one may do with a mediator (policy.ts answers per mediator and per pool). */
export const MEDIATOR_ACTIONS = [
  'list',
  'read',
  'read-contact-details',
  'read-details',
  'create',
  'update',
  'update-own',
  'read-own',
  'change-status',
  'read-private',
  'manage-availability',
  'manage-relationships',
  'manage-upkeep',
  'wake-up',
] as const;
export type MediatorAction = (typeof MEDIATOR_ACTIONS)[number];

/** The actions a mediator's detail carries in `allowedActions` (the buttons of the detail page). */
export const MEDIATOR_OBJECT_ACTIONS = [
  'update',
  'update-own',
  'change-status',
  'manage-availability',
  'manage-relationships',
  'manage-upkeep',
  'wake-up',
] as const satisfies readonly MediatorAction[];

/** The actions the mediator list carries in `allowedActions` (may register a mediator). */
export const MEDIATOR_COLLECTION_ACTIONS = ['create'] as const satisfies readonly MediatorAction[];

const MediatorActionSchema = Type.Enum(MEDIATOR_ACTIONS);

/** The problem codes (slugs) the mediators module answers with. */
export const MEDIATORS_PROBLEMS = ['duplicate', 'overlap', 'same-status', 'status-changed'] as const;

export const MediatorKindSchema = Type.Enum(MEDIATOR_KINDS);
export const MediatorStatusSchema = Type.Enum(MEDIATOR_STATUSES);
export const SpecialismSchema = Type.Enum(SPECIALISMS);
export const LanguageSchema = Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639-code, bijvoorbeeld nl, en, ar, tr, pl' });

export const MunicipalityRefSchema = Obj({ id: Uuid, code: Type.String(), name: Type.String() });
export type MunicipalityRef = Static<typeof MunicipalityRefSchema>;

export const AccountStatusSchema = Type.Enum(['active', 'deactivated', 'invited', 'invitation_lapsed'] as const);
export type AccountStatus = Static<typeof AccountStatusSchema>;

export const MediatorParams = Obj({ mediatorId: Uuid });
export const StatusChangeParams = Obj({ mediatorId: Uuid, changeId: Uuid });

/** What everyone in the pool may see of a mediator, plus contact details and particulars where allowed. */
const mediatorProperties = {
  id: Uuid,
  userId: Nullable(Uuid),
  name: Type.String(),
  email: Nullable(Type.String({ description: 'Leeg als u dit niet mag zien' })),
  municipality: Nullable(MunicipalityRefSchema),
  department: Nullable(Type.String()),
  kind: MediatorKindSchema,
  status: MediatorStatusSchema,
  statusSince: IsoDate,
  specialisms: Type.Array(SpecialismSchema),
  languages: Type.Array(Type.String()),
  accountStatus: AccountStatusSchema,
  view: Type.Enum(['full', 'limited'] as const, { description: 'limited: zonder persoonlijke bijzonderheden' }),
};
export const MediatorSchema = Obj(mediatorProperties);
export type Mediator = Static<typeof MediatorSchema>;

export const StatusChangeSchema = Obj({ id: Uuid, status: MediatorStatusSchema, fromDate: IsoDate, note: Nullable(Type.String()), changedAt: DateTime, changedBy: Nullable(Type.String()) });
export type StatusChange = Static<typeof StatusChangeSchema>;

const mediatorDetailProperties = {
  ...mediatorProperties,
  mfnRegisterNumber: Nullable(Type.String()),
  registrationExpiresOn: Nullable(IsoDate),
  upkeepCycleStart: Nullable(IsoDate),
  maxConcurrentCases: Nullable(Type.Integer()),
  hoursPerMonth: Nullable(Type.Integer()),
  lastActivityAt: Nullable(DateTime),
  statusHistory: Type.Array(StatusChangeSchema),
  createdAt: DateTime,
  updatedAt: DateTime,
  allowedActions: Type.Array(MediatorActionSchema, { description: 'Wat u nu met deze mediator mag doen' }),
};
export const MediatorDetailSchema = Obj(mediatorDetailProperties);
export type MediatorDetail = Static<typeof MediatorDetailSchema>;

export const MediatorQuerySchema = Obj({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Zoek op naam (beheer en coördinatie ook op e-mail en afdeling)' })),
  status: Type.Optional(Type.Array(MediatorStatusSchema, { maxItems: 5 })),
  kind: Type.Optional(MediatorKindSchema),
  municipalityId: Type.Optional(Uuid),
  specialism: Type.Optional(SpecialismSchema),
  language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$' })),
});
export type MediatorQuery = Static<typeof MediatorQuerySchema>;

export const MediatorPageSchema = Obj({
  items: Type.Array(MediatorSchema),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  allowedActions: Type.Array(MediatorActionSchema, { description: 'Wat u met het register mag doen (create: een mediator opnemen)' }),
});
export type MediatorPage = Static<typeof MediatorPageSchema>;

/** Profile fields in request bodies; the commands check what depends on other values. */
const ProfileBody = {
  department: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  kind: Type.Optional(MediatorKindSchema),
  specialisms: Type.Optional(Type.Array(SpecialismSchema, { maxItems: 5, uniqueItems: true })),
  languages: Type.Optional(Type.Array(LanguageSchema, { maxItems: 20, uniqueItems: true })),
  mfnRegisterNumber: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 50 }))),
  registrationExpiresOn: Type.Optional(Nullable(BoundedDate)),
  upkeepCycleStart: Type.Optional(Nullable(BoundedDate)),
  maxConcurrentCases: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
  hoursPerMonth: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })),
};
export const ProfileInputSchema = Obj(ProfileBody);
export type ProfileInput = Static<typeof ProfileInputSchema>;

export const CreateMediatorBody = Obj({
  userId: Type.Optional(Uuid),
  invite: Type.Optional(Obj({ email: Email, name: Type.String({ minLength: 1, maxLength: 200 }) })),
  municipalityId: Type.Optional(Uuid),
  status: Type.Optional(MediatorStatusSchema),
  statusNote: Type.Optional(Type.String({ maxLength: 1000 })),
  ...ProfileBody,
});
export type CreateMediatorInput = Static<typeof CreateMediatorBody>;

export const UpdateMediatorBody = Obj({
  municipalityId: Type.Optional(Uuid),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  ...ProfileBody,
});
export type UpdateMediatorInput = Static<typeof UpdateMediatorBody>;

export const ChangeStatusBody = Obj({ status: MediatorStatusSchema, fromDate: Type.Optional(BoundedDate), note: Type.Optional(Type.String({ maxLength: 1000 })) });
export type ChangeStatusInput = Static<typeof ChangeStatusBody>;

export const StatusChangeListSchema = Obj({ items: Type.Array(StatusChangeSchema) });
export type StatusChangeList = Static<typeof StatusChangeListSchema>;

// ---------- Unavailability ----------

export const UnavailabilityKindSchema = Type.Enum(UNAVAILABILITY_KINDS);
export const UnavailabilitySchema = Obj({ id: Uuid, startsOn: IsoDate, endsOn: IsoDate, kind: UnavailabilityKindSchema, note: Nullable(Type.String()), updatedAt: DateTime });
export type Unavailability = Static<typeof UnavailabilitySchema>;
export const UnavailabilityListSchema = Obj({ items: Type.Array(UnavailabilitySchema) });
export type UnavailabilityList = Static<typeof UnavailabilityListSchema>;
export const UnavailabilityParams = Obj({ mediatorId: Uuid, periodId: Uuid });
export const UnavailabilityQuery = Obj({ from: Type.Optional(BoundedDate) });
const UnavailabilityNote = Type.Optional(Nullable(Type.String({ maxLength: 500 })));
export const AddUnavailabilityBody = Obj({ startsOn: BoundedDate, endsOn: BoundedDate, kind: UnavailabilityKindSchema, note: UnavailabilityNote });
export type UnavailabilityInput = Static<typeof AddUnavailabilityBody>;
export const UpdateUnavailabilityBody = Obj({
  startsOn: Type.Optional(BoundedDate),
  endsOn: Type.Optional(BoundedDate),
  kind: Type.Optional(UnavailabilityKindSchema),
  note: UnavailabilityNote,
});
export type UpdateUnavailabilityInput = Static<typeof UpdateUnavailabilityBody>;

// ---------- Declared relationships ----------

export const RelationshipKindSchema = Type.Enum(RELATIONSHIP_KINDS);
export const RelationshipSchema = Obj({
  id: Uuid,
  kind: RelationshipKindSchema,
  municipality: Nullable(MunicipalityRefSchema),
  department: Nullable(Type.String()),
  personName: Nullable(Type.String()),
  reason: Type.String(),
  since: IsoDate,
  updatedAt: DateTime,
});
export type Relationship = Static<typeof RelationshipSchema>;
export const RelationshipListSchema = Obj({ items: Type.Array(RelationshipSchema) });
export type RelationshipList = Static<typeof RelationshipListSchema>;
export const RelationshipParams = Obj({ mediatorId: Uuid, relationshipId: Uuid });
/** A relationship may be older than the pool (a former colleague since 1995). */
const RelationshipSince = DateWithin('1900-01-01', DATE_WINDOW.until);
const relationshipFields = {
  kind: RelationshipKindSchema,
  municipalityId: Type.Optional(Nullable(Uuid)),
  department: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  personName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  reason: Type.String({ minLength: 1, maxLength: 1000 }),
  since: RelationshipSince,
};
export const AddRelationshipBody = Obj(relationshipFields);
export type RelationshipInput = Static<typeof AddRelationshipBody>;
export const UpdateRelationshipBody = Obj({
  ...relationshipFields,
  kind: Type.Optional(RelationshipKindSchema),
  reason: Type.Optional(relationshipFields.reason),
  since: Type.Optional(RelationshipSince),
});
export type UpdateRelationshipInput = Static<typeof UpdateRelationshipBody>;

// ---------- MfN upkeep ----------

export const UpkeepEntryTypeSchema = Type.Enum(UPKEEP_ENTRY_TYPES);
export const EducationKindSchema = Type.Enum(EDUCATION_KINDS);
export const UpkeepStateSchema = Type.Enum(['on_track', 'behind', 'at_risk'] as const);
export type UpkeepState = Static<typeof UpkeepStateSchema>;

export const UpkeepEntrySchema = Obj({
  id: Uuid,
  type: UpkeepEntryTypeSchema,
  occurredOn: IsoDate,
  contactMinutes: Nullable(Type.Integer()),
  writtenAgreement: Nullable(Type.Boolean()),
  coMediation: Nullable(Type.Boolean()),
  points: Nullable(Type.Integer()),
  educationKind: Nullable(EducationKindSchema),
  description: Nullable(Type.String()),
  createdAt: DateTime,
});
export type UpkeepEntry = Static<typeof UpkeepEntrySchema>;
export const UpkeepEntryListSchema = Obj({ items: Type.Array(UpkeepEntrySchema) });
export type UpkeepEntryList = Static<typeof UpkeepEntryListSchema>;
export const UpkeepEntryParams = Obj({ mediatorId: Uuid, entryId: Uuid });
export const UpkeepEntryQuery = Obj({ type: Type.Optional(UpkeepEntryTypeSchema) });

export const AddUpkeepEntryBody = Obj({
  type: UpkeepEntryTypeSchema,
  occurredOn: BoundedDate,
  contactMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 6000, description: 'Contacttijd in minuten (mediation)' })),
  writtenAgreement: Type.Optional(Type.Boolean({ description: 'Geëindigd in een schriftelijke vaststellingsovereenkomst (mediation)' })),
  coMediation: Type.Optional(Type.Boolean({ description: 'Als co-mediator (mediation)' })),
  points: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'PE-punten (scholing)' })),
  educationKind: Type.Optional(EducationKindSchema),
  description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});
export type UpkeepEntryInput = Static<typeof AddUpkeepEntryBody>;

export const UpkeepReasonSchema = Obj({ code: Type.String(), severity: Type.Enum(['behind', 'at_risk'] as const), text: Type.String() });
export type UpkeepReason = Static<typeof UpkeepReasonSchema>;

const Required = Obj({ counted: Type.Integer(), required: Type.Integer() });
/** A concluded pool case counted as a mediation for the upkeep (computed, read-only). */
export const UpkeepPoolMediationSchema = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  concludedOn: IsoDate,
  contactMinutes: Type.Integer({ description: 'Goedgekeurde minuten intake en sessies van deze mediator' }),
  coMediation: Type.Boolean(),
  writtenAgreement: Type.Boolean({ description: 'Uitkomst met schriftelijke vaststellingsovereenkomst' }),
});
export type UpkeepPoolMediation = Static<typeof UpkeepPoolMediationSchema>;
export const UpkeepSummarySchema = Obj({
  cycle: Obj({
    start: IsoDate,
    end: IsoDate,
    until: IsoDate,
    daysLeft: Type.Integer(),
    basis: Type.Enum(['cycle_start', 'registration', 'rolling'] as const),
  }),
  mediations: Obj({ counted: Type.Integer(), recorded: Type.Integer(), required: Type.Integer() }),
  coMediations: Obj({ recorded: Type.Integer(), counted: Type.Integer(), maxCounted: Type.Integer() }),
  contactMinutes: Required,
  writtenAgreements: Required,
  educationPoints: Obj({
    total: Type.Number(),
    intervision: Type.Number(),
    intervisionActivities: Type.Integer(),
    required: Type.Integer(),
    intervisionRequired: Type.Integer({ description: 'PE-punten intervisie die minimaal nodig zijn (tellen mee in `required`)' }),
  }),
  peerReview: Obj({
    last: Nullable(IsoDate),
    dueBy: IsoDate,
    status: Type.Enum(['ok', 'missing', 'due', 'overdue'] as const),
  }),
  years: Type.Array(
    Obj({
      index: Type.Integer(),
      start: IsoDate,
      until: IsoDate,
      mediations: Type.Integer(),
      contactMinutes: Type.Integer(),
      status: Type.Enum(['met', 'missed', 'open', 'future'] as const),
    }),
  ),
  state: UpkeepStateSchema,
  reasons: Type.Array(UpkeepReasonSchema),
  poolMediations: Type.Array(UpkeepPoolMediationSchema, {
    description: 'Afgeronde zaken in de pool, automatisch meegeteld (niet te wijzigen); handmatige mediations zijn mediations buiten de pool',
  }),
});
export type UpkeepSummary = Static<typeof UpkeepSummarySchema>;

// ---------- The mediator's own profile ----------

export const OwnMediatorProfileSchema = Obj({
  ...mediatorDetailProperties,
  openCases: Type.Integer({ description: 'Zaken waarop u mediator bent die zijn toegewezen of lopen' }),
  openProposals: Type.Integer({ description: 'Voorstellen die nog op een antwoord wachten; ze tellen mee voor uw capaciteit' }),
  upkeep: Obj(
    { state: UpkeepStateSchema, reasons: Type.Array(UpkeepReasonSchema) },
    { description: 'Stand van het MfN-onderhoud; de uitwerking staat bij /mediators/{id}/upkeep' },
  ),
});
export type OwnMediatorProfile = Static<typeof OwnMediatorProfileSchema>;
