import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { exemptRoutes } from '../assert-may-start.js';

/** Sets the routes on which a case may start without a signed agreement; saving the same set changes nothing. */
export async function updateAgreementPolicy(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, routes: string[]) {
  // One writer per pool at a time (the policy row may not exist yet, the settings row does), so the
  // audit's "from" is what the change really replaced.
  await trx.selectFrom('pool_settings').select('pool_id').where('pool_id', '=', actor.poolId).forUpdate().execute();
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
