/**
 * Why nobody qualifies: every mediator the pool rules out as lead for a case, grouped by reason,
 * so that the coordinator reads "2 mediators slapend" and "Ingrid Bakker is vol" instead of a
 * table of everyone, and sees what could change (capacity, a dormant mediator woken up). A
 * mediator with several reasons counts in each of their groups. Only asked when the list of
 * eligible mediators is empty, so it may walk the whole pool.
 */
import type { CandidatePool, ExtraExclusion } from './candidate-pool.js';
import { exclusionsFor, type ExclusionCode } from './exclusions.js';
import { resolvePolicy, type MatchingPolicyInput } from './policy.js';
import { prepareCase } from './prepared.js';
import type { CandidateMediator, CaseToMatch } from './types.js';

/** `not_active` of a dormant mediator is a group of its own: one that can be woken up. */
export type ExclusionGroupCode<X extends ExtraExclusion = never> = ExclusionCode | 'dormant' | X['code'];

export interface ExclusionGroup<X extends ExtraExclusion = never> {
  readonly code: ExclusionGroupCode<X>;
  /** How many mediators this reason rules out. */
  readonly count: number;
  /** The first of them, by id (at most `perGroup`). */
  readonly mediators: readonly CandidateMediator[];
}

/** Reasons a coordinator can act on first, then the rules of the case, then the rest. */
const ORDER: readonly string[] = [
  'at_capacity',
  'dormant',
  'no_specialism',
  'unavailable',
  'no_account',
  'no_municipality',
  'party_municipality',
  'party_department',
  'in_training',
  'not_active',
  'not_a_mediator',
  'declined_before',
  'refused_by_party',
];

const rank = (code: string): number => {
  const i = ORDER.indexOf(code);
  return i < 0 ? ORDER.length : i;
};

export function groupExclusions<X extends ExtraExclusion = never>(
  matchCase: CaseToMatch,
  pool: CandidatePool<X>,
  policyInput: MatchingPolicyInput = {},
  perGroup = 5,
): ExclusionGroup<X>[] {
  const policy = resolvePolicy(policyInput);
  const preparedCase = prepareCase(matchCase);
  const groups = new Map<string, { count: number; mediators: CandidateMediator[] }>();
  for (const entry of pool.entries) {
    const found = [...entry.extraExclusions, ...exclusionsFor(preparedCase, entry.prepared, policy, 'lead')];
    const mediator = entry.prepared.source;
    const codes = new Set(found.map((x) => (x.code === 'not_active' && mediator.status === 'dormant' ? 'dormant' : x.code)));
    for (const code of codes) {
      const group = groups.get(code) ?? { count: 0, mediators: [] };
      group.count += 1;
      if (group.mediators.length < perGroup) group.mediators.push(mediator);
      groups.set(code, group);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, g]) => ({ code: code as ExclusionGroupCode<X>, count: g.count, mediators: g.mediators }));
}
