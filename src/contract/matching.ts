import { Type, type Static } from 'typebox';
import { DateTime, Email, IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * The matching module's contract: candidates with reasons, proposals, the mediator's declaration,
 * each party's consent (also by personal link), external mediators, the batch suggestion and the
 * pool's score weights. The server validates and serialises with these schemas; the web's
 * api/matching.ts takes every type from them.
 */

/**
 * What one may do in matching (server: modules/matching/policy.ts answers per object, aware of the
 * case's and the proposal's state). Responses carry the ones the caller may take now.
 */
export const MATCHING_ACTIONS = [
  'view',
  'viewCandidates',
  'viewProposals',
  'propose',
  'proposeExternal',
  'answerProposal',
  'withdraw',
  'recordConsent',
  'resendConsentLink',
  'batchSuggest',
  'viewSettings',
  'updateSettings',
  'viewTasks',
] as const;
export type MatchingAction = (typeof MATCHING_ACTIONS)[number];
export const MatchingActionSchema = Type.Enum(MATCHING_ACTIONS);
const AllowedActions = (description: string) => Type.Array(MatchingActionSchema, { description });

/** The actions asked of one proposal, of a case's matching, and of the pool, in this order. */
export const PROPOSAL_ACTIONS = ['answerProposal', 'withdraw', 'recordConsent', 'resendConsentLink'] as const satisfies readonly MatchingAction[];
export const CASE_MATCHING_ACTIONS = ['viewCandidates', 'viewProposals', 'propose', 'proposeExternal'] as const satisfies readonly MatchingAction[];
export const POOL_MATCHING_ACTIONS = ['batchSuggest', 'viewSettings', 'updateSettings', 'viewTasks'] as const satisfies readonly MatchingAction[];

/** The problem codes (slugs) the matching module answers with. */
export const MATCHING_PROBLEMS = [
  'not-in-matching',
  'illegal-transition',
  'mediator-excluded',
  'proposal-closed',
  'already-answered',
  'awaiting-declaration',
  'consent-already-recorded',
  'no-email',
  'consent-link-unknown',
  'consent-link-used',
  'consent-link-expired',
  'reason-required',
  'reason-too-long',
  'not-allowed-for-actor',
] as const;
export type MatchingProblem = (typeof MATCHING_PROBLEMS)[number];

export const CaseParams = Obj({ caseId: Uuid });
export const ProposalParams = Obj({ proposalId: Uuid });
export const CandidatesQuery = Obj({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 50, description: 'Hoogstens zoveel per lijst (standaard 50)' })),
});
export const ReasonBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 2000 }) });
export const ConsentLinkBody = Obj({ partyId: Uuid });


export const Weight = Type.Number({ minimum: 0, maximum: 100 });

export const WeightsSchema = Obj({
  fairness: Weight,
  distance: Weight,
  load: Weight,
  experience: Weight,
  language: Weight,
  declines: Weight,
});

export const MatchingSettingsSchema = Obj({
  allowDifferentDepartment: Type.Boolean({ description: 'Uit de pool-instellingen: mediator van een partijgemeente mag van een andere afdeling komen' }),
  weights: WeightsSchema,
  defaults: WeightsSchema,
  weightsAreDefault: Type.Boolean(),
});

export const MatchingSettingsBody = Obj({
  weights: Type.Optional(
    Obj({
      fairness: Type.Optional(Weight),
      distance: Type.Optional(Weight),
      load: Type.Optional(Weight),
      experience: Type.Optional(Weight),
      language: Type.Optional(Weight),
      declines: Type.Optional(Weight),
    }),
  ),
  reset: Type.Optional(Type.Boolean({ description: 'Terug naar de standaardgewichten' })),
});

export const MunicipalityRef = Obj({ id: Nullable(Uuid), name: Type.String() });
export const MediatorStatusSchema = Type.Enum(['active', 'in_training', 'dormant', 'inactive', 'left'] as const);
export const MediatorKindSchema = Type.Enum(['mediator', 'process_facilitator'] as const);

export const CandidateMediatorSchema = Obj({
  id: Uuid,
  name: Type.String(),
  municipality: MunicipalityRef,
  department: Nullable(Type.String()),
  status: MediatorStatusSchema,
  kind: MediatorKindSchema,
  openCases: Type.Integer({ description: 'Lopende zaken plus openstaande voorstellen' }),
  maxConcurrentCases: Type.Integer(),
  concludedCases: Type.Integer(),
});

