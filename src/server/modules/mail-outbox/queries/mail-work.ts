import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { canMailOutbox } from '../policy.js';
import { listOutboxMail } from '../repository.js';

/**
 * The pool's failed mail for the start page (administrator), newest first: the subject and kind
 * only, never the recipient's address (the outbox view shows that, and records the read).
 */
export async function mailFailureWork(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  ensureCan(canMailOutbox, actor, 'read', { poolId: actor.poolId }, 'collection');
  const { rows, counted } = await listOutboxMail(db, actor.poolId, 'failed', { page: 1, pageSize: WORK_SECTION_ITEMS });
  return {
    ...counted,
    items: rows.map((m) => ({
      id: m.id,
      kind: 'mail' as const,
      caseId: null,
      title: m.subject,
      detail: m.last_error,
      state: m.kind,
      at: m.created_at.toISOString(),
      atKind: 'since' as const,
    })),
  };
}
