import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AuditContext } from '../../audit/write-audit.js';

export interface CaseEventInput {
  poolId: string;
  caseId: string;
  kind: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

/** Adds a step to the case timeline, in the caller's transaction (so with the change it records). */
export async function recordCaseEvent(db: Kysely<DB>, ctx: AuditContext & { label?: string }, e: CaseEventInput): Promise<void> {
  await db
    .insertInto('case_event')
    .values({
      pool_id: e.poolId,
      case_id: e.caseId,
      actor_user_id: ctx.actor?.userId ?? null,
      actor_label: ctx.actor?.name ?? ctx.label ?? 'systeem',
      kind: e.kind,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus ?? null,
      reason: e.reason ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}