export const ScorePartSchema = Obj({
  key: Type.Enum(['fairness', 'distance', 'load', 'experience', 'language', 'declines'] as const),
  raw: Type.Number({ description: 'fairness: saldo in minuten; distance: km; load: open zaken; experience: afgeronde zaken van dit type; language: 1 of 0; declines: aantal' }),
  value: Type.Number({ description: 'Genormaliseerd 0..1, hoger is beter' }),
  weight: Type.Number(),
  contribution: Type.Number(),
  explanation: Type.String(),
});

/** A registered relationship with a party that must be disclosed before this mediator may act (MfN 2.3). */
export const DisclosureNeededSchema = Obj({
  code: Type.Enum(['relationship_municipality', 'relationship_department', 'relationship_person'] as const),
  reason: Type.String(),
});

export const RankedCandidateSchema = Obj({
  rank: Type.Integer(),
  mediator: CandidateMediatorSchema,
  score: Type.Number(),
  scorePoints: Type.Integer(),
  distanceKm: Type.Number(),
  parts: Type.Array(ScorePartSchema),
  disclosures: Type.Array(DisclosureNeededSchema, {
    description: 'Relaties met een partij die bij het voorstel gemeld moeten worden; de mediator mag pas optreden als elke partij ze schriftelijk accepteert (MfN 2.3)',
  }),
});

export const ExclusionSchema = Obj({ code: Type.String(), reason: Type.String() });

export const ExcludedCandidateSchema = Obj({ mediator: CandidateMediatorSchema, exclusions: Type.Array(ExclusionSchema) });

/**
 * One reason why mediators are ruled out as lead, with how many and the first of them; `dormant`
 * is `not_active` for a dormant mediator (one that can be woken up).
 */
export const ExclusionGroupSchema = Obj({
  code: Type.String({ description: 'Een uitsluitingscode (at_capacity, no_specialism, party_municipality, …) of dormant' }),
  count: Type.Integer({ minimum: 1 }),
  mediators: Type.Array(Obj({ id: Uuid, name: Type.String(), openCases: Type.Integer(), maxConcurrentCases: Type.Integer() }), {
    description: 'De eerste mediators met deze reden (hoogstens 5)',
  }),
});

export const CandidateListSchema = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  caseStatus: Type.String(),
  wantsExternalMediator: Type.Boolean({ description: 'Een partij vroeg om een externe mediator, of de triage koos die route' }),
  period: Obj({ start: IsoDate, end: IsoDate }),
  policy: Obj({ allowDifferentDepartment: Type.Boolean(), weights: WeightsSchema }),
  eligible: Type.Array(RankedCandidateSchema),
  eligibleTotal: Type.Integer(),
  excluded: Type.Array(ExcludedCandidateSchema),
  excludedTotal: Type.Integer(),
  whyNobody: Type.Array(ExclusionGroupSchema, {
    description: 'Als geen enkele mediator in aanmerking komt: de redenen gegroepeerd, wat een coördinator kan veranderen eerst; anders leeg',
  }),
  coMediators: Type.Array(RankedCandidateSchema),
  coMediatorsTotal: Type.Integer(),
  coMediation: Nullable(Obj({ leadId: Uuid, coMediatorId: Uuid, explanation: Type.String() })),
  allowedActions: AllowedActions('Wat u nu voor deze zaak mag doen (voorstellen, externe mediator voorstellen)'),
});

export const ProposalStatusSchema = Type.Enum(['open', 'assigned', 'declined', 'refused', 'withdrawn'] as const);
export const DecisionSchema = Type.Enum(['accept', 'another_mediator', 'external_mediator'] as const);
export const MethodSchema = Type.Enum(['phone', 'email', 'letter', 'meeting'] as const);

export const DeclarationSchema = Obj({
  noInterestInOutcome: Type.Boolean({ description: 'Ik heb geen belang bij de uitkomst (MfN-gedragsregel 2.1)' }),
  noEarlierAdviceToAParty: Type.Boolean({ description: 'Ik heb geen van de partijen eerder geadviseerd (2.2)' }),
  relationshipsDisclosure: Nullable(Type.String({ maxLength: 4000, description: 'Elke relatie met een partij (2.3); leeg als er geen is' })),
});

export const ProposedMediatorSchema = Obj({
  role: Type.Enum(['lead', 'co'] as const),
  mediatorId: Nullable(Uuid),
  name: Type.String(),
  municipality: Nullable(Type.String()),
  kind: Type.Enum(['mediator', 'process_facilitator', 'external'] as const),
  external: Nullable(
    Obj({
      id: Uuid,
      organisation: Type.String(),
      mfnNumber: Type.String(),
      agreedRateCents: Nullable(Type.Integer({ description: 'Per uur; alleen voor de coördinator' })),
      email: Nullable(Type.String({ description: 'Om de externe mediator te bereiken; alleen voor de coördinator' })),
      chosenBy: Type.Enum(['parties', 'coordinator'] as const, { description: 'Wie koos voor deze externe mediator' }),
    }),
  ),
  answer: Nullable(Type.Enum(['accepted', 'declined'] as const)),
  answeredAt: Nullable(DateTime),
  declaration: Nullable(DeclarationSchema),
  declineReason: Nullable(Type.String()),
});

