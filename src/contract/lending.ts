import { Type, type Static } from 'typebox';
import { CASE_TYPES } from '../domain/cases/case-vocabulary.js';
import { DateTime, Nullable, Obj, Uuid } from './common.js';

/**
 * Lending between pools (issue 15, item 2; ADR 0022): agreements between two pools, proposed by
 * one pool's administrator and confirmed by the other's.
 */
export const LENDING_ACTIONS = ['list', 'propose', 'confirm'] as const;
export type LendingAction = (typeof LENDING_ACTIONS)[number];

export const LENDING_PROBLEMS = ['agreement-exists', 'beyond-yearly-cap', 'case-type-not-covered'] as const;

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
  allowedActions: Type.Array(Type.Enum(LENDING_ACTIONS)),
});
export type LendingAgreement = Static<typeof LendingAgreementSchema>;

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
