import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { CASE_MATCHING_ACTIONS, type MatchingCase } from '../../../../contract/matching.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { canMatching, caseObject, POOL } from '../policy.js';

/**
 * What the actor may do about the matching of a case they see (404 otherwise): the case page
 * shows the candidates, the proposal, the external mediator form and the batch link from this,
 * instead of guessing from roles. Empty for everyone but the pool's coordinators.
 */
export async function readCaseMatching(db: Kysely<DB>, actor: Actor, caseId: string): Promise<MatchingCase> {
  const loaded = await loadCaseForActor(db, actor, caseId);
  return {
    caseId: loaded.row.id,
    caseStatus: loaded.row.status,
    allowedActions: [...allowedActions(canMatching, actor, caseObject(loaded), CASE_MATCHING_ACTIONS), ...allowedActions(canMatching, actor, POOL, ['batchSuggest'])],
  };
}
