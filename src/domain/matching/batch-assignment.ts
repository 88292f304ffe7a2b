/**
 * Batch suggestion: one lead per case for all cases in matching at once, maximising the total
 * score under every hard exclusion and every mediator's free capacity. The coordinator still
 * accepts each proposal case by case; this only suggests.
 *
 * Trade-off "more cases assigned vs higher total score": by default the number of assigned
 * cases comes first and the total score second (lexicographic). A pool exists to get cases
 * mediated; leaving a case without anyone so that another case gets a slightly better match is
 * never what a coordinator wants. objective 'score' gives the plain maximum-weight variant.
 *
 * Candidate pruning, and why it stays optimal: per case only its K best eligible mediators
 * (score desc, then index) are given to the solver, with K = the number of cases n. Take any
 * optimal solution in which case c gets mediator x outside its top K. The other n − 1 cases
 * occupy at most n − 1 mediators, so at least one mediator y in c's top K serves none of them;
 * y is eligible, hence has a free slot, and score(c, y) ≥ score(c, x). Moving c to y keeps
 * every capacity, the same number of assigned cases and a total at least as high, so an
 * optimal solution exists within the pruned pairs. A smaller fixed K (say 20) is not safe: 21
 * cases that all prefer the same 20 mediators would leave one case without a candidate.
 * With 500 cases and 3,000 mediators this keeps 250,000 of 1,500,000 pairs.
 */
import { needsDisclosure } from './disclosures.js';
import { isEligibleFor } from './exclusions.js';
import { resolvePolicy, type MatchingPolicyInput } from './policy.js';
import { prepareCandidate, prepareCase, type PreparedCandidate } from './prepared.js';
import { SCORE_POINTS_PER_UNIT, scorePointsFor } from './score.js';
import { solveSlotAssignment, type AssignmentEdge, type AssignmentObjective } from './slot-assignment.js';
import type { CandidateMediator, CaseToMatch } from './types.js';

export interface BatchAssignmentInput {
  readonly cases: readonly CaseToMatch[];
  readonly mediators: readonly CandidateMediator[];
  readonly policy?: MatchingPolicyInput;
  readonly objective?: AssignmentObjective;
  /**
   * Candidates kept per case; defaults to the number of cases, which is provably lossless (see
   * above). Smaller values are only for tests that show why.
   */
  readonly candidatesPerCase?: number;
}

export interface BatchAssignment {
  readonly caseId: string;
  readonly mediatorId: string;
  readonly score: number;
  readonly scorePoints: number;
}

export interface BatchAssignmentResult {
  /** Ordered by case id. */
  readonly assignments: readonly BatchAssignment[];
  /** Cases with no eligible mediator left, ordered by id. */
  readonly unassignedCaseIds: readonly string[];
  readonly assignedCount: number;
  readonly totalScorePoints: number;
  readonly stats: {
    readonly eligiblePairs: number;
    readonly keptPairs: number;
    readonly searchedNodes: number;
  };
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function assertUniqueIds(items: readonly { readonly id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new RangeError(`Duplicate ${what} id: ${item.id}`);
    seen.add(item.id);
  }
}

/** Indices of the `limit` highest points (ties: lower index first), in index order. */
function topIndices(points: readonly number[], indices: readonly number[], limit: number): number[] {
  if (indices.length <= limit) return [...indices];
  // A native numeric sort of a copy finds the threshold without a comparator per pair.
  const sorted = Float64Array.from(points).sort();
  const threshold = sorted[sorted.length - limit]!;
  let aboveThreshold = 0;
  for (const p of points) if (p > threshold) aboveThreshold++;
  let tiesAllowed = limit - aboveThreshold;
  const kept: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const p = points[k]!;
    if (p > threshold || (p === threshold && tiesAllowed-- > 0)) kept.push(indices[k]!);
  }
  return kept;
}

export function suggestBatchAssignment(input: BatchAssignmentInput): BatchAssignmentResult {
  const policy = resolvePolicy(input.policy);
  assertUniqueIds(input.cases, 'case');
  assertUniqueIds(input.mediators, 'mediator');
  // Sorting by id makes the result independent of the order the caller happened to use.
  const cases = [...input.cases].sort(byId);
  const mediators = [...input.mediators].sort(byId);
  const limit = input.candidatesPerCase ?? cases.length;

  const prepared: PreparedCandidate[] = mediators.map(prepareCandidate);
  // Case-independent exclusions (status, capacity) are settled once instead of 500 times.
  const possible: number[] = [];
  prepared.forEach((m, j) => {
    if (m.freeSlots > 0 && m.source.status === 'active') possible.push(j);
  });

  const edges: AssignmentEdge[] = [];
  let eligiblePairs = 0;
  const indices: number[] = [];
  const points: number[] = [];
  cases.forEach((matchCase, caseIndex) => {
    const c = prepareCase(matchCase);
    indices.length = 0;
    points.length = 0;
    for (const j of possible) {
      const m = prepared[j]!;
      // A relationship to disclose (MfN 2.3) needs a coordinator's words and every party's
      // written acceptance: that is a choice a person makes, never an automatic suggestion.
      if (!isEligibleFor(c, m, policy, 'lead') || needsDisclosure(c, m)) continue;
      indices.push(j);
      points.push(scorePointsFor(c, m, policy));
    }
    eligiblePairs += indices.length;
    const kept = new Set(topIndices(points, indices, limit));
    indices.forEach((j, k) => {
      if (kept.has(j)) edges.push({ caseIndex, mediatorIndex: j, points: points[k]! });
    });
  });

  const solution = solveSlotAssignment(
    { caseCount: cases.length, slots: prepared.map((m) => Math.max(0, m.freeSlots)), edges },
    input.objective,
  );

  const assignments: BatchAssignment[] = [];
  const unassignedCaseIds: string[] = [];
  cases.forEach((matchCase, caseIndex) => {
    const k = solution.edgeOfCase[caseIndex];
    const edge = k === null || k === undefined ? undefined : edges[k];
    if (edge === undefined) {
      unassignedCaseIds.push(matchCase.id);
      return;
    }
    assignments.push({
      caseId: matchCase.id,
      mediatorId: mediators[edge.mediatorIndex]!.id,
      score: edge.points / SCORE_POINTS_PER_UNIT,
      scorePoints: edge.points,
    });
  });
  return {
    assignments,
    unassignedCaseIds,
    assignedCount: solution.assignedCount,
    totalScorePoints: solution.totalPoints,
    stats: { eligiblePairs, keptPairs: edges.length, searchedNodes: solution.searchedNodes },
  };
}
