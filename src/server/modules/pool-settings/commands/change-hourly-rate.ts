import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { lockHourlyRate, setHourlyRate } from '../repository.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { checkCents, ensureRateOpen } from '../hourly-rate-rules.js';

/** A corrected rate for a year (administrator): 404 when the actor does not see it, 403 when they see but may not change it. */
export async function changeHourlyRate(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, year: number, cents: number) {
  ensureCan(canPoolSettings, actor, 'read', ownPool(actor));
  const poolId = actor.poolId;
  const before = await lockHourlyRate(trx, poolId, year);
  if (!before) throw notFound();
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  checkCents(cents);
  await ensureRateOpen(trx, actor, year);
  const row = await setHourlyRate(trx, poolId, year, cents);
  await writeAudit(trx, ctx, { action: 'hourly-rate.update', objectType: 'hourly-rate', objectId: String(year), detail: { before: before.cents, after: cents } });
  return row;
}
