import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { exemptRoutes } from '../assert-may-start.js';
import { lockPoolSettings } from '../../pool/index.js';

/** Sets the routes on which a case may start without a signed agreement; saving the same set changes nothing. */
export async function updateAgreementPolicy(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, routes: string[]) {
  await lockPoolSettings(trx, actor.poolId);
  const before = [...(await exemptRoutes(trx, actor.poolId))].sort();
  const sorted = [...new Set(routes)].sort();
  if (sorted.length === before.length && sorted.every((r, i) => r === before[i])) return sorted;
  await trx
    .insertInto('pool_agreement_policy')
    .values({ pool_id: actor.poolId, exempt_routes: sorted, updated_by: actor.userId })
    .onConflict((oc) => oc.column('pool_id').doUpdateSet({ exempt_routes: sorted, updated_by: actor.userId, updated_at: new Date() }))
    .execute();
  await writeAudit(trx, ctx, { action: 'pool.agreement-policy', objectType: 'pool', objectId: actor.poolId, detail: { from: before, to: sorted } });
  return sorted;
}
