import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { POOL, canOutcome } from '../policy.js';
import { dueAftercareHead } from '../repository.js';

/**
 * The aftercare checks due by `dueBy`, earliest first: the pool's for `scope: 'pool'` (coordinator),
 * the cases one mediates for `scope: 'own'` (mediator). The aftercare task list's own rule.
 */
export async function aftercareWork(db: Kysely<DB>, actor: Actor, scope: 'pool' | 'own', dueBy: string): Promise<WorkList> {
  ensureCan(canOutcome, actor, scope === 'pool' ? 'list-pool-aftercare-tasks' : 'list-aftercare-tasks', POOL, 'collection');
  const { rows, counted } = await dueAftercareHead(db, actor.poolId, scope === 'pool' ? null : actor.userId, dueBy, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'case' as const,
      caseId: r.id,
      title: r.number,
      detail: r.title,
      state: r.status,
      at: r.aftercare_due_on,
      atKind: 'due' as const,
    })),
  };
}
