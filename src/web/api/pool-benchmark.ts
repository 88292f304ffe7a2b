import { api } from './client.js';
import type { PoolBenchmark } from '../../contract/pool-benchmark.js';
import type { PoolBenchmarkMeasure } from '../../domain/pool-benchmark/compare-pools.js';

/** The benchmark across pools (GET /api/v1/pool-benchmark); types from src/contract/pool-benchmark.ts. */
export type { PoolBenchmark, PoolBenchmarkMeasure };

export const getPoolBenchmark = (year: number, signal?: AbortSignal) => api.get<PoolBenchmark>('/pool-benchmark', { query: { year }, ...(signal ? { signal } : {}) });
