import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { checkCents } from '../hourly-rate-rules.js';

/** A corrected rate for a year. */
export async function changeHourlyRate(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, year: number, cents: number) {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  checkCents(cents);
  const before = await trx.selectFrom('pool_hourly_rate').select('cents').where('pool_id', '=', poolId).where('year', '=', year).forUpdate().executeTakeFirst();
  if (!before) throw notFound();
  const row = await trx
    .updateTable('pool_hourly_rate')
    .set({ cents, updated_at: new Date() })
    .where('pool_id', '=', poolId)
    .where('year', '=', year)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'hourly-rate.update', objectType: 'hourly-rate', objectId: String(year), detail: { before: before.cents, after: cents } });
  return row;
}
