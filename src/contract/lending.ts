import { Type, type Static } from 'typebox';
import { CASE_TYPES } from '../domain/cases/case-vocabulary.js';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';

/**
 * Lending between pools (issue 15, item 2; ADR 0022): agreements between two pools, proposed by
 * one pool's administrator and confirmed by the other's.
 */
export const LENDING_ACTIONS = ['list', 'propose', 'confirm', 'end'] as const;
export type LendingAction = (typeof LENDING_ACTIONS)[number];

export const LENDING_PROBLEMS = [
  'agreement-exists',
  'beyond-yearly-cap',
  'case-type-not-covered',
  'no-agreement-in-force',
  'loan-exists',
  'mediator-party-municipality',
  'mediator-not-eligible',
  'loan-decided',
  'agreement-ended',
  'loan-state-changed',
  'loan-mediator-proposed',
] as const;

export const AgreementStatusSchema = Type.Union([Type.Literal('proposed'), Type.Literal('in-force'), Type.Literal('ended')]);
export type AgreementStatus = Static<typeof AgreementStatusSchema>;

export const LendingAgreementSchema = Obj({
  id: Uuid,
  partnerPool: Obj({ id: Uuid, name: Type.String() }),
  /** Whether this pool proposed the agreement (the partner confirms) or was asked. */
  proposedByUs: Type.Boolean(),
  caseTypes: Type.Array(Type.Enum(CASE_TYPES)),
  rateCents: Nullable(Type.Integer()),
  yearlyCapHours: Nullable(Type.Integer()),
  autoApprove: Type.Boolean(),
  status: AgreementStatusSchema,
  proposedAt: DateTime,
  confirmedAt: Nullable(DateTime),
  endedAt: Type.Optional(Nullable(DateTime)),
  /** Approved hours under this agreement in the calendar year (Amsterdam): lent by this pool and borrowed from the partner. */
  thisYear: Type.Optional(Obj({ year: Type.Integer(), lentMinutes: Type.Integer(), borrowedMinutes: Type.Integer() })),
  allowedActions: Type.Array(Type.Enum(LENDING_ACTIONS)),
});
export type LendingAgreement = Static<typeof LendingAgreementSchema>;

/** The other pools of the installation an administrator may propose an agreement to (names only). */
export const PartnerPoolListSchema = Obj({ items: Type.Array(Obj({ id: Uuid, name: Type.String(), agreement: Type.Boolean({ description: 'Er is al een voorgestelde of geldende overeenkomst met deze pool' }) })) });
export type PartnerPoolList = Static<typeof PartnerPoolListSchema>;

export const LendingAgreementListSchema = Obj({ items: Type.Array(LendingAgreementSchema), allowedActions: Type.Array(Type.Enum(LENDING_ACTIONS)) });
export type LendingAgreementList = Static<typeof LendingAgreementListSchema>;

export const ProposeAgreementBodySchema = Obj({
  partnerPoolId: Uuid,
  caseTypes: Type.Array(Type.Enum(CASE_TYPES), { minItems: 1, uniqueItems: true }),
  /** Cents per hour the borrowing pool pays; null: free. */
  rateCents: Nullable(Type.Integer({ minimum: 0, maximum: 100000 })),
  yearlyCapHours: Nullable(Type.Integer({ minimum: 1, maximum: 10000 })),
  autoApprove: Type.Boolean(),
});
export type ProposeAgreementInput = Static<typeof ProposeAgreementBodySchema>;

export const AgreementParamsSchema = Obj({ agreementId: Uuid });

/**
 * Loans (issue 15, item 2; ADR 0022): the borrowing pool's coordinator asks a partner pool for one
 * of its eligible mediators for one case; the lending pool's coordinator approves or refuses.
 */
/**
 * `withdraw`: the borrowing pool's coordinator takes back a loan request that still waits, or an
 * approved loan whose mediator is not (or no longer) proposed on the case.
 */
export const LOAN_ACTIONS = ['requestLoan', 'approve', 'refuse', 'withdraw'] as const;
export type LoanAction = (typeof LOAN_ACTIONS)[number];

