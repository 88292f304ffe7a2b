import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { deleteDayOff, findDayOff } from '../repository.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** Removes one day off (administrator): 404 when the actor does not see it, 403 when they see but may not change it. */
export async function removeDayOff(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, dayOffId: string): Promise<void> {
  ensureCan(canPoolSettings, actor, 'read', ownPool(actor));
  const poolId = actor.poolId;
  if (!(await findDayOff(trx, poolId, dayOffId))) throw notFound();
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const removed = await deleteDayOff(trx, poolId, dayOffId);
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'day-off.delete', objectType: 'day-off', objectId: dayOffId, detail: removed });
}
