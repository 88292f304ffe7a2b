/**
 * Benchmark across pools (issue 15, item 5): a pool compares its key figures with every pool that
 * agreed to be compared. Others use its routes, its policy (the session's areas) and the demo seed.
 */
export { poolBenchmarkRoutes } from './routes.js';
export { canPoolBenchmark } from './policy.js';
export { seedDemoPoolBenchmark, DEMO_BENCHMARK_POOL } from './seed-demo-pool-benchmark.js';
