/**
 * The candidate list for one case as a page: every mediator is classified and ordered, but only
 * the entries that are shown get their Dutch explanations. With 3,000 mediators the
 * explanations (six score parts each, every exclusion reason) are most of the work, and a
 * coordinator reads the first fifty.
 */
import type { CandidatePool, CandidatePoolEntry, ExtraExclusion } from './candidate-pool.js';
import { suggestCoMediation, type CoMediationSuggestion, type RankedMediator } from './co-mediation.js';
import { disclosuresFor } from './disclosures.js';
import { exclusionsFor, passesCaseRules, type Exclusion } from './exclusions.js';
import { resolvePolicy, type MatchingPolicyInput } from './policy.js';
import { prepareCase } from './prepared.js';
import { compareRanked } from './ranking-order.js';
import { rankingKeyFor, scoreBreakdownFor } from './score.js';
import type { CandidateMediator, CaseToMatch } from './types.js';

export interface ExcludedCandidate<X extends ExtraExclusion = never> {
  readonly mediator: CandidateMediator;
  readonly exclusions: readonly (Exclusion | X)[];
}

export interface CandidatePage<X extends ExtraExclusion = never> {
  readonly caseId: string;
  /** Eligible as lead, best first; at most `limit`. */
  readonly eligible: readonly RankedMediator[];
  readonly eligibleTotal: number;
  /** Not eligible as lead, by id, with every reason; at most `limit`. */
  readonly excluded: readonly ExcludedCandidate<X>[];
  readonly excludedTotal: number;
  /** New or in-training mediators eligible as co-mediator, best first; at most `limit`. */
  readonly coMediators: readonly RankedMediator[];
  readonly coMediatorsTotal: number;
  /** Chosen from the whole lists, not just the page. */
  readonly coMediation: CoMediationSuggestion | null;
}

interface Ordered<X extends ExtraExclusion> {
  readonly entry: CandidatePoolEntry<X>;
  readonly mediator: CandidateMediator;
  readonly scorePoints: number;
  readonly distanceKm: number;
}

export function rankCandidatePage<X extends ExtraExclusion = never>(
  matchCase: CaseToMatch,
  pool: CandidatePool<X>,
  policyInput: MatchingPolicyInput = {},
  limit = Number.POSITIVE_INFINITY,
): CandidatePage<X> {
  const policy = resolvePolicy(policyInput);
  const preparedCase = prepareCase(matchCase);
  const leads: Ordered<X>[] = [];
  const newcomers: Ordered<X>[] = [];
  const excluded: CandidatePoolEntry<X>[] = [];
  // The pool is sorted by id, so the excluded come out in the order they are listed.
  for (const entry of pool.entries) {
    if (entry.extraExclusions.length > 0) {
      excluded.push(entry);
      continue;
    }
    // Most of a large pool is ruled out by status or capacity, which the pool knows already;
    // the case's own rules are the same for both roles, so they run at most once.
    const coPossible = entry.newcomer && entry.openAsCoMediator;
    const caseOk = (entry.openAsLead || coPossible) && passesCaseRules(preparedCase, entry.prepared, policy);
    const lead = caseOk && entry.openAsLead;
    const co = caseOk && coPossible;
    if (!lead) excluded.push(entry);
    if (!lead && !co) continue;
    const ordered = { entry, mediator: entry.prepared.source, ...rankingKeyFor(preparedCase, entry.prepared, policy) };
    if (lead) leads.push(ordered);
    if (co) newcomers.push(ordered);
  }
  leads.sort(compareRanked);
  newcomers.sort(compareRanked);

  const explained = (o: Ordered<X>, index: number): RankedMediator => ({
    ...scoreBreakdownFor(preparedCase, o.entry.prepared, policy),
    mediator: o.mediator,
    rank: index + 1,
    disclosures: disclosuresFor(preparedCase, o.entry.prepared),
  });
  const leadIndex = leads.findIndex((o) => !o.entry.newcomer);
  const lead = leadIndex < 0 ? undefined : leads[leadIndex]!;
  const coIndex = lead === undefined ? -1 : newcomers.findIndex((o) => o.mediator.id !== lead.mediator.id);
  const coMediation =
    lead === undefined || coIndex < 0 ? null : suggestCoMediation([explained(lead, leadIndex)], [explained(newcomers[coIndex]!, coIndex)]);

  return {
    caseId: matchCase.id,
    eligible: leads.slice(0, limit).map(explained),
    eligibleTotal: leads.length,
    excluded: excluded.slice(0, limit).map((entry) => ({
      mediator: entry.prepared.source,
      exclusions: [...entry.extraExclusions, ...exclusionsFor(preparedCase, entry.prepared, policy, 'lead')],
    })),
    excludedTotal: excluded.length,
    coMediators: newcomers.slice(0, limit).map(explained),
    coMediatorsTotal: newcomers.length,
    coMediation,
  };
}
