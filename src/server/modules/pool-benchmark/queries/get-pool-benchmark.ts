import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { addDays } from '../../../../domain/calendar/iso-date.js';
import { poolCalendar } from '../../../../domain/calendar/working-calendar.js';
import { MIN_GROUP, MIN_POOLS, comparePools, comparisonStatus, type PoolComparison } from '../../../../domain/pool-benchmark/compare-pools.js';
import { POOL_BENCHMARK_ACTIONS, type PoolBenchmark, type PoolBenchmarkQueryType } from '../../../../contract/pool-benchmark.js';
import { workingDayIndex } from '../../reports/index.js';
import { canPoolBenchmark, ownPool } from '../policy.js';
import { countParticipants, participantCounts, poolTakesPart } from '../repository.js';

/**
 * One yardstick for every pool: working days are Monday to Friday without the public holidays a
 * pool observes by default. A pool's own days off are not counted here (they are in its own
 * report), so pools are compared on the same calendar.
 */
const SHARED_CALENDAR = poolCalendar();

/**
 * The comparison of the actor's pool with every pool that agreed, for one year. A pool that has not
 * agreed learns how many pools take part and nothing else; below MIN_POOLS nobody sees figures.
 */
export async function getPoolBenchmark(db: Kysely<DB>, actor: Actor, query: PoolBenchmarkQueryType): Promise<PoolBenchmark> {
  ensureCan(canPoolBenchmark, actor, 'view', ownPool(actor), 'collection');
  const { year } = query;
  const [participating, participants] = await Promise.all([poolTakesPart(db, actor.poolId), countParticipants(db)]);
  let comparison: PoolComparison;
  const status = comparisonStatus(participating, participants);
  if (status === 'shown') {
    const start = `${year}-01-01`;
    const counts = await participantCounts(db, year, workingDayIndex(start, addDays(`${year}-12-31`, 366), SHARED_CALENDAR));
    comparison = comparePools(counts, actor.poolId);
  } else {
    comparison = { status, participants, rows: [], median: null };
  }
  return {
    year,
    participating,
    participants: comparison.participants,
    minimumPools: MIN_POOLS,
    minimumCases: MIN_GROUP,
    status: comparison.status,
    rows: comparison.rows,
    median: comparison.median,
    allowedActions: allowedActions(canPoolBenchmark, actor, ownPool(actor), POOL_BENCHMARK_ACTIONS),
  };
}
