import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { matchingSettingsRow } from './repository/settings.js';
import { DEFAULT_WEIGHTS, SCORE_PART_KEYS, type MatchingPolicyInput, type MatchingWeights } from '../../../domain/matching/index.js';

/** The pool's matching policy: the conflict-of-interest setting from pool_settings and the weights. */
export interface PoolMatchingPolicy extends MatchingPolicyInput {
  readonly allowDifferentDepartment: boolean;
  readonly weights: MatchingWeights;
  readonly weightsAreDefault: boolean;
}

/** Stored weights merged over the defaults; a key the domain does not know is ignored. */
export function weightsFrom(stored: Record<string, unknown> | null | undefined): MatchingWeights {
  const weights: Record<string, number> = { ...DEFAULT_WEIGHTS };
  for (const key of SCORE_PART_KEYS) {
    const value = stored?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) weights[key] = value;
  }
  return weights as unknown as MatchingWeights;
}

export async function loadMatchingPolicy(db: Kysely<DB>, poolId: string): Promise<PoolMatchingPolicy> {
  const row = await matchingSettingsRow(db, poolId);
  return {
    allowDifferentDepartment: row?.allow_different_department ?? false,
    weights: weightsFrom(row?.weights),
    weightsAreDefault: row?.weights == null,
  };
}
