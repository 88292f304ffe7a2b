import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { deleteDayOff } from '../repository.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export async function removeDayOff(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, dayOffId: string): Promise<void> {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  const removed = await deleteDayOff(trx, poolId, dayOffId);
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'day-off.delete', objectType: 'day-off', objectId: dayOffId, detail: removed });
}
