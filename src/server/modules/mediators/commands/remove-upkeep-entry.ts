import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { deleteUpkeepEntry } from '../repository/records.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** Removes a mistaken entry (there is no editing: remove and add again). */
export async function removeUpkeepEntry(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, entryId: string): Promise<void> {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-upkeep');
  const poolId = actor.poolId;
  const removed = await deleteUpkeepEntry(trx, poolId, mediatorId, entryId);
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'upkeep-entry.delete', objectType: 'mediator', objectId: mediatorId, detail: { id: entryId, ...removed } });
}
