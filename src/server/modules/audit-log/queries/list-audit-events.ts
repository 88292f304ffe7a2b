import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { badRequest } from '../../../http/problem.js';
import type { AuditEventPage, AuditQuery } from '../../../../contract/audit-log.js';
import { canAuditLog } from '../policy.js';
import { pageFields } from '../../../db/paging.js';
import { listAuditEvents as selectAuditEvents } from '../repository.js';

/** A page of the pool's audit log for an administrator, newest first. */
export async function listAuditEvents(db: Kysely<DB>, actor: Actor, query: AuditQuery): Promise<AuditEventPage> {
  ensureCan(canAuditLog, actor, 'list', { poolId: actor.poolId }, 'collection');
  const { page = 1, pageSize = 50, action, objectType, objectId, traceId, actor: actorText, result, from, to } = query;
  if (from && to && new Date(to) < new Date(from)) throw badRequest('De einddatum ligt voor de begindatum.', [{ name: 'to', code: 'before-from', reason: 'Kies een einde na het begin.' }]);
  const { rows, counted } = await selectAuditEvents(
    db,
    actor.poolId,
    { action, objectType, objectId, traceId, actor: actorText, result, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
    { page, pageSize },
  );
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      at: r.at.toISOString(),
      actorUserId: r.actor_user_id,
      actorLabel: r.actor_label,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      result: r.result,
      purpose: r.purpose,
      requestId: r.request_id,
      origin: r.origin,
      detail: r.detail,
      activity: r.activity,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      traceId: r.trace_id,
    })),
    ...pageFields({ page, pageSize }, counted),
  };
}
