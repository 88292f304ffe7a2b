import { Type, type Static } from 'typebox';
import { DateTime, Nullable, Obj, PageQuery, pageOf } from './common.js';

/** What the audit-log policy decides: the pool's administrators read its audit log. */
export const AUDIT_LOG_ACTIONS = ['list'] as const;
export type AuditLogAction = (typeof AUDIT_LOG_ACTIONS)[number];

/** The audit log throws only the general problems (a 'to' before 'from' is invalid-input). */
export const AUDIT_LOG_PROBLEMS = [] as const;

export const AuditResultSchema = Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('failure')]);
export type AuditResult = Static<typeof AuditResultSchema>;

export const AuditEventSchema = Obj({
  id: Type.Integer(),
  at: DateTime,
  actorUserId: Nullable(Type.String()),
  actorLabel: Type.String(),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Nullable(Type.String()),
  result: AuditResultSchema,
  purpose: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  origin: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
  /** The register's processing activity (Logboek Dataverwerkingen; ADR 0017). */
  activity: Nullable(Type.String()),
  /** Whose data, by reference (type and id), never a name. */
  subjectType: Nullable(Type.String()),
  subjectId: Nullable(Type.String()),
  /** W3C trace id: the caller's traceparent, or the one the answer named in traceresponse. */
  traceId: Nullable(Type.String()),
});
export type AuditEvent = Static<typeof AuditEventSchema>;

export const AuditQuerySchema = Obj({
  ...PageQuery,
  action: Type.Optional(Type.String({ maxLength: 100 })),
  objectType: Type.Optional(Type.String({ maxLength: 100 })),
  objectId: Type.Optional(Type.String({ maxLength: 100 })),
  traceId: Type.Optional(Type.String({ pattern: '^[0-9a-f]{32}$', description: 'W3C trace id (32 lowercase hex)' })),
  actor: Type.Optional(Type.String({ maxLength: 200 })),
  result: Type.Optional(AuditResultSchema),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
});
export type AuditQuery = Static<typeof AuditQuerySchema>;

export const AuditEventPageSchema = pageOf(AuditEventSchema);
export type AuditEventPage = Static<typeof AuditEventPageSchema>;
