import {
  findExclusions,
  rankCandidates,
  type CandidateRanking,
  type Exclusion,
  type ExcludedMediator,
  type MatchRole,
  type MatchingPolicyInput,
} from '../../../domain/matching/index.js';
import type { PoolCase, PoolMediator } from './load-matching-inputs.js';

/**
 * Hard rules the server adds to the domain's: facts the domain takes for granted. A mediator
 * without a home municipality cannot be checked for a conflict of interest (unknown means
 * excluded), and one without a usable account (invitation not accepted, account switched off)
 * cannot answer the proposal, so proposing them would only stall the case.
 */
export type ServerExclusionCode = 'no_municipality' | 'no_account';

export interface MatchingExclusion {
  readonly code: Exclusion['code'] | ServerExclusionCode;
  readonly reason: string;
}

export function serverExclusions(m: PoolMediator): MatchingExclusion[] {
  const found: MatchingExclusion[] = [];
  if (!m.municipalityKnown) {
    found.push({ code: 'no_municipality', reason: 'Geen gemeente bekend: belangenverstrengeling is niet te controleren' });
  }
  if (!m.accountUsable) {
    found.push({ code: 'no_account', reason: 'Heeft geen actief account en kan een voorstel dus niet beantwoorden' });
  }
  return found;
}

/** Every hard exclusion of one mediator for one case in a role; empty means it may be proposed. */
export function exclusionsFor(c: PoolCase, m: PoolMediator, policy: MatchingPolicyInput, role: MatchRole): MatchingExclusion[] {
  return [...serverExclusions(m), ...findExclusions(c.matchCase, m.candidate, policy, role)];
}

export interface ServerExcluded {
  readonly mediator: ExcludedMediator['mediator'];
  readonly exclusions: readonly MatchingExclusion[];
}

export interface ServerRanking extends Omit<CandidateRanking, 'excluded'> {
  readonly excluded: readonly ServerExcluded[];
}

/** The domain's candidate list, with mediators the server rules out listed among the excluded. */
export function rankForCase(c: PoolCase, mediators: readonly PoolMediator[], policy: MatchingPolicyInput): ServerRanking {
  const usable: PoolMediator[] = [];
  const blocked: ServerExcluded[] = [];
  for (const m of mediators) {
    if (serverExclusions(m).length === 0) usable.push(m);
    else blocked.push({ mediator: m.candidate, exclusions: exclusionsFor(c, m, policy, 'lead') });
  }
  const ranking = rankCandidates(c.matchCase, usable.map((m) => m.candidate), policy);
  if (blocked.length === 0) return ranking;
  const excluded: ServerExcluded[] = [...ranking.excluded, ...blocked].sort((a, b) =>
    a.mediator.id < b.mediator.id ? -1 : a.mediator.id > b.mediator.id ? 1 : 0,
  );
  return { ...ranking, excluded };
}

/** Only mediators the server does not rule out take part in the batch optimiser. */
export const batchCandidates = (mediators: readonly PoolMediator[]) => mediators.filter((m) => serverExclusions(m).length === 0).map((m) => m.candidate);
