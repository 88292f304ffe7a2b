/**
 * A pool's mediators prepared once for many candidate lists. Preparing (normalising names,
 * departments and languages, building sets) does not depend on the case or the policy, so the
 * server keeps a prepared pool for as long as the mediator facts stay the same.
 */
import { isNewMediator } from './co-mediation.js';
import { excludedWhateverTheCase } from './exclusions.js';
import { prepareCandidate, type PreparedCandidate } from './prepared.js';
import type { CandidateMediator } from './types.js';

/** An exclusion the caller adds to the domain's own (the server's "no account", for instance). */
export interface ExtraExclusion {
  readonly code: string;
  readonly reason: string;
}

export interface CandidatePoolEntry<X extends ExtraExclusion> {
  readonly prepared: PreparedCandidate;
  readonly newcomer: boolean;
  /** Not ruled out by status or capacity, in that role, for any case. */
  readonly openAsLead: boolean;
  readonly openAsCoMediator: boolean;
  /** Non-empty: excluded in every role, whatever the case; listed before the domain's reasons. */
  readonly extraExclusions: readonly X[];
}

export interface CandidatePool<X extends ExtraExclusion = never> {
  /** Sorted by mediator id, the order the excluded are listed in. */
  readonly entries: readonly CandidatePoolEntry<X>[];
}

export interface CandidatePoolInput<X extends ExtraExclusion> {
  readonly mediator: CandidateMediator;
  readonly extraExclusions?: readonly X[];
}

const byId = (a: CandidatePoolEntry<ExtraExclusion>, b: CandidatePoolEntry<ExtraExclusion>): number => {
  const x = a.prepared.source.id;
  const y = b.prepared.source.id;
  return x < y ? -1 : x > y ? 1 : 0;
};

export function prepareCandidatePool<X extends ExtraExclusion = never>(inputs: readonly CandidatePoolInput<X>[]): CandidatePool<X> {
  const entries = inputs.map((input): CandidatePoolEntry<X> => {
    const prepared = prepareCandidate(input.mediator);
    return {
      prepared,
      newcomer: isNewMediator(input.mediator),
      openAsLead: !excludedWhateverTheCase(prepared, 'lead'),
      openAsCoMediator: !excludedWhateverTheCase(prepared, 'co_mediator'),
      extraExclusions: input.extraExclusions ?? [],
    };
  });
  entries.sort(byId);
  return { entries };
}

/**
 * The pool with the entries of some mediators replaced or added (their facts changed) and of
 * others removed (left the pool); every other entry is kept as it was, prepared once. This is how
 * the server follows an hour entry or an assignment without preparing 3,000 mediators again.
 * A mediator both changed and removed is removed.
 */
export function updateCandidatePool<X extends ExtraExclusion = never>(
  pool: CandidatePool<X>,
  changed: readonly CandidatePoolInput<X>[],
  removedIds: readonly string[] = [],
): CandidatePool<X> {
  const removed = new Set(removedIds);
  const fresh = prepareCandidatePool(changed.filter((c) => !removed.has(c.mediator.id))).entries;
  for (const e of fresh) removed.add(e.prepared.source.id);
  const kept = pool.entries.filter((e) => !removed.has(e.prepared.source.id));
  // Both lists are sorted by id: merge them.
  const entries: CandidatePoolEntry<X>[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    if (j >= fresh.length || (i < kept.length && byId(kept[i]!, fresh[j]!) <= 0)) entries.push(kept[i++]!);
    else entries.push(fresh[j++]!);
  }
  return { entries };
}