export const ConsentSchema = Obj({
  decision: DecisionSchema,
  method: Type.Enum(['phone', 'email', 'letter', 'meeting', 'link'] as const),
  givenOn: IsoDate,
  recordedAt: DateTime,
  recordedBy: Nullable(Type.String({ description: 'De coördinator; leeg als de partij zelf via de link antwoordde' })),
  reason: Nullable(Type.String()),
  disclosureAccepted: Type.Boolean(),
  disclosureRefused: Type.Boolean({ description: 'De partij accepteerde de gemelde relatie niet (MfN-gedragsregel 2.3)' }),
});

export const ProposalPartySchema = Obj({
  id: Uuid,
  role: Type.String(),
  name: Type.String(),
  organisation: Nullable(Type.String()),
  municipality: Nullable(Obj({ id: Uuid, name: Type.String() })),
  department: Nullable(Type.String()),
  /** Coordinator only: */
  hasEmail: Nullable(Type.Boolean()),
  consent: Nullable(ConsentSchema),
  link: Nullable(Obj({ sentAt: DateTime, expiresAt: DateTime, usedAt: Nullable(DateTime) })),
});

export const ProposalSchema = Obj({
  id: Uuid,
  caseId: Uuid,
  caseNumber: Type.String(),
  caseType: Type.String(),
  caseStatus: Type.String(),
  requestingMunicipality: Obj({ id: Uuid, name: Type.String() }),
  status: ProposalStatusSchema,
  stage: Type.Enum(['awaiting_mediator', 'awaiting_parties', 'closed'] as const),
  view: Type.Enum(['coordinator', 'mediator'] as const),
  myRole: Nullable(Type.Enum(['lead', 'co'] as const)),
  myAnswer: Nullable(Type.Enum(['accepted', 'declined'] as const)),
  proposedAt: DateTime,
  proposedBy: Type.String(),
  note: Nullable(Type.String()),
  closedAt: Nullable(DateTime),
  closeReason: Nullable(Type.String()),
  disclosure: Nullable(Type.String()),
  mediators: Type.Array(ProposedMediatorSchema),
  parties: Type.Array(ProposalPartySchema),
  allowedActions: AllowedActions('Wat u nu met dit voorstel mag doen (antwoorden, intrekken, instemming vastleggen, link opnieuw sturen)'),
});

export const ProposeBody = Obj({
  mediatorId: Uuid,
  coMediatorId: Type.Optional(Nullable(Uuid)),
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  disclosure: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 4000,
        description: 'Verplicht als een voorgestelde mediator een relatie met een partij heeft gemeld (MfN 2.3): de melding die elke partij leest en schriftelijk moet accepteren',
      }),
    ),
  ),
});

export const ConsentBody = Obj({
  partyId: Uuid,
  decision: DecisionSchema,
  method: MethodSchema,
  givenOn: IsoDate,
  reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  disclosureAccepted: Type.Optional(
    Type.Boolean({
      description:
        'Bij een gemelde relatie: true als de partij die schriftelijk accepteerde (verplicht om in te stemmen; alleen per e-mail of brief), false als zij die niet accepteert (een weigering)',
    }),
  ),
});

export const ExternalMediatorBody = Obj({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  organisation: Type.String({ minLength: 1, maxLength: 200 }),
  mfnNumber: Type.String({ minLength: 1, maxLength: 50 }),
  email: Type.Optional(Nullable(Type.Union([Email, Type.Literal('')]))),
  agreedRateCents: Type.Integer({ minimum: 1, maximum: 10_000_000, description: 'Afgesproken uurtarief in centen' }),
  chosenBy: Type.Enum(['parties', 'coordinator'] as const),
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
  declaration: DeclarationSchema,
});

export const TaskSchema = Obj({
  proposalId: Uuid,
  caseId: Uuid,
  caseNumber: Type.String(),
  caseType: Type.String(),
  requestingMunicipality: Obj({ id: Uuid, name: Type.String() }),
  role: Type.Enum(['lead', 'co'] as const),
  proposedAt: DateTime,
  proposedBy: Type.String(),
  allowedActions: AllowedActions('Wat u nu met dit voorstel mag doen'),
});

export const ConsentTokenParams = Obj({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });

