import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * The settlement module's contract: settlements per period (draft, final), statements per
 * municipality, CSV and XLSX exports, and the costs of external mediators. Money in integer cents.
 * The server validates and serialises with these schemas; the web's api/settlement.ts takes its
 * types from them.
 */

/** What one may do with settlements and external costs (policy.ts answers per object). */
export const SETTLEMENT_ACTIONS = [
  'list',
  'create',
  'read',
  'finalise',
  'delete',
  'export',
  'read-statement',
  'read-external-costs',
  'declare-external-cost',
  'remove-external-cost',
] as const;
export type SettlementAction = (typeof SETTLEMENT_ACTIONS)[number];

/** The actions a response about one settlement lists in `allowedActions`. */
export const SETTLEMENT_OBJECT_ACTIONS = ['read', 'finalise', 'delete', 'export'] as const satisfies readonly SettlementAction[];
export type SettlementObjectAction = (typeof SETTLEMENT_OBJECT_ACTIONS)[number];

/** The actions on the pool's settlements the list lists in `allowedActions`. */
export const SETTLEMENT_COLLECTION_ACTIONS = ['create', 'read', 'read-external-costs'] as const satisfies readonly SettlementAction[];
export type SettlementCollectionAction = (typeof SETTLEMENT_COLLECTION_ACTIONS)[number];

/** The actions on the external costs of a case (or one declaration) a response lists in `allowedActions`. */
export const EXTERNAL_COST_ACTIONS = ['declare-external-cost', 'remove-external-cost'] as const satisfies readonly SettlementAction[];
export type ExternalCostAction = (typeof EXTERNAL_COST_ACTIONS)[number];

/** The problem codes (slugs) the settlement module answers with. */
export const SETTLEMENT_PROBLEMS = [
  'settlement-exists',
  'settlement-final',
  'settlement-overlap',
  'missing-rate',
  'not-computable',
  'period-not-ended',
  'external-mediator-not-engaged',
] as const;

const Int = Type.Integer();
const NullableInt = Nullable(Type.Integer());

export const IdParams = Obj({ settlementId: Uuid });
export const StatementParams = Obj({ settlementId: Uuid, municipalityId: Uuid });
export const CaseParams = Obj({ caseId: Uuid });
export const ExternalCostParams = Obj({ id: Uuid });

export const PeriodKindSchema = Type.Enum(['month', 'quarter', 'year'] as const);
export const SettlementStatusSchema = Type.Enum(['draft', 'final'] as const);
export type SettlementStatus = Static<typeof SettlementStatusSchema>;

export const PeriodSchema = Obj({
  kind: PeriodKindSchema,
  code: Type.String({ description: '2026-09, 2026-K3 of 2026' }),
  label: Type.String(),
  start: IsoDate,
  end: IsoDate,
});
export type SettlementPeriod = Static<typeof PeriodSchema>;

/**
 * Hours of mediators lent between pools (issue 15, item 2; ADR 0022), apart from the netting
 * between municipalities: `borrowed` lines are hours of another pool's mediator on this pool's
 * cases (this pool owes), `lent` lines are this pool's mediators on another pool's cases (this
 * pool receives). One line per loan, priced once at the loan's rate (null: free).
 */
export const LoanLineSchema = Obj({
  direction: Type.Enum(['borrowed', 'lent'] as const),
  partnerPool: Obj({ id: Uuid, name: Type.String() }),
  caseNumber: Type.String(),
  mediatorName: Type.String(),
  /** borrowed: the case's requesting municipality; lent: the mediator's municipality in this pool. */
  municipalityId: Nullable(Uuid),
  minutes: Int,
  rateCents: NullableInt,
  amountCents: Int,
});
export type LoanLine = Static<typeof LoanLineSchema>;

export const LoanFiguresSchema = Obj({
  lines: Type.Array(LoanLineSchema),
  borrowedMinutes: Int,
  lentMinutes: Int,
  /** What this pool pays other pools for borrowed hours. */
  owedCents: Int,
  /** What other pools pay this pool for lent hours. */
  receivableCents: Int,
  /** Per partner pool: what goes which way (positive: this pool receives). */
  perPool: Type.Array(Obj({ pool: Obj({ id: Uuid, name: Type.String() }), owedCents: Int, receivableCents: Int, netCents: Int })),
});
export type LoanFigures = Static<typeof LoanFiguresSchema>;

