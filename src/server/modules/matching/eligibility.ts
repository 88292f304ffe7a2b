import {
  groupExclusions,
  findDisclosures,
  findExclusions,
  prepareCandidatePool,
  rankCandidatePage,
  updateCandidatePool,
  type CandidatePage,
  type CandidatePool,
  type Disclosure,
  type Exclusion,
  type ExclusionGroup,
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

/** The registered relationships with a party of this case that must be disclosed (MfN 2.3). */
export const disclosuresFor = (c: PoolCase, m: PoolMediator): Disclosure[] => findDisclosures(c.matchCase, m.candidate);

export type ServerCandidatePool = CandidatePool<MatchingExclusion>;
export type ServerCandidatePage = CandidatePage<MatchingExclusion>;

/**
 * The pool prepared for candidate lists, with the mediators the server rules out marked so that
 * they are listed among the excluded with the server's reasons first. Built once per version of
 * the mediator facts (mediator-facts-cache.ts).
 */
export const prepareServerPool = (mediators: readonly PoolMediator[]): ServerCandidatePool =>
  prepareCandidatePool(mediators.map((m) => ({ mediator: m.candidate, extraExclusions: serverExclusions(m) })));

/** The prepared pool with the entries of changed mediators replaced and of removed ones dropped (mediator-facts-cache.ts). */
export const updateServerPool = (pool: ServerCandidatePool, changed: readonly PoolMediator[], removedIds: readonly string[]): ServerCandidatePool =>
  updateCandidatePool(pool, changed.map((m) => ({ mediator: m.candidate, extraExclusions: serverExclusions(m) })), removedIds);

/** One page of the candidate list: every mediator classified and ordered, the shown ones explained. */
export const rankForCase = (c: PoolCase, pool: ServerCandidatePool, policy: MatchingPolicyInput, limit: number): ServerCandidatePage =>
  rankCandidatePage(c.matchCase, pool, policy, limit);

export type ServerExclusionGroup = ExclusionGroup<MatchingExclusion>;

/** Why nobody qualifies for this case as lead: every excluded mediator of the pool, grouped by reason. */
export const groupExclusionsForCase = (c: PoolCase, pool: ServerCandidatePool, policy: MatchingPolicyInput): ServerExclusionGroup[] =>
  groupExclusions(c.matchCase, pool, policy);

/** Only mediators the server does not rule out take part in the batch optimiser. */
export const batchCandidates = (mediators: readonly PoolMediator[]) => mediators.filter((m) => serverExclusions(m).length === 0).map((m) => m.candidate);
