import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { CandidateList } from '../../../../contract/matching.js';
import { loadCaseForActor, todayInAmsterdam } from '../../case-status/index.js';
import { canMatching, caseObject, ensureMatching } from '../policy.js';
import { loadMatchingPolicy } from '../matching-settings.js';
import { loadPoolCases, matchingPeriod } from '../load-matching-inputs.js';
import { currentPoolMediators } from '../mediator-facts-cache.js';
import { groupExclusionsForCase, rankForCase, updateServerPool } from '../eligibility.js';
import { presentCandidates } from '../present-candidates.js';
import { lentOutsideTheirLoan } from '../repository/proposal-writes.js';

/**
 * The candidates for one case in `matching` or `proposed` (coordinator): the eligible ranked with
 * score and parts, the excluded with every reason, the co-mediators; at most `limit` per list;
 * when nobody qualifies, every reason grouped.
 * Reading who is excluded and why is audited.
 */
export async function listCandidates(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, limit: number): Promise<CandidateList> {
  const loaded = await loadCaseForActor(db, actor, caseId);
  const object = caseObject(loaded);
  ensureMatching(actor, 'viewCandidates', object);
  const { row } = loaded;
  const when = matchingPeriod(todayInAmsterdam());
  const policy = await loadMatchingPolicy(db, actor.poolId);
  const cases = await loadPoolCases(db, actor.poolId, when, [row.id]);
  const facts = await currentPoolMediators(db, actor.poolId, when);
  // A mediator lent by another pool is this pool's for the case of their loan only: not a candidate elsewhere.
  const lentElsewhere = await lentOutsideTheirLoan(db, row.pool_id, row.id, facts.mediators.map((m) => m.candidate.id));
  const pool = lentElsewhere.length > 0 ? updateServerPool(facts.pool, [], lentElsewhere) : facts.pool;
  const page = rankForCase(cases[0]!, pool, policy, limit);
  // Nobody qualifies: the reasons grouped, so the coordinator sees what could change.
  const whyNobody = page.eligibleTotal === 0 ? groupExclusionsForCase(cases[0]!, pool, policy) : [];
  await writeAudit(db, ctx, { action: 'matching.candidates', objectType: 'case', objectId: row.id, purpose: 'matching' });
  return presentCandidates(cases[0]!, page, whyNobody, policy, allowedActions(canMatching, actor, object, ['propose', 'proposeExternal']));
}
