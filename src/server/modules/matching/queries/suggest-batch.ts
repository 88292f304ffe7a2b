import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { suggestBatchAssignment } from '../../../../domain/matching/index.js';
import type { BatchSuggestion } from '../../../../contract/matching.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { ensureMatching, POOL } from '../policy.js';
import { loadMatchingPolicy } from '../matching-settings.js';
import { loadPoolCases, matchingPeriod } from '../load-matching-inputs.js';
import { currentPoolMediators } from '../mediator-facts-cache.js';
import { lentProfileIds } from '../repository/proposal-writes.js';
import { batchCandidates, groupExclusionsForCase, rankForCase, updateServerPool } from '../eligibility.js';
import { presentExclusionGroup } from '../present-candidates.js';

/**
 * The optimal lead per case for every case of the pool in `matching` (coordinator). Cases whose
 * parties (or triage) asked for an external mediator are left out and listed apart.
 */
export async function suggestBatch(db: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<BatchSuggestion> {
  ensureMatching(actor, 'batchSuggest', POOL);
  const when = matchingPeriod(todayInAmsterdam());
  const policy = await loadMatchingPolicy(db, actor.poolId);
  const all = await loadPoolCases(db, actor.poolId, when);
  // The parties (or triage) asked for an independent mediator: no pool mediator is suggested.
  const cases = all.filter((c) => !c.wantsExternalMediator);
  const facts = await currentPoolMediators(db, actor.poolId, when);
  // Mediators lent by another pool are proposed for their loan's case by hand, never in a batch.
  const lentIds = await lentProfileIds(db, actor.poolId);
  const lent = new Set(lentIds);
  const mediators = lent.size > 0 ? facts.mediators.filter((m) => !lent.has(m.candidate.id)) : facts.mediators;
  const pool = lent.size > 0 ? updateServerPool(facts.pool, [], lentIds) : facts.pool;
  const result = suggestBatchAssignment({ cases: cases.map((c) => c.matchCase), mediators: batchCandidates(mediators), policy });
  const caseById = new Map(cases.map((c) => [c.matchCase.id, c]));
  const mediatorById = new Map(mediators.map((m) => [m.candidate.id, m.candidate]));
  await writeAudit(db, ctx, { action: 'matching.batch', objectType: 'pool', objectId: actor.poolId, purpose: 'matching', detail: { cases: cases.length } });
  return {
    caseCount: cases.length,
    mediatorCount: mediators.length,
    assignedCount: result.assignedCount,
    totalScore: result.totalScorePoints / 1_000_000,
    assignments: result.assignments.map((a) => {
      const m = mediatorById.get(a.mediatorId)!;
      return {
        caseId: a.caseId,
        caseNumber: caseById.get(a.caseId)!.number,
        mediator: { id: m.id, name: m.name ?? 'Onbekende mediator', municipality: m.municipality.name },
        score: a.score,
      };
    }),
    // Why a case stays unassigned: nobody qualifies (the reasons grouped), only mediators with a
    // relationship to disclose (a coordinator's choice, never suggested), or the ones who qualify
    // are given to other cases in this suggestion.
    unassigned: result.unassignedCaseIds.map((id) => {
      const c = caseById.get(id)!;
      const total = rankForCase(c, pool, policy, 0).eligibleTotal;
      if (total === 0) return { caseId: id, caseNumber: c.number, reason: 'no_candidate' as const, whyNobody: groupExclusionsForCase(c, pool, policy).map(presentExclusionGroup) };
      const onlyDisclosure = rankForCase(c, pool, policy, total).eligible.every((r) => r.disclosures.length > 0);
      return { caseId: id, caseNumber: c.number, reason: onlyDisclosure ? ('disclosure_only' as const) : ('capacity_taken' as const), whyNobody: [] };
    }),
    externalRequested: all.filter((c) => c.wantsExternalMediator).map((c) => ({ caseId: c.matchCase.id, caseNumber: c.number })),
  };
}
