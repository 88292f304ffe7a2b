import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';
import { MediatorStatusSchema } from './mediators.js';

/**
 * The growth module's contract (issue 16, item 6): the lead's review of the co-mediator after a
 * co-mediation, each mediator's path (co-mediations, reviews, trainings) and the coordinator's
 * decision on lead status for a mediator in training.
 */

export const GROWTH_ACTIONS = ['read-path', 'decide-lead', 'read-reviews', 'write-review'] as const;
export type GrowthAction = (typeof GROWTH_ACTIONS)[number];

export const GROWTH_PROBLEMS = ['already-reviewed', 'not-reviewable', 'not-suggested'] as const;

export const ReviewSchema = Obj({
  positive: Type.Boolean(),
  review: Type.String(),
  writtenAt: DateTime,
  writtenBy: Type.String(),
});
export type Review = Static<typeof ReviewSchema>;

export const CaseCoMediatorSchema = Obj({
  coMediatorId: Uuid,
  name: Type.String(),
  review: Nullable(ReviewSchema),
  allowedActions: Type.Array(Type.Enum(GROWTH_ACTIONS)),
});
export const CaseReviewsSchema = Obj({ items: Type.Array(CaseCoMediatorSchema) });
export type CaseReviews = Static<typeof CaseReviewsSchema>;

export const CaseParams = Obj({ caseId: Uuid });
export const ReviewBody = Obj({
  coMediatorId: Uuid,
  positive: Type.Boolean({ description: 'Positief: klaar om (op den duur) zelf hoofdmediator te zijn' }),
  review: Type.String({ minLength: 1, maxLength: 2000 }),
});
export type ReviewInput = Static<typeof ReviewBody>;

export const DecisionSchema = Obj({
  id: Uuid,
  decision: Type.Union([Type.Literal('approved'), Type.Literal('declined')]),
  positiveReviews: Type.Integer(),
  note: Nullable(Type.String()),
  decidedAt: DateTime,
  decidedBy: Type.String(),
});
export type Decision = Static<typeof DecisionSchema>;

export const MediatorPathSchema = Obj({
  mediatorId: Uuid,
  status: MediatorStatusSchema,
  threshold: Type.Integer({ description: 'Positieve co-mediations waarna een mediator in opleiding wordt voorgesteld als hoofdmediator' }),
  positiveReviews: Type.Integer(),
  suggestedForLead: Type.Boolean(),
  leadMediations: Type.Integer(),
  coMediations: Type.Array(
    Obj({
      caseId: Uuid,
      caseNumber: Type.String(),
      leadName: Nullable(Type.String()),
      assignedOn: IsoDate,
      review: Nullable(ReviewSchema),
    }),
  ),
  trainings: Type.Array(Obj({ eventId: Uuid, title: Type.String(), kind: Type.String(), date: IsoDate, points: Type.Integer() })),
  decisions: Type.Array(DecisionSchema),
  allowedActions: Type.Array(Type.Enum(GROWTH_ACTIONS)),
});
export type MediatorPath = Static<typeof MediatorPathSchema>;

export const DecisionBody = Obj({
  decision: Type.Union([Type.Literal('approved'), Type.Literal('declined')]),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type DecisionInput = Static<typeof DecisionBody>;