/**
 * How many lines (case × pair × year) a settlement's detail carries: a national pool has over ten
 * thousand a quarter, which no one reads on a page; the CSV and Excel exports hold them all.
 */
export const SETTLEMENT_LINES_SHOWN = 200;

/**
 * The figures of one settlement: everything a statement prints, as plain data. For a final
 * settlement this object is stored as canonical JSON and hashed (content_hash).
 */
export const FiguresSchema = Obj({
  version: Type.Literal(1),
  pool: Obj({ id: Uuid, name: Type.String() }),
  period: PeriodSchema,
  mode: Type.Enum(['none', 'hourly'] as const),
  rates: Type.Array(Obj({ year: Int, cents: Int })),
  municipalities: Type.Array(Obj({ id: Uuid, code: Type.String(), name: Type.String() })),
  lines: Type.Array(Obj({ caseId: Uuid, caseNumber: Type.String(), supplierId: Uuid, userId: Uuid, year: Int, minutes: Int, entries: Int })),
  pairs: Type.Array(
    Obj({
      supplierId: Uuid,
      userId: Uuid,
      minutes: Int,
      years: Type.Array(Obj({ year: Int, minutes: Int, rateCents: NullableInt, amountCents: NullableInt })),
      amountCents: NullableInt,
    }),
  ),
  positions: Type.Array(
    Obj({
      municipalityId: Uuid,
      minutesSupplied: Int,
      minutesUsed: Int,
      netMinutes: Int,
      ownMinutes: Int,
      receivedCents: NullableInt,
      paidCents: NullableInt,
      netCents: NullableInt,
    }),
  ),
  transfers: Type.Array(Obj({ fromId: Uuid, toId: Uuid, amountCents: Int })),
  totals: Obj({ settledMinutes: Int, ownMinutes: Int, totalAmountCents: NullableInt, entries: Int }),
  finalisedAt: Nullable(DateTime),
  /** Lent hours between pools (issue 15): only present when there are any, so figures without loans stay as they were. */
  loans: Type.Optional(LoanFiguresSchema),
});
export type SettlementFigures = Static<typeof FiguresSchema>;

const SettlementObjectActions = Type.Array(Type.Enum(SETTLEMENT_OBJECT_ACTIONS), { description: 'Wat u nu met deze verrekening mag doen' });

export const SettlementSummarySchema = Obj({
  id: Uuid,
  period: PeriodSchema,
  status: SettlementStatusSchema,
  contentHash: Nullable(Type.String()),
  createdAt: DateTime,
  finalisedAt: Nullable(DateTime),
  allowedActions: SettlementObjectActions,
});
export type SettlementSummary = Static<typeof SettlementSummarySchema>;

export const SettlementListSchema = Obj({
  items: Type.Array(SettlementSummarySchema),
  /** The period a new draft suggests: the last complete period of the pool's kind (month, quarter, year), from today in Amsterdam. */
  suggestedPeriod: PeriodSchema,
  allowedActions: Type.Array(Type.Enum(SETTLEMENT_COLLECTION_ACTIONS), { description: 'Wat u met de verrekeningen van de pool mag doen' }),
});
export type SettlementList = Static<typeof SettlementListSchema>;

export const CreateSettlementBody = Obj({ period: Type.String({ minLength: 4, maxLength: 7, description: '2026-09 (maand), 2026-K3 of 2026-Q3 (kwartaal) of 2026 (jaar), volgens de poolinstelling' }) });
export type CreateSettlementInput = Static<typeof CreateSettlementBody>;

export const SettlementIssueSchema = Obj({ code: Type.String(), message: Type.String(), years: Type.Optional(Type.Array(Int)) });
export type SettlementIssue = Static<typeof SettlementIssueSchema>;

