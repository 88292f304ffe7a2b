/** Public API of the matching domain. */
export * from './types.js';
export { DEFAULT_POLICY, DEFAULT_SCALES, DEFAULT_WEIGHTS, resolvePolicy } from './policy.js';
export type { MatchingPolicy, MatchingPolicyInput, MatchingScales, MatchingWeights } from './policy.js';
export { normaliseLanguage, normaliseName } from './normalise.js';
export { EARTH_RADIUS_KM, haversineKm } from './haversine.js';
export { findExclusions } from './exclusions.js';
export type { Exclusion, ExclusionCode } from './exclusions.js';
export { SCORE_PART_KEYS, SCORE_POINTS_PER_UNIT } from './score.js';
export type { ScoreBreakdown, ScorePart, ScorePartKey } from './score.js';
export { compareRanked } from './ranking-order.js';
export { NEW_MEDIATOR_THRESHOLD, isNewMediator, suggestCoMediation } from './co-mediation.js';
export type { CoMediationSuggestion, RankedMediator } from './co-mediation.js';
export { rankCandidates } from './rank-candidates.js';
export type { CandidateRanking, ExcludedMediator } from './rank-candidates.js';
export { solveSlotAssignment } from './slot-assignment.js';
export type { AssignmentEdge, AssignmentObjective, SlotAssignmentProblem, SlotAssignmentSolution } from './slot-assignment.js';
export { suggestBatchAssignment } from './batch-assignment.js';
export type { BatchAssignment, BatchAssignmentInput, BatchAssignmentResult } from './batch-assignment.js';
