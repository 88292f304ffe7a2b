/** The candidate list for one case: ranked eligible leads, the excluded with all their reasons, and a co-mediation pairing. */
import { isNewMediator, suggestCoMediation, type CoMediationSuggestion, type RankedMediator } from './co-mediation.js';
import { exclusionsFor, type Exclusion } from './exclusions.js';
import { resolvePolicy, type MatchingPolicyInput } from './policy.js';
import { prepareCandidate, prepareCase } from './prepared.js';
import { compareRanked } from './ranking-order.js';
import { scoreBreakdownFor, type ScoreBreakdown } from './score.js';
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

const withRanks = (list: (ScoreBreakdown & { mediator: CandidateMediator })[]): RankedMediator[] =>
  list.sort(compareRanked).map((entry, index) => ({ ...entry, rank: index + 1 }));

export function rankCandidates(
  matchCase: CaseToMatch,
  mediators: readonly CandidateMediator[],
  policyInput: MatchingPolicyInput = {},
): CandidateRanking {
  const policy = resolvePolicy(policyInput);
  const preparedCase = prepareCase(matchCase);
  const leads: (ScoreBreakdown & { mediator: CandidateMediator })[] = [];
  const newcomers: (ScoreBreakdown & { mediator: CandidateMediator })[] = [];
  const excluded: ExcludedMediator[] = [];
  for (const mediator of mediators) {
    const prepared = prepareCandidate(mediator);
    const leadExclusions = exclusionsFor(preparedCase, prepared, policy, 'lead');
    const newcomer = isNewMediator(mediator);
    // Co-mediator eligibility only differs for in-training mediators; skip the work otherwise.
    const coEligible =
      newcomer && (leadExclusions.length === 0 || exclusionsFor(preparedCase, prepared, policy, 'co_mediator').length === 0);
    if (leadExclusions.length > 0) excluded.push({ mediator, exclusions: leadExclusions });
    if (leadExclusions.length === 0 || coEligible) {
      const breakdown = { ...scoreBreakdownFor(preparedCase, prepared, policy), mediator };
      if (leadExclusions.length === 0) leads.push(breakdown);
      if (coEligible) newcomers.push(breakdown);
    }
  }
  excluded.sort((a, b) => (a.mediator.id < b.mediator.id ? -1 : a.mediator.id > b.mediator.id ? 1 : 0));
  const eligible = withRanks(leads);
  const coMediators = withRanks(newcomers);
  return { caseId: matchCase.id, eligible, excluded, coMediators, coMediation: suggestCoMediation(eligible, coMediators) };
}