export const SettlementSchema = Obj({
  id: Uuid,
  period: PeriodSchema,
  status: SettlementStatusSchema,
  figures: Type.Union([FiguresSchema, Type.Null()], {
    description: `null als een concept nog niet te berekenen is (zie issues). In dit antwoord bevat lines alleen de eerste ${SETTLEMENT_LINES_SHOWN} regels (linesTotal zegt hoeveel er zijn); de exports en overzichten bevatten ze alle, en de hash geldt voor de volledige cijfers`,
  }),
  linesTotal: Int,
  contentHash: Nullable(Type.String({ description: 'SHA-256 van de canonieke JSON van de cijfers (alleen definitief)' })),
  hashVerified: Nullable(Type.Boolean({ description: 'Klopt de opgeslagen hash nog met de opgeslagen cijfers?' })),
  issues: Type.Array(SettlementIssueSchema),
  pendingApproval: Obj({ entries: Int, minutes: Int }, { description: 'Ingediende, nog niet goedgekeurde uren met een datum in deze periode' }),
  createdBy: Type.String(),
  createdAt: DateTime,
  finalisedBy: Nullable(Type.String()),
  finalisedAt: Nullable(DateTime),
  allowedActions: SettlementObjectActions,
});
export type Settlement = Static<typeof SettlementSchema>;

export const StatementSchema = Obj({
  municipality: Obj({ id: Uuid, code: Type.String(), name: Type.String() }),
  minutesSupplied: Int,
  minutesUsed: Int,
  netMinutes: Int,
  netCents: NullableInt,
  pdf: Type.String({ description: 'Pad van de PDF' }),
});
export type Statement = Static<typeof StatementSchema>;

export const StatementListSchema = Obj({ items: Type.Array(StatementSchema) });
export type StatementList = Static<typeof StatementListSchema>;

/** A file answer (PDF, CSV, XLSX) in the OpenAPI document. */
export const BinaryResponse = (description: string) => ({ description, type: 'string', format: 'binary' }) as const;

// External mediators' costs.

export const DeclarationSchema = Obj({
  id: Uuid,
  declaredOn: IsoDate,
  minutes: Int,
  note: Nullable(Type.String()),
  createdAt: DateTime,
  allowedActions: Type.Array(Type.Enum(['remove-external-cost'] as const), { description: 'Wat u nu met deze declaratie mag doen' }),
});
export type ExternalDeclaration = Static<typeof DeclarationSchema>;

export const EngagementSchema = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  municipality: Obj({ id: Uuid, name: Type.String() }),
  externalName: Type.String(),
  organisation: Nullable(Type.String()),
  hourlyRateCents: Int,
  minutes: Int,
  costCents: Type.Integer({ description: 'round_half_up(minuten × tarief / 60)' }),
  declarations: Type.Array(DeclarationSchema),
});
export type ExternalEngagement = Static<typeof EngagementSchema>;

export const ExternalCostsQuery = Obj({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) });
export type ExternalCostsQuery = Static<typeof ExternalCostsQuery>;

export const ExternalCostsSchema = Obj({
  from: Nullable(IsoDate),
  to: Nullable(IsoDate),
  items: Type.Array(EngagementSchema),
  totalMinutes: Int,
  totalCostCents: Int,
  perMunicipality: Type.Array(Obj({ id: Uuid, name: Type.String(), costCents: Int })),
});
export type ExternalCosts = Static<typeof ExternalCostsSchema>;

export const CaseExternalMediatorSchema = Obj({ id: Uuid, name: Type.String(), organisation: Type.String(), agreedRateCents: Int, status: Type.Enum(['assigned', 'released'] as const) });
export type CaseExternalMediator = Static<typeof CaseExternalMediatorSchema>;

export const CaseExternalCostsSchema = Obj({
  externalMediators: Type.Array(CaseExternalMediatorSchema, { description: 'Uit de matching: de externe mediators die op de zaak zijn (of waren) ingezet' }),
  items: Type.Array(EngagementSchema),
  totalMinutes: Int,
  totalCostCents: Int,
  allowedActions: Type.Array(Type.Enum(['declare-external-cost'] as const), { description: 'Wat u met de kosten van externe mediators op deze zaak mag doen' }),
});
export type CaseExternalCosts = Static<typeof CaseExternalCostsSchema>;

export const ExternalCostBody = Obj({
  externalAssignmentId: Type.String({ format: 'uuid', description: 'De inzet van de externe mediator op deze zaak (uit de matching); naam, organisatie en afgesproken uurtarief komen daarvandaan' }),
  minutes: Type.Integer({ minimum: 1, maximum: 100000 }),
  declaredOn: IsoDate,
  note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
});
export type ExternalCostInput = Static<typeof ExternalCostBody>;

export const CreatedSchema = Obj({ id: Uuid });
export type Created = Static<typeof CreatedSchema>;
