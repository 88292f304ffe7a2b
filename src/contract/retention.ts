import { Type, type Static } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from './common.js';
import { RETENTION_KINDS, RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from '../domain/retention/retention-terms.js';
import { DESTRUCTION_LIST_STATUSES } from '../domain/retention/destruction.js';

/**
 * What the retention policy decides: who reads and sets the pool's terms, who proposes, reviews
 * and approves a destruction list (a coordinator, as a municipal archive does).
 */
export const RETENTION_ACTIONS = ['read-terms', 'update-terms', 'list', 'read', 'propose', 'review', 'approve'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** The problem codes of retention besides the general ones. */
export const RETENTION_PROBLEMS = ['conflict', 'destruction-list-changed', 'destruction-list-approved', 'destruction-list-open'] as const;

export const RetentionKindSchema = Type.Enum(RETENTION_KINDS);

export const RetentionTermSchema = Obj({
  kind: RetentionKindSchema,
  months: Type.Integer(),
  defaultMonths: Type.Integer(),
  /** Where the default comes from (Dutch; the web has the English beside it). */
  defaultSource: Type.String(),
  /** The pool keeps the default. */
  isDefault: Type.Boolean(),
  /** What destruction of this kind removes and what it keeps (Dutch). */
  removes: Type.Array(Type.String()),
  keeps: Type.Array(Type.String()),
});
export type RetentionTerm = Static<typeof RetentionTermSchema>;

export const RetentionTermsSchema = Obj({
  items: Type.Array(RetentionTermSchema),
  allowedActions: Type.Array(Type.Enum(RETENTION_ACTIONS)),
});
export type RetentionTerms = Static<typeof RetentionTermsSchema>;

export const RetentionTermsInputSchema = Obj({
  terms: Type.Array(Obj({ kind: RetentionKindSchema, months: Type.Integer({ minimum: RETENTION_MONTHS_MIN, maximum: RETENTION_MONTHS_MAX }) }), { minItems: 1, maxItems: RETENTION_KINDS.length }),
});
export type RetentionTermsInput = Static<typeof RetentionTermsInputSchema>;

export const DestructionListStatusSchema = Type.Enum(DESTRUCTION_LIST_STATUSES);

export const DestructionListSummarySchema = Obj({
  id: Uuid,
  month: Type.String(),
  status: DestructionListStatusSchema,
  version: Type.Integer(),
  proposedAt: DateTime,
  proposedBy: Type.String(),
  approvedAt: Nullable(DateTime),
  approvedBy: Nullable(Type.String()),
  /** Items to be destroyed (or destroyed), not counting those taken off the list. */
  itemCount: Type.Integer(),
  excludedCount: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(RETENTION_ACTIONS)),
});
export type DestructionListSummary = Static<typeof DestructionListSummarySchema>;

export const DestructionListPageSchema = Obj({ items: Type.Array(DestructionListSummarySchema), allowedActions: Type.Array(Type.Enum(RETENTION_ACTIONS)) });
export type DestructionListPage = Static<typeof DestructionListPageSchema>;

export const DestructionItemSchema = Obj({
  id: Uuid,
  kind: RetentionKindSchema,
  objectId: Uuid,
  /** A case number and type, or a mail's kind and date: never a name. */
  label: Type.String(),
  termStartedOn: IsoDate,
  destroyableFrom: IsoDate,
  excluded: Type.Boolean(),
  excludeReason: Nullable(Type.String()),
  destroyedAt: Nullable(DateTime),
});
export type DestructionItem = Static<typeof DestructionItemSchema>;

export const DestructionListDetailSchema = Obj({
  ...DestructionListSummarySchema.properties,
  /** The terms (months per kind) the list was drawn up with. */
  terms: Type.Record(Type.String(), Type.Integer()),
  items: Type.Array(DestructionItemSchema),
  /** Per kind on the list: what goes and what stays (Dutch). */
  effects: Type.Array(Obj({ kind: RetentionKindSchema, removes: Type.Array(Type.String()), keeps: Type.Array(Type.String()) })),
});
export type DestructionListDetail = Static<typeof DestructionListDetailSchema>;

export const DestructionListParamsSchema = Obj({ listId: Uuid });
export const DestructionItemParamsSchema = Obj({ listId: Uuid, itemId: Uuid });

/** Taking an item off the list (with a reason: e.g. a case that is reopened, a claim that is pending) or putting it back. */
export const DestructionItemReviewSchema = Obj({
  excluded: Type.Boolean(),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  /** The list's version the reviewer saw. */
  version: Type.Integer({ minimum: 1 }),
});
export type DestructionItemReview = Static<typeof DestructionItemReviewSchema>;

/** The approval names the version the coordinator reviewed: a list changed since then is not approved. */
export const DestructionApprovalSchema = Obj({ version: Type.Integer({ minimum: 1 }) });
export type DestructionApproval = Static<typeof DestructionApprovalSchema>;
