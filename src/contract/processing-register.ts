import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj } from './common.js';

/**
 * The pool's register of processing activities (AVG art. 30) and the audit log's integrity check
 * (issue 17, items 5 and 6). The administrator keeps the register; every audit row names one of
 * its activities by code (src/domain/processing).
 */
export const PROCESSING_REGISTER_ACTIONS = ['list', 'create', 'update', 'verifyChain'] as const;
export type ProcessingRegisterAction = (typeof PROCESSING_REGISTER_ACTIONS)[number];

/** Only the general problems (400 with the field named, 403, 404). */
export const PROCESSING_REGISTER_PROBLEMS = [] as const;

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const ProcessingActivityBody = Obj({
  name: Text(200),
  purpose: Text(2000),
  legalBasis: Text(2000),
  dataCategories: Text(2000),
  subjectCategories: Text(2000),
  retention: Text(2000),
  recipients: Text(2000),
});
export type ProcessingActivityInput = Static<typeof ProcessingActivityBody>;

export const ProcessingActivitySchema = Obj({
  code: Type.String(),
  /** One of the activities the software refers to (fixed code); otherwise the pool's own. */
  standard: Type.Boolean(),
  /** The pool reworded a standard activity (false: the software's default wording). */
  reworded: Type.Boolean(),
  ...ProcessingActivityBody.properties,
  updatedAt: Nullable(DateTime),
  allowedActions: Type.Array(Type.Enum(PROCESSING_REGISTER_ACTIONS)),
});
export type ProcessingActivity = Static<typeof ProcessingActivitySchema>;

export const ProcessingActivityListSchema = Obj({
  items: Type.Array(ProcessingActivitySchema),
  allowedActions: Type.Array(Type.Enum(PROCESSING_REGISTER_ACTIONS)),
});
export type ProcessingActivityList = Static<typeof ProcessingActivityListSchema>;

export const ActivityCodeParams = Obj({ code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$', maxLength: 60 }) });

export const CHAIN_BREAK_REASONS = ['content-changed', 'link-broken', 'sequence-gap', 'row-missing', 'row-unchained'] as const;

export const AuditChainReportSchema = Obj({
  intact: Type.Boolean(),
  /** Links checked: all of them when intact, those before the break otherwise. */
  checked: Type.Integer(),
  head: Nullable(Obj({ seq: Type.Integer(), hash: Type.String() })),
  firstBreak: Nullable(Obj({ reason: Type.Enum(CHAIN_BREAK_REASONS), seq: Nullable(Type.Integer()), auditId: Nullable(Type.Integer()) })),
  checkedAt: DateTime,
});
export type AuditChainReport = Static<typeof AuditChainReportSchema>;
