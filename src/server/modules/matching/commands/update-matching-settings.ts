import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { invalidField } from '../../../http/problem.js';
import type { MatchingWeights } from '../../../../domain/matching/index.js';
import type { MatchingSettingsInput } from '../../../../contract/matching.js';
import { loadMatchingPolicy } from '../matching-settings.js';
import { lockPoolSettings } from '../../pool/index.js';
import { ensureMatching, POOL } from '../policy.js';
import { deleteStoredWeights, storeWeights } from '../repository/settings.js';

/**
 * Changes some or all weights; `reset` returns to the domain's defaults. Weights are relative, so
 * only all-zero is refused: it would make every candidate score the same.
 */
export async function updateMatchingSettings(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: MatchingSettingsInput) {
  ensureMatching(actor, 'updateSettings', POOL);
  // A partial change merges into what the previous one stored, and the audit's "before" is true.
  await lockPoolSettings(trx, actor.poolId);
  const before = await loadMatchingPolicy(trx, actor.poolId);
  if (input.reset) {
    if (!(await deleteStoredWeights(trx, actor.poolId))) return;
    await writeAudit(trx, ctx, { action: 'matching.settings', objectType: 'pool', objectId: actor.poolId, detail: { reset: true, before: before.weights } });
    return;
  }
  const weights: MatchingWeights = { ...before.weights, ...input.weights };
  if (Object.values(weights).every((w) => w === 0)) {
    throw invalidField('weights', 'all-zero', 'Geef minstens één onderdeel een gewicht groter dan 0.');
  }
  if ((Object.keys(weights) as (keyof MatchingWeights)[]).every((k) => weights[k] === before.weights[k])) return;
  await storeWeights(trx, actor.poolId, weights, actor.userId);
  await writeAudit(trx, ctx, { action: 'matching.settings', objectType: 'pool', objectId: actor.poolId, detail: { before: before.weights, after: weights } });
}
