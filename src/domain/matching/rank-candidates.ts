/** The whole candidate list for one case: ranked eligible leads, the excluded with all their reasons, and a co-mediation pairing. */
import { prepareCandidatePool } from './candidate-pool.js';
import type { CoMediationSuggestion, RankedMediator } from './co-mediation.js';
import type { Exclusion } from './exclusions.js';
import type { MatchingPolicyInput } from './policy.js';
import { rankCandidatePage } from './rank-candidate-page.js';
import type { CandidateMediator, CaseToMatch } from './types.js';

export interface ExcludedMediator {
  readonly mediator: CandidateMediator;
  readonly exclusions: readonly Exclusion[];
}

export interface CandidateRanking {
  readonly caseId: string;
  /** Eligible as lead, best first. */
  readonly eligible: readonly RankedMediator[];
  /** Not eligible as lead, by id; in-training mediators are here with "alleen als co-mediator". */
  readonly excluded: readonly ExcludedMediator[];
  /** New or in-training mediators eligible as co-mediator, best first. */
  readonly coMediators: readonly RankedMediator[];
  readonly coMediation: CoMediationSuggestion | null;
}

/** Every entry explained; lists of one page prepare the pool once and call rankCandidatePage. */
export function rankCandidates(
  matchCase: CaseToMatch,
  mediators: readonly CandidateMediator[],
  policyInput: MatchingPolicyInput = {},
): CandidateRanking {
  const page = rankCandidatePage(matchCase, prepareCandidatePool(mediators.map((mediator) => ({ mediator }))), policyInput);
  return { caseId: page.caseId, eligible: page.eligible, excluded: page.excluded, coMediators: page.coMediators, coMediation: page.coMediation };
}
