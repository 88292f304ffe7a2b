import { Type, type Static } from 'typebox';
import { DateTime, Email, IsoDate, Nullable, Obj, PageQuery, Uuid, pageOf } from './common.js';
import { CASE_STATUSES } from '../domain/cases/case-status.js';
import { CASE_REFERRAL_SOURCES, CASE_TYPES, DOCUMENT_KINDS, PARTY_ROLES, REFERRAL_SOURCES, URGENCIES } from '../domain/cases/case-vocabulary.js';

/**
 * The cases module's contract: referral, the case list, the case detail with its clocks and
 * timeline, triage, transitions, first contact, the statutory term of an objection and the case's
 * documents. The server validates and serialises with these schemas; the web's api/cases.ts
 * takes its types from them, so a change of shape is a compile error on both sides.
 */

/** What one may do with a case (cases/policy.ts answers per case, aware of its status). */
export const CASE_ACTIONS = [
  'read',
  'readConfidential',
  'triage',
  'transition',
  'recordFirstContact',
  'updateObjectionTerms',
  'uploadDocument',
  // Sessions, hours and the outcome of the case: its coordinator and its own mediators.
  'handle',
  'refer',
  // Refer for any member municipality (not only one's own): the referral form offers the choice.
  'referForAnyMunicipality',
  'list',
  // The pool-wide deadline overview above the case list.
  'overseeDeadlines',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
const CaseActionSchema = Type.Enum(CASE_ACTIONS);

/** The problem codes (slugs) the cases module answers with, besides the generic ones. */
export const CASES_PROBLEMS = [
  'conflict',
  'stale-status',
  'not-in-triage',
  'triage-decision-required',
  'use-proposal-withdrawal',
  'illegal-transition',
  'not-allowed-for-actor',
  'payload-too-large',
] as const;
export type CasesProblem = (typeof CASES_PROBLEMS)[number];

// The API's enums are the domain's lists, so a new status or type cannot be missing from either.
export const CaseTypeSchema = Type.Enum(CASE_TYPES);
export const CaseStatusSchema = Type.Enum(CASE_STATUSES);
export const PartyRoleSchema = Type.Enum(PARTY_ROLES);
export const ReferralSourceSchema = Type.Enum(REFERRAL_SOURCES);
/** A case's source as the API shows it: also a self-referral through the front door. */
export const CaseReferralSourceSchema = Type.Enum(CASE_REFERRAL_SOURCES);
export const UrgencySchema = Type.Enum(URGENCIES);
export const ClockStateSchema = Type.Enum(['on_time', 'due_soon', 'overdue'] as const);
export const DocumentKindSchema = Type.Enum(DOCUMENT_KINDS);
export const CaseAccessSchema = Type.Enum(['full', 'limited'] as const);
export const CaseSortSchema = Type.Union([Type.Literal('referredOn'), Type.Literal('number'), Type.Literal('status'), Type.Literal('nextDue')]);
const Language = Type.String({ pattern: '^[a-z]{2,3}$' });

export type CaseAccess = Static<typeof CaseAccessSchema>;
export type CaseSort = Static<typeof CaseSortSchema>;

/* ---------- Requests ---------- */

export const CaseParams = Obj({ caseId: Uuid });
export const CaseDocumentParams = Obj({ caseId: Uuid, documentId: Uuid });

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
export type PartyInput = Static<typeof PartyInputSchema>;

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
export type ReferralInput = Static<typeof ReferralBody>;

export const CaseListQuerySchema = Obj({
  ...PageQuery,
  status: Type.Optional(Type.Array(CaseStatusSchema, { maxItems: 11 })),
  caseType: Type.Optional(CaseTypeSchema),
  municipalityId: Type.Optional(Uuid),
  clockState: Type.Optional(ClockStateSchema),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(CaseSortSchema),
  direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
});
export type CaseQuery = Static<typeof CaseListQuerySchema>;

export const CaseDetailQuerySchema = Obj({ purpose: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) });
export type CaseDetailQuery = Static<typeof CaseDetailQuerySchema>;

