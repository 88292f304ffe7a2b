import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { containsPattern, startsWithPattern } from '../../db/like-pattern.js';
import type { AuditResult } from '../../../contract/audit-log.js';
import { cappedCount, pageWindow, type PageRequest } from '../../db/paging.js';

/** All of the audit-log module's SQL: the pool's audit events, filtered and paged. */

export interface AuditFilter {
  /** A prefix of the action, e.g. "case." for every case action. */
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  traceId?: string | undefined;
  /** Part of the actor's label (name or address). */
  actor?: string | undefined;
  result?: AuditResult | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** One page, newest first (the (pool_id, at DESC, id DESC) index), with the total counted up to LIST_REACH. */
export async function listAuditEvents(db: Kysely<DB>, poolId: string, filter: AuditFilter, page: PageRequest) {
  const window = pageWindow(page);
  let q = db.selectFrom('audit_event').where('pool_id', '=', poolId);
  if (filter.action) q = q.where('action', 'like', startsWithPattern(filter.action));
  if (filter.objectType) q = q.where('object_type', '=', filter.objectType);
  if (filter.objectId) q = q.where('object_id', '=', filter.objectId);
  if (filter.traceId) q = q.where('trace_id', '=', filter.traceId);
  if (filter.actor) q = q.where('actor_label', 'ilike', containsPattern(filter.actor));
  if (filter.result) q = q.where('result', '=', filter.result);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<=', filter.to);
  const counted = await cappedCount(db, q);
  const rows = await q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(window.limit).offset(window.offset).execute();
  return { rows, counted };
}
