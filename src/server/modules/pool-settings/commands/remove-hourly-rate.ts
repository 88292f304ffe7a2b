import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { deleteHourlyRate, lockHourlyRate } from '../repository.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { ensureRateOpen } from '../hourly-rate-rules.js';

/** Removes one year's rate (administrator): 404 when the actor does not see it, 403 when they see but may not change it. */
export async function removeHourlyRate(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, year: number): Promise<void> {
  ensureCan(canPoolSettings, actor, 'read', ownPool(actor));
  const poolId = actor.poolId;
  if (!(await lockHourlyRate(trx, poolId, year))) throw notFound();
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  await ensureRateOpen(trx, actor, year);
  const removed = await deleteHourlyRate(trx, poolId, year);
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'hourly-rate.delete', objectType: 'hourly-rate', objectId: String(year), detail: { cents: removed.cents } });
}
