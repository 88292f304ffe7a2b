import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { Database } from '../../../db/database.js';
import { invalidField } from '../../../http/problem.js';
import type { Benchmark, BenchmarkQueryType } from '../../../../contract/reports.js';
import { REPORTS, canReport } from '../policy.js';
import { resolveScope } from '../report-period.js';
import { buildBenchmark } from '../build-benchmark.js';

/** A municipality's figures for a year beside the pool's average and its own previous year. */
export async function getBenchmark(db: Database, actor: Actor, query: BenchmarkQueryType): Promise<Benchmark> {
  ensureCan(canReport, actor, 'view-benchmark', REPORTS, 'collection');
  const y = query.year;
  const scope = await resolveScope(db, actor, { from: `${y}-01-01`, to: `${y}-12-31`, municipalityId: query.municipalityId });
  if (!scope.municipality) throw invalidField('municipalityId', 'required', 'Kies de gemeente voor de benchmark.');
  return buildBenchmark(db, actor.poolId, y, scope.municipality);
}
