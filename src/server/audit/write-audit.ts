import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../auth/actor.js';
import { activityForAction } from '../../domain/processing/activity-for-action.js';
import { dataSubjectOf, type DataSubjectRef } from '../../domain/processing/data-subject.js';

/** Where a change came from; built from the request so every audit row has the same context. */
export interface AuditContext {
  actor: Actor | null;
  poolId: string | null;
  requestId: string | null;
  origin: string | null;
  /** W3C trace id of the request (its traceparent's, or a new one): a municipality correlates by it. */
  traceId?: string | null;
  /**
   * Shared by every context built from one request (copies keep the same box): set once a row
   * with a purpose (a read of personal data) is written, so the personal-data hook need not ask
   * the database whether the use case already recorded its read.
   */
  readAudit?: ReadAuditMark;
}

/**
 * Whether a request's use case accounted for its read of personal data: it wrote a row with a
 * purpose (`written`), or the data was the reader's own (`own`: a mediator's own profile), which is
 * not a read of someone else's.
 */
export interface ReadAuditMark {
  written: boolean;
  own?: boolean;
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  result?: 'success' | 'denied' | 'failure';
  /** Why personal data was read, e.g. "case detail". */
  purpose?: string;
  detail?: Record<string, unknown>;
  /** For actions without a signed-in actor (a failed login, a party's consent link). */
  actorLabel?: string;
  /**
   * Whose data this touched, when the object is not the person (or case) itself; by default the
   * object when it is a party, mediator, user or case (src/domain/processing/data-subject.ts).
   */
  subject?: DataSubjectRef | null;
  /** The register's activity code, when the action's default (activityForAction) is not right. */
  activity?: string;
}

/**
 * Appends one audit row. Call it with the same transaction as the change it records, so a change
 * and its audit row are committed together or not at all.
 */
export async function writeAudit(db: Kysely<DB>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  const subject = entry.subject !== undefined ? entry.subject : dataSubjectOf(entry.objectType, entry.objectId);
  await db
    .insertInto('audit_event')
    .values({
      pool_id: ctx.actor?.poolId ?? ctx.poolId,
      actor_user_id: ctx.actor?.userId ?? null,
      actor_label: entry.actorLabel ?? (ctx.actor ? `${ctx.actor.name} <${ctx.actor.email}>` : 'anoniem'),
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId ?? null,
      result: entry.result ?? 'success',
      purpose: entry.purpose ?? null,
      request_id: ctx.requestId,
      origin: ctx.origin,
      detail: JSON.stringify(entry.detail ?? {}),
      activity: entry.activity ?? activityForAction(entry.action, entry.purpose),
      subject_type: subject?.type ?? null,
      subject_id: subject?.id ?? null,
      trace_id: ctx.traceId ?? null,
    })
    .execute();
  if (entry.purpose && ctx.readAudit) ctx.readAudit.written = true;
}

/** Context for work that does not come from a request (CLI, jobs, start-up). */
export const systemContext = (poolId: string | null, label = 'systeem'): AuditContext & { label: string } => ({
  actor: null,
  poolId,
  requestId: null,
  origin: label,
  label,
});
