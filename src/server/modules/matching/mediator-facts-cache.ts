import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { prepareServerPool, type ServerCandidatePool } from './eligibility.js';
import { matchingFactsVersion } from './repository/matching-inputs.js';
import { loadPoolMediatorsWithVersion, type MatchingPeriod, type PoolMediator } from './load-matching-inputs.js';

/**
 * The pool's mediator facts kept in memory for the read-only lists (candidates, batch), so the
 * 3,000-mediator query (about 100 ms on PGlite) runs only when something changed. Every table
 * those facts come from moves the pool's matching_facts_version in the same transaction as the
 * change (migration 0004), and the facts are stored with the version read in the same snapshot;
 * so one cheap read of the counter tells whether they are still current, on every instance.
 * The entry is also tied to the day (the availability window and the decline and fairness
 * periods move with it) and expires after MAX_AGE_MS in case a writer without a trigger (the
 * hours ledger of issue 6, until it adds one) changed something.
 *
 * The facts are kept prepared for the candidate lists too (normalised, sorted by id), since that
 * preparation depends on nothing else.
 *
 * Proposals never use this: they lock the mediators and read fresh facts in their transaction.
 */
const MAX_AGE_MS = 60_000;

interface Entry {
  readonly version: number;
  readonly today: string;
  readonly at: number;
  readonly facts: PoolMediatorFacts;
}

export interface PoolMediatorFacts {
  readonly mediators: readonly PoolMediator[];
  readonly pool: ServerCandidatePool;
}

// Per database handle: tests and benchmarks run several apps in one process.
const caches = new WeakMap<object, Map<string, Entry>>();

export async function currentPoolMediators(db: Kysely<DB>, poolId: string, when: MatchingPeriod): Promise<PoolMediatorFacts> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const entry = cache.get(poolId);
  if (entry && entry.today === when.today && Date.now() - entry.at < MAX_AGE_MS) {
    if ((await matchingFactsVersion(db, poolId)) === entry.version) return entry.facts;
  }
  const fresh = await loadPoolMediatorsWithVersion(db, poolId, when);
  const facts = { mediators: fresh.mediators, pool: prepareServerPool(fresh.mediators) };
  cache.set(poolId, { version: fresh.version, today: when.today, at: Date.now(), facts });
  return facts;
}