export const TransitionBody = Obj({
  to: CaseStatusSchema,
  /** The status the user saw; the server answers 409 when the case has moved on since. */
  from: Type.Optional(CaseStatusSchema),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  destination: Type.Optional(Type.String({ maxLength: 300 })),
});
export type TransitionInput = Static<typeof TransitionBody>;

export const TriageBody = Obj({
  route: Type.String({ minLength: 1, maxLength: 50 }),
  contraIndications: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20, uniqueItems: true }),
  destination: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  justification: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});
export type TriageInput = Static<typeof TriageBody>;

export const FirstContactBody = Obj({ date: IsoDate });
export type FirstContactInput = Static<typeof FirstContactBody>;

export const ObjectionBody = Obj({
  decisionSentOn: Nullable(IsoDate),
  advisoryCommittee: Type.Boolean(),
  adjournmentWeeks: Nullable(Type.Integer({ minimum: 1, maximum: 6 })),
  adjournmentAnnouncedOn: Type.Optional(
    Nullable(Type.String({ format: 'date', description: 'Datum waarop de verdaging schriftelijk is meegedeeld (Awb 7:10 lid 3); verplicht bij een verdaging, binnen de beslistermijn' })),
  ),
  postponementDays: Nullable(Type.Integer({ minimum: 1, maximum: 365 })),
  postponementConsentOn: Nullable(IsoDate),
});
export type ObjectionInput = Static<typeof ObjectionBody>;

/** The request body limit of a document upload: 10 MB of content as base64, with room to spare. */
export const DOCUMENT_BODY_LIMIT = 15 * 1024 * 1024;

export const DocumentUploadBody = Obj({
  kind: DocumentKindSchema,
  filename: Type.String({ minLength: 1, maxLength: 200 }),
  contentBase64: Type.String({ minLength: 4, maxLength: DOCUMENT_BODY_LIMIT }),
});
export type DocumentUploadInput = Static<typeof DocumentUploadBody>;

/* ---------- Responses ---------- */

const Municipality = Obj({ id: Uuid, name: Type.String() });

export const ReferralCreatedSchema = Obj({ id: Uuid, number: Type.String() });
export type ReferralCreated = Static<typeof ReferralCreatedSchema>;

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
  access: CaseAccessSchema,
});
export type CaseSummary = Static<typeof CaseSummarySchema>;

/** A page of the case list, with what the caller may do on the list (e.g. refer a case). */
export const CaseListSchema = Type.Object({
  ...pageOf(CaseSummarySchema).properties,
  allowedActions: Type.Array(CaseActionSchema),
});
export type CaseList = Static<typeof CaseListSchema>;

export const ClockSchema = Obj({
  /** first_contact, assignment, conclusion or statutory. */
  key: Type.String(),
  label: Type.String(),
  dueOn: IsoDate,
  completedOn: Nullable(IsoDate),
  status: Type.Enum(['running', 'met', 'missed', 'stopped'] as const),
  state: Nullable(ClockStateSchema),
  workingDaysLeft: Nullable(Type.Integer()),
});
export type CaseClock = Static<typeof ClockSchema>;
export type ClockStatus = CaseClock['status'];

export const TransitionOptionSchema = Obj({ to: CaseStatusSchema, label: Type.String(), reasonRequired: Type.Boolean() });
export type TransitionOption = Static<typeof TransitionOptionSchema>;

