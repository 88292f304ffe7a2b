import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { invalidField } from '../../../http/problem.js';
import type { MatchingWeights } from '../../../../domain/matching/index.js';
import { loadMatchingPolicy } from '../matching-settings.js';
import { lockPoolSettings } from '../../pool/index.js';

/**
 * Changes some or all weights; `reset` returns to the domain's defaults. Weights are relative, so
 * only all-zero is refused: it would make every candidate score the same.
 */
export async function updateMatchingSettings(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: { weights?: Partial<MatchingWeights>; reset?: boolean }) {
  // A partial change merges into what the previous one stored, and the audit's "before" is true.
  await lockPoolSettings(trx, actor.poolId);
  const before = await loadMatchingPolicy(trx, actor.poolId);
  if (input.reset) {
    const stored = await trx.selectFrom('matching_settings').select('pool_id').where('pool_id', '=', actor.poolId).executeTakeFirst();
    if (!stored) return;
    await trx.deleteFrom('matching_settings').where('pool_id', '=', actor.poolId).execute();
    await writeAudit(trx, ctx, { action: 'matching.settings', objectType: 'pool', objectId: actor.poolId, detail: { reset: true, before: before.weights } });
    return;
  }
  const weights: MatchingWeights = { ...before.weights, ...input.weights };
  if (Object.values(weights).every((w) => w === 0)) {
    throw invalidField('weights', 'all-zero', 'Geef minstens één onderdeel een gewicht groter dan 0.');
  }
  if ((Object.keys(weights) as (keyof MatchingWeights)[]).every((k) => weights[k] === before.weights[k])) return;
  const json = JSON.stringify(weights);
  await trx
    .insertInto('matching_settings')
    .values({ pool_id: actor.poolId, weights: json, updated_by: actor.userId, updated_at: new Date() })
    .onConflict((oc) => oc.column('pool_id').doUpdateSet({ weights: json, updated_by: actor.userId, updated_at: new Date() }))
    .execute();
  await writeAudit(trx, ctx, { action: 'matching.settings', objectType: 'pool', objectId: actor.poolId, detail: { before: before.weights, after: weights } });
}
