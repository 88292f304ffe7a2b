import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** Removes a mistaken entry (there is no editing: remove and add again). */
export async function removeUpkeepEntry(trx: Kysely<DB>, ctx: AuditContext, poolId: string, mediatorId: string, entryId: string): Promise<void> {
  const removed = await trx
    .deleteFrom('upkeep_entry')
    .where('id', '=', entryId)
    .where('mediator_id', '=', mediatorId)
    .where('pool_id', '=', poolId)
    .returning(['type', 'occurred_on'])
    .executeTakeFirst();
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'upkeep-entry.delete', objectType: 'mediator', objectId: mediatorId, detail: { id: entryId, ...removed } });
}
