import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { DEFAULT_WEIGHTS } from '../../../../domain/matching/index.js';
import type { MatchingSettings } from '../../../../contract/matching.js';
import { ensureMatching, POOL } from '../policy.js';
import { loadMatchingPolicy } from '../matching-settings.js';

/** The pool's score weights with the defaults beside them (administrator, coordinator). */
export async function readMatchingSettings(db: Kysely<DB>, actor: Actor): Promise<MatchingSettings> {
  ensureMatching(actor, 'viewSettings', POOL);
  const policy = await loadMatchingPolicy(db, actor.poolId);
  return { allowDifferentDepartment: policy.allowDifferentDepartment, weights: { ...policy.weights }, defaults: { ...DEFAULT_WEIGHTS }, weightsAreDefault: policy.weightsAreDefault };
}