export const PartySchema = Obj({
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
export type CaseParty = Static<typeof PartySchema>;

export const TriageSchema = Obj({
  contraIndications: Type.Array(Type.String()),
  route: Type.String(),
  reason: Type.String(),
  justification: Nullable(Type.String()),
  destination: Nullable(Type.String()),
  decidedBy: Type.String(),
  decidedAt: DateTime,
});
export type CaseTriage = Static<typeof TriageSchema>;

const MediatorOnCase = Obj({ mediatorId: Uuid, name: Type.String(), municipality: Nullable(Type.String()), role: Type.Enum(['lead', 'co'] as const) });

export const ObjectionSchema = Obj({
  decisionSentOn: IsoDate,
  advisoryCommittee: Type.Boolean(),
  adjournmentWeeks: Nullable(Type.Integer()),
  adjournmentAnnouncedOn: Nullable(Type.String({ format: 'date', description: 'Datum waarop de verdaging is meegedeeld; leeg bij oudere zaken' })),
  postponementDays: Nullable(Type.Integer()),
  postponementConsentOn: Nullable(IsoDate),
  objectionDueOn: Type.String({ format: 'date', description: 'Laatste dag van de bezwaartermijn (Awb 6:7, 6:8; verlengd volgens de Algemene termijnenwet)' }),
  decisionDueOn: Nullable(Type.String({ format: 'date', description: 'Uiterste beslisdatum op het bezwaar (Awb 7:10, met verdaging en uitstel)' })),
});
export type CaseObjection = Static<typeof ObjectionSchema>;

export const CaseConfidentialSchema = Obj({
  description: Type.String(),
  referralSource: CaseReferralSourceSchema,
  preferredLanguage: Type.String(),
  wantsExternalMediator: Type.Boolean(),
  /** Null for a self-referral through the front door: no account referred it. */
  referrer: Nullable(Obj({ id: Uuid, name: Type.String() })),
  firstContactOn: Nullable(IsoDate),
  outcomeShareable: Type.Boolean(),
  parties: Type.Array(PartySchema),
  triage: Nullable(TriageSchema),
  mediators: Type.Array(MediatorOnCase),
  externalMediator: Nullable(Obj({ name: Type.String(), organisation: Type.String() }, { description: 'De externe mediator die via de matching is ingezet' })),
  objection: Nullable(ObjectionSchema),
});
export type CaseConfidential = Static<typeof CaseConfidentialSchema>;

export const CaseDetailSchema = Obj({
  ...CaseSummarySchema.properties,
  assignedOn: Nullable(IsoDate),
  concludedOn: Nullable(IsoDate),
  closedOn: Nullable(IsoDate),
  referredTo: Nullable(Type.String()),
  workingDaysSinceReferral: Type.Integer(),
  clocks: Type.Array(ClockSchema),
  allowedTransitions: Type.Array(TransitionOptionSchema),
  /** What the caller may do with this case now (the buttons the web shows). */
  allowedActions: Type.Array(CaseActionSchema),
  /** Only with full access; null for the referring municipality's contacts. */
  confidential: Nullable(CaseConfidentialSchema),
});
export type CaseDetail = Static<typeof CaseDetailSchema>;

/**
 * One step of a case's timeline. With limited access (a contact of the requesting municipality)
 * the timeline holds only the status steps and, when the parties allowed sharing it, the outcome
 * step with its category: no names, reasons or details.
 */
export const TimelineEventSchema = Obj({
  id: Type.Integer(),
  at: DateTime,
  /** Who took the step; null for limited access (no names of mediators or others). */
  actor: Nullable(Type.String()),
  kind: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  /** Null for limited access. */
  reason: Nullable(Type.String()),
  /** Empty for limited access, except `{ outcome }` on a shared outcome step. */
  detail: Type.Record(Type.String(), Type.Unknown()),
});
export type CaseEvent = Static<typeof TimelineEventSchema>;

export const CaseEventsSchema = Obj({ items: Type.Array(TimelineEventSchema) });
export type CaseEvents = Static<typeof CaseEventsSchema>;

export const CaseDocumentSchema = Obj({
  id: Uuid,
  kind: DocumentKindSchema,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTime,
});
export type CaseDocument = Static<typeof CaseDocumentSchema>;

export const CaseDocumentsSchema = Obj({ items: Type.Array(CaseDocumentSchema) });
export type CaseDocuments = Static<typeof CaseDocumentsSchema>;
