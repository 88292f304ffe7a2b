import { Type, type Static } from 'typebox';
import { Nullable, Obj } from './common.js';
import { COMPARISON_STATUSES, FIGURE_STATUSES, MIN_GROUP, MIN_POOLS } from '../domain/pool-benchmark/compare-pools.js';

/**
 * The pool-benchmark module's contract (issue 15, item 5): a pool compares itself with every pool
 * of the installation that agreed to be compared (pool setting `compareWithOtherPools`), for one
 * calendar year, under the small-number rule. Only aggregate figures and the pools' names.
 */

/** What one may do here: see the comparison (or why it is not shown), and agree or stop agreeing (the pool's administrator). */
export const POOL_BENCHMARK_ACTIONS = ['view', 'change-participation'] as const;
export type PoolBenchmarkAction = (typeof POOL_BENCHMARK_ACTIONS)[number];

export const PoolBenchmarkQuery = Obj({
  year: Type.Integer({ minimum: 2015, maximum: 2100, description: 'Kalenderjaar van de vergelijking' }),
});
export type PoolBenchmarkQueryType = Static<typeof PoolBenchmarkQuery>;

const FigureSchema = Obj({
  value: Nullable(Type.Number()),
  status: Type.Enum(FIGURE_STATUSES, { description: `shown: getoond; suppressed: berekend uit 1 tot ${MIN_GROUP - 1} zaken en daarom niet getoond; none: niets om uit te berekenen` }),
});

const figures = <T extends ReturnType<typeof Nullable> | typeof FigureSchema>(schema: T) =>
  Obj({
    referrals: schema,
    agreementShare: schema,
    medianWorkingDaysToAssignment: schema,
    hoursPerCase: schema,
    otherMunicipalityShare: schema,
    satisfaction: schema,
  });

export const PoolBenchmarkRowSchema = Obj({
  name: Type.String({ description: 'De naam van de pool (meedoen is ook instemmen met de naam)' }),
  own: Type.Boolean({ description: 'Uw eigen pool' }),
  figures: figures(FigureSchema),
});

export const PoolBenchmarkSchema = Obj({
  year: Type.Integer(),
  participating: Type.Boolean({ description: 'Uw pool doet mee' }),
  participants: Type.Integer({ description: 'Het aantal pools dat meedoet' }),
  minimumPools: Type.Integer({ description: `Onder dit aantal pools wordt niets vergeleken (${MIN_POOLS})` }),
  minimumCases: Type.Integer({ description: `Een cijfer uit minder zaken dan dit wordt niet getoond (${MIN_GROUP})` }),
  status: Type.Enum(COMPARISON_STATUSES, { description: 'shown; not-participating: uw pool doet niet mee; too-few-pools: minder dan het minimum aantal pools doet mee' }),
  rows: Type.Array(PoolBenchmarkRowSchema, { description: 'Uw pool eerst, dan de andere op naam; leeg als de vergelijking niet wordt getoond' }),
  median: Nullable(figures(Nullable(Type.Number()))),
  allowedActions: Type.Array(Type.Enum(POOL_BENCHMARK_ACTIONS)),
});
export type PoolBenchmark = Static<typeof PoolBenchmarkSchema>;
