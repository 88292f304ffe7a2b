import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export async function removeDayOff(trx: Kysely<DB>, ctx: AuditContext, poolId: string, dayOffId: string): Promise<void> {
  const removed = await trx.deleteFrom('pool_day_off').where('pool_id', '=', poolId).where('id', '=', dayOffId).returning(['date', 'description']).executeTakeFirst();
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'day-off.delete', objectType: 'day-off', objectId: dayOffId, detail: removed });
}
