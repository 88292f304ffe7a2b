import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { prepareServerPool, updateServerPool, type ServerCandidatePool } from './eligibility.js';
import { factChangesSince, poolBalances } from './repository/matching-inputs.js';
import { loadPoolMediators, loadPoolMediatorsWithVersion, type MatchingPeriod, type PoolMediator } from './load-matching-inputs.js';

/**
 * The pool's mediator facts kept in memory for the read-only lists (candidates, batch), kept
 * current by small updates instead of a reload of the whole pool (issue 13, item 4; ADR 0012).
 *
 * Every table those facts come from moves the pool's matching_facts_version at commit, in the
 * same transaction as the change, and records what changed under that version in
 * matching_facts_change (migrations 0004, 0017): the mediators whose facts changed (an
 * assignment, a proposal, a decline, a profile, an account), 'balance' when approved hours moved
 * the municipalities' balances, 'all' when a municipality changed. Before each use, one indexed
 * statement reads the version and the changes since the cached version, in one snapshot; so an
 * instance sees every change, also one written by another instance on the same database.
 * Then only the changed mediators are read again (by their own indexed lookups) and, after hours,
 * the balances (from the monthly totals); their entries of the prepared pool are replaced and the
 * rest is kept. Too many changes, 'all', or a version too far behind: the pool is read whole.
 *
 * The facts are stored with the version read before (or in the same snapshot as) the facts, never
 * after, so a change committed in between is read again next time rather than missed. Entries are
 * replaced, never changed: a request that holds one keeps a consistent pool. The entry is also tied
 * to the day (the availability window and the decline and fairness periods move with it).
 *
 * Proposals never use this: they lock the mediators and read fresh facts in their transaction.
 */

/** More distinct changes than this since the cached version: read the pool whole. */
const MAX_CHANGES = 200;
/** The database keeps the changes of the last 1,000 versions (migration 0017); further behind: read whole. */
const MAX_VERSIONS_BEHIND = 500;

interface Entry {
  readonly version: number;
  readonly today: string;
  readonly facts: PoolMediatorFacts;
}

export interface PoolMediatorFacts {
  /** Sorted by mediator id. */
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
  const next = entry && entry.today === when.today ? await updated(db, poolId, when, entry) : await wholePool(db, poolId, when);
  if (next === entry) return entry.facts;
  // Two requests may refresh at once: the newer version stays.
  const now = cache.get(poolId);
  if (!now || now.today !== next.today || now.version <= next.version) cache.set(poolId, next);
  return next.facts;
}

async function wholePool(db: Kysely<DB>, poolId: string, when: MatchingPeriod): Promise<Entry> {
  const fresh = await loadPoolMediatorsWithVersion(db, poolId, when);
  return { version: fresh.version, today: when.today, facts: { mediators: fresh.mediators, pool: prepareServerPool(fresh.mediators) } };
}

const byId = (a: PoolMediator, b: PoolMediator) => (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
const withBalance = (m: PoolMediator, minutes: number): PoolMediator => ({ ...m, candidate: { ...m.candidate, municipalityBalanceMinutes: minutes } });

/** The entry itself when nothing changed; otherwise a new entry with only the changed mediators read again. */
async function updated(db: Kysely<DB>, poolId: string, when: MatchingPeriod, entry: Entry): Promise<Entry> {
  const { version, changes } = await factChangesSince(db, poolId, entry.version, MAX_CHANGES + 1);
  if (version === entry.version) return entry;
  if (version < entry.version || version - entry.version > MAX_VERSIONS_BEHIND || changes.length > MAX_CHANGES || changes.some((c) => c.kind === 'all')) {
    return wholePool(db, poolId, when);
  }
  const ids = new Set(changes.filter((c) => c.kind === 'mediator').map((c) => c.subjectId));
  const [reloaded, balances] = await Promise.all([
    ids.size > 0 ? loadPoolMediators(db, poolId, when, [...ids]) : Promise.resolve([]),
    changes.some((c) => c.kind === 'balance') ? poolBalances(db, poolId, when.today) : Promise.resolve(undefined),
  ]);
  const found = new Set(reloaded.map((m) => m.candidate.id));
  // Changed, but no longer a mediator of the pool who has not left.
  const removed = [...ids].filter((id) => !found.has(id));
  const changed: PoolMediator[] = [...reloaded];
  const mediators: PoolMediator[] = [...reloaded];
  for (const m of entry.facts.mediators) {
    if (ids.has(m.candidate.id)) continue;
    // A mediator without a known municipality has balance 0, as in the whole pool's query.
    const balance = balances === undefined ? undefined : (balances.get(m.candidate.municipality.id) ?? 0);
    if (balance === undefined || balance === m.candidate.municipalityBalanceMinutes) {
      mediators.push(m);
    } else {
      const moved = withBalance(m, balance);
      mediators.push(moved);
      changed.push(moved);
    }
  }
  mediators.sort(byId);
  return { version, today: when.today, facts: { mediators, pool: updateServerPool(entry.facts.pool, changed, removed) } };
}
