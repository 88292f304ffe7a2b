import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { todayInAmsterdam } from '../../../../domain/calendar/iso-date.js';
import { canRetention } from '../policy.js';
import { draftDestructionList } from './draft-destruction-list.js';

/** A coordinator asks for this month's list now instead of waiting for the job. */
export async function proposeDestructionList(trx: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<{ id: string }> {
  ensureCan(canRetention, actor, 'propose', { poolId: actor.poolId }, 'collection');
  const result = await draftDestructionList(trx, ctx, actor.poolId, todayInAmsterdam(), { userId: actor.userId, label: actor.name });
  if (result.kind === 'open') {
    throw conflict('Er ligt al een vernietigingslijst ter beoordeling. Keur die eerst goed.', 'destruction-list-open', { listId: result.listId });
  }
  if (result.kind === 'nothing-due') throw conflict('Er is nu niets waarvan de bewaartermijn is verstreken.', 'nothing-due');
  return { id: result.listId };
}
