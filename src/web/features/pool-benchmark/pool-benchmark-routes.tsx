import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { PoolBenchmarkPage } from './pool-benchmark-page.js';

/** The benchmark across pools: coordinators and administrators (the pool-benchmark policy, through the session's areas). */
export const poolBenchmarkRoutes: RouteObject[] = [
  { path: '/rapportages/pools-vergelijken', element: <RequireAction action="pool-benchmark.read"><PoolBenchmarkPage /></RequireAction> },
];