export const PublicConsentSchema = Obj({
  poolName: Type.String(),
  mediators: Type.Array(
    Obj({
      role: Type.Enum(['lead', 'co'] as const),
      name: Type.String(),
      municipality: Nullable(Type.String()),
      profession: Type.String({ description: 'mediator, procesbegeleider of externe mediator' }),
      organisation: Nullable(Type.String({ description: 'Alleen bij een externe mediator' })),
    }),
  ),
  disclosure: Nullable(Type.String()),
  expiresAt: DateTime,
});

export const PublicConsentBody = Obj({
  decision: DecisionSchema,
  reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  disclosureAccepted: Type.Optional(
    Type.Boolean({ description: 'Bij een gemelde relatie: true om die te accepteren (verplicht om in te stemmen), false om die niet te accepteren (een weigering)' }),
  ),
});

export const BatchSuggestionSchema = Obj({
  caseCount: Type.Integer(),
  mediatorCount: Type.Integer(),
  assignedCount: Type.Integer(),
  totalScore: Type.Number(),
  assignments: Type.Array(
    Obj({
      caseId: Uuid,
      caseNumber: Type.String(),
      mediator: Obj({ id: Uuid, name: Type.String(), municipality: Type.String() }),
      score: Type.Number(),
    }),
  ),
  unassigned: Type.Array(
    Obj({
      caseId: Uuid,
      caseNumber: Type.String(),
      reason: Type.Enum(['no_candidate', 'disclosure_only', 'capacity_taken'] as const, {
        description:
          'no_candidate: geen enkele mediator komt in aanmerking (zie whyNobody); disclosure_only: alleen mediators met een te melden relatie, die stelt de coördinator zelf voor; capacity_taken: de geschikte mediators zijn in deze verdeling al aan andere zaken gegeven',
      }),
      whyNobody: Type.Array(ExclusionGroupSchema),
    }),
  ),
  externalRequested: Type.Array(Obj({ caseId: Uuid, caseNumber: Type.String() }), {
    description: 'Zaken waarvoor een externe mediator is gevraagd: niet verdeeld',
  }),
});

export const ProposalListSchema = Obj({ items: Type.Array(ProposalSchema) });
export const TaskListSchema = Obj({ items: Type.Array(TaskSchema) });

export const MatchingCaseSchema = Obj({
  caseId: Uuid,
  caseStatus: Type.String(),
  allowedActions: AllowedActions('Wat u nu aan de matching van deze zaak mag doen (kandidaten, voorstellen, externe mediator, verdeling)'),
});

export type Weights = Static<typeof WeightsSchema>;
export type MatchingSettings = Static<typeof MatchingSettingsSchema>;
export type MatchingSettingsInput = Static<typeof MatchingSettingsBody>;
export type CandidateMediator = Static<typeof CandidateMediatorSchema>;
export type ScorePart = Static<typeof ScorePartSchema>;
export type ScoreKey = ScorePart['key'];
export type MediatorStatus = CandidateMediator['status'];
export type RankedCandidate = Static<typeof RankedCandidateSchema>;
export type ExcludedCandidate = Static<typeof ExcludedCandidateSchema>;
export type CandidateList = Static<typeof CandidateListSchema>;
export type CandidatesQueryInput = Static<typeof CandidatesQuery>;
export type ProposalStatus = Static<typeof ProposalStatusSchema>;
export type ConsentDecision = Static<typeof DecisionSchema>;
export type ConsentMethod = Static<typeof MethodSchema>;
export type Declaration = Static<typeof DeclarationSchema>;
export type ProposedMediator = Static<typeof ProposedMediatorSchema>;
export type PartyConsent = Static<typeof ConsentSchema>;
export type ProposalParty = Static<typeof ProposalPartySchema>;
export type Proposal = Static<typeof ProposalSchema>;
export type ProposalList = Static<typeof ProposalListSchema>;
export type ProposeInput = Static<typeof ProposeBody>;
export type RecordConsentInput = Static<typeof ConsentBody>;
export type ExternalMediatorInput = Static<typeof ExternalMediatorBody>;
export type ReasonInput = Static<typeof ReasonBody>;
export type ConsentLinkInput = Static<typeof ConsentLinkBody>;
export type Task = Static<typeof TaskSchema>;
export type TaskList = Static<typeof TaskListSchema>;
export type PublicConsent = Static<typeof PublicConsentSchema>;
export type PublicConsentInput = Static<typeof PublicConsentBody>;
export type BatchSuggestion = Static<typeof BatchSuggestionSchema>;
export type ExclusionGroup = Static<typeof ExclusionGroupSchema>;
export type MatchingCase = Static<typeof MatchingCaseSchema>;