export const LoanStatusSchema = Type.Union([Type.Literal('requested'), Type.Literal('approved'), Type.Literal('refused'), Type.Literal('withdrawn')]);
export type LoanStatus = Static<typeof LoanStatusSchema>;

const NamedRef = Obj({ id: Uuid, name: Type.String() });
const Period = Obj({ start: IsoDate, end: IsoDate });

/**
 * An eligible mediator of a partner pool for this case: only what the borrowing coordinator needs
 * to ask (name, municipality, profession, languages, availability), nothing of the other pool's
 * cases. `openLoan` is this case's open loan of that mediator, if any.
 */
export const PartnerCandidateSchema = Obj({
  lenderProfileId: Uuid,
  pool: NamedRef,
  agreementId: Uuid,
  name: Type.String(),
  municipality: Type.String(),
  profession: Type.Union([Type.Literal('mediator'), Type.Literal('process_facilitator')]),
  languages: Type.Array(Type.String()),
  /** Periods in the coming 30 days in which the mediator is away. */
  unavailable: Type.Array(Period),
  /** Free places (capacity minus open cases in all pools). */
  freePlaces: Type.Integer(),
  openLoan: Nullable(Obj({ id: Uuid, status: LoanStatusSchema })),
  allowedActions: Type.Array(Type.Enum(LOAN_ACTIONS)),
});
export type PartnerCandidate = Static<typeof PartnerCandidateSchema>;

/** A loan as either pool sees it. `direction`: `in` the actor's pool borrows, `out` it lends. */
export const LoanSchema = Obj({
  id: Uuid,
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  status: LoanStatusSchema,
  borrowingPool: NamedRef,
  lendingPool: NamedRef,
  mediator: Obj({ name: Type.String(), municipality: Type.String() }),
  /** The case: its number and type only (the lending pool sees nothing else of it). */
  case: Obj({ id: Uuid, number: Type.String(), caseType: Type.Enum(CASE_TYPES) }),
  /** The mediator's profile in the borrowing pool once approved: propose this one on the case. */
  borrowerProfileId: Nullable(Uuid),
  rateCents: Nullable(Type.Integer()),
  requestedBy: Type.String(),
  requestedAt: DateTime,
  decidedAt: Nullable(DateTime),
  refusalReason: Nullable(Type.String()),
  allowedActions: Type.Array(Type.Enum(LOAN_ACTIONS)),
});
export type Loan = Static<typeof LoanSchema>;

export const PartnerCandidateListSchema = Obj({
  items: Type.Array(PartnerCandidateSchema),
  /** This case's loans (asked, approved, refused). */
  loans: Type.Array(LoanSchema),
  /** The partner pools with an agreement in force that covers the case type, with the hours left under its yearly cap (null: no cap). */
  partnerPools: Type.Array(Obj({ id: Uuid, name: Type.String(), hoursLeftThisYear: Nullable(Type.Number()) })),
  allowedActions: Type.Array(Type.Enum(LOAN_ACTIONS)),
});
export type PartnerCandidateList = Static<typeof PartnerCandidateListSchema>;

export const LoanListSchema = Obj({ items: Type.Array(LoanSchema) });
export type LoanList = Static<typeof LoanListSchema>;

export const LoanRequestBodySchema = Obj({ lenderProfileId: Uuid });
/**
 * Withdrawing a loan names the state the coordinator saw and confirmed (asked, or approved): when
 * the loan has moved on since (approved, refused, withdrawn), nothing changes and the answer is 409.
 */
export const LoanWithdrawalBodySchema = Obj({ status: Type.Union([Type.Literal('requested'), Type.Literal('approved')]) });
export type LoanWithdrawalInput = Static<typeof LoanWithdrawalBodySchema>;
export const LoanRefusalBodySchema = Obj({ reason: Type.String({ minLength: 1, maxLength: 1000 }) });
export const LoanParamsSchema = Obj({ loanId: Uuid });
export const LoanCaseParamsSchema = Obj({ caseId: Uuid });
export const LoanListQuerySchema = Obj({ status: Type.Optional(LoanStatusSchema) });
