import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { lockPoolSettings } from '../../pool/index.js';
import { POOL, canSession } from '../policy.js';
import { exemptRoutes, saveExemptRoutes } from '../repository.js';

/**
 * Sets the routes on which a case may start without a signed agreement (administrators; 403
 * otherwise); saving the same set changes nothing. Callers (this module's route and the pool
 * settings form) run it in their transaction.
 */
export async function updateAgreementPolicy(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, routes: string[]) {
  ensureCan(canSession, actor, 'update-agreement-policy', POOL, 'collection');
  await lockPoolSettings(trx, actor.poolId);
  const before = [...(await exemptRoutes(trx, actor.poolId))].sort();
  const sorted = [...new Set(routes)].sort();
  if (sorted.length === before.length && sorted.every((r, i) => r === before[i])) return sorted;
  await saveExemptRoutes(trx, actor.poolId, sorted, actor.userId);
  await writeAudit(trx, ctx, { action: 'pool.agreement-policy', objectType: 'pool', objectId: actor.poolId, detail: { from: before, to: sorted } });
  return sorted;
}
